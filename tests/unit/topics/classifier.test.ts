import { describe, expect, it } from "vitest";
import { enrich } from "../../../src/ingest/enrich.ts";
import { tokenizePaper } from "../../../src/ingest/text/index.ts";
import { assignTopics, buildMatcher, scorePaper } from "../../../src/ingest/topics.ts";
import { classifier, topic } from "./helpers.ts";

const merging = topic("model-merging", { merge: 3, "task arithmetic": 4 });
const moe = topic("mixture-of-experts", { "mixture of experts": 5, router: 2 });
const quant = topic("quantization", { quantization: 5 });
const matcher = buildMatcher([quant, moe, merging]);

const score = (title: string, abstract: string) =>
  Object.fromEntries(
    scorePaper(tokenizePaper({ title, abstract }), matcher).map((s) => [s.id, s.score]),
  );

describe("scorePaper", () => {
  it("matches inflections through stems", () => {
    expect(score("", "We merged models.")["model-merging"]).toBeGreaterThan(0);
    expect(score("", "Merging models.")["model-merging"]).toBe(
      score("", "Merge models.")["model-merging"],
    );
  });

  it("weighs a title hit three times an abstract hit", () => {
    expect(score("Merging", "")["model-merging"]).toBeCloseTo(
      3 * (score("", "Merging")["model-merging"] ?? 0),
    );
  });

  it("scores a paper with an empty abstract from its title alone", () => {
    expect(score("Mixture-of-Experts for everyone", "")).toMatchObject({
      "mixture-of-experts": 15,
      quantization: 0,
    });
  });

  it("matches a phrase only in sequence and within one clause", () => {
    expect(score("", "task arithmetic")["model-merging"]).toBe(4);
    expect(score("", "arithmetic task")["model-merging"]).toBe(0);
    expect(score("", "a task. Arithmetic")["model-merging"]).toBe(0);
  });

  it("damps long abstracts so that volume alone does not win", () => {
    const filler = " words".repeat(600);
    expect(score("", `quantization${filler}`).quantization).toBeLessThan(
      score("", "quantization").quantization ?? 0,
    );
  });
});

describe("exact terms", () => {
  const exact = buildMatcher([
    topic("multilingual", { "=indic": 4 }),
    topic("robot-learning", { "=demonstrations": 2, robot: 3 }),
  ]);
  const scoreOf = (id: string, abstract: string) =>
    scorePaper(tokenizePaper({ title: "", abstract }), exact).find((s) => s.id === id)?.score;

  it('match a "=" term as written, singular or plural, not every word of its stem', () => {
    expect(scoreOf("multilingual", "Models for Indic languages.")).toBe(4);
    expect(scoreOf("multilingual", "Results indicate gains on indices.")).toBe(0);
    expect(scoreOf("robot-learning", "One demonstration, then many demonstrations.")).toBeCloseTo(
      2 * (1 + Math.log(2)),
    );
    expect(scoreOf("robot-learning", "We demonstrate that it works.")).toBe(0);
  });
});

describe("required words", () => {
  const m = buildMatcher([
    topic(
      "visual-representation",
      { "representation learning": 3, "self-supervised": 3 },
      { requires: ["image", "visual", "=frames"] },
    ),
    topic("audio", { audio: 3, spectrogram: 4 }),
  ]);
  const classify = classifier(m);

  it("keep a topic's general terms out of papers that never say its modality", () => {
    const paper = "Self-supervised representation learning for audio spectrograms.";
    expect(classify("Self-Supervised Representation Learning", paper)).toEqual(["audio"]);
  });

  it("let them count as usual once the paper says one required word, inflected or in the title", () => {
    expect(
      classify("Self-Supervised Representation Learning", "Features of images and audio."),
    ).toEqual(["visual-representation"]);
    expect(classify("Visual Self-Supervised Representation Learning", "")).toEqual([
      "visual-representation",
    ]);
  });

  it('match an exact "=" required word as written', () => {
    // "frames" is required as written: "framework" shares its stem only by accident.
    expect(classify("Self-Supervised Representation Learning", "A framework.")).toEqual([]);
    expect(classify("Self-Supervised Representation Learning", "Sixteen frames per clip.")).toEqual(
      ["visual-representation"],
    );
  });
});

describe("second topics on one heavy phrase", () => {
  const m = buildMatcher([
    topic("detection-segmentation", { segmentation: 5, "bounding box": 4 }),
    topic("medical-imaging", { "medical image": 5, scan: 1 }),
    topic("speech", { speakers: 5 }),
  ]);
  const classify = classifier(m);

  it("take a second topic that rests on one phrase of weight 4 or more", () => {
    expect(
      classify(
        "Segmentation of Medical Images",
        "Segmentation and bounding boxes for medical images.",
      ),
    ).toEqual(["detection-segmentation", "medical-imaging"]);
  });

  it("still refuse one that rests on a single word, however heavy and repeated", () => {
    expect(
      classify(
        "Segmentation of Speakers",
        "Segmentation and bounding boxes of speakers, speakers.",
      ),
    ).toEqual(["detection-segmentation"]);
  });
});

describe("application fields (leads)", () => {
  const m = buildMatcher([
    topic("detection-segmentation", { segmentation: 5, "bounding box": 4 }),
    topic("medical-imaging", { mri: 3, tumour: 3 }, { leads: true }),
    topic("quantization", { quantization: 5, "low-bit": 4 }),
  ]);
  const classify = classifier(m);

  it("list a field's topic first when the paper has it, whatever its rank", () => {
    // Segmentation scores 20, medical imaging 15: the field still leads.
    const ranked = classify("Segmentation of MRI scans", "Segmentation of each tumour in MRI.");
    expect(ranked).toEqual(["medical-imaging", "detection-segmentation"]);
  });

  it("add no topic: a field's topic below the bar for a second topic stays out", () => {
    expect(classify("Segmentation with bounding box heads", "One MRI scan is shown.")).toEqual([
      "detection-segmentation",
    ]);
  });

  it("take a field named by a heavy phrase at 40% of the best score, other topics at 60%", () => {
    const fields = classifier(
      buildMatcher([
        topic("domain-adaptation", { "domain adaptation": 5, "domain shift": 4 }),
        topic("remote-sensing", { "aerial imagery": 4, forest: 4, canopy: 4 }, { leads: true }),
      ]),
    );
    const title = "Domain Adaptation for Tree Segmentation";
    const method = "Domain shift hurts domain adaptation.";
    // Domain adaptation scores 24, remote sensing 12 (50%) with "aerial imagery": the field leads.
    expect(fields(title, `${method} We test on aerial imagery of forest canopy.`)).toEqual([
      "remote-sensing",
      "domain-adaptation",
    ]);
    // The field said in single words only scores 13.5 (56%): under the usual 60%, no field.
    expect(fields(title, `${method} We test on forest canopy, canopy gaps and forests.`)).toEqual([
      "domain-adaptation",
    ]);
  });

  it("leave papers without a field's topic in score order", () => {
    expect(classify("Low-bit quantization", "Quantization of a segmentation model.")).toEqual([
      "quantization",
    ]);
  });
});

describe("assignTopics", () => {
  it("returns nothing below the minimum score", () => {
    expect(assignTopics([{ id: "a", score: 1 }])).toEqual([]);
  });

  it("keeps the best plus close seconds, at most three", () => {
    const scores = [
      { id: "d", score: 10 },
      { id: "a", score: 9 },
      { id: "b", score: 9 },
      { id: "c", score: 9 },
      { id: "e", score: 3 },
    ];
    expect(assignTopics(scores)).toEqual(["d", "a", "b"]);
  });

  it("adds a second topic only at 60% of the best score: below that it is as often wrong as right", () => {
    expect(
      assignTopics([
        { id: "a", score: 20 },
        { id: "b", score: 11.5 },
      ]),
    ).toEqual(["a"]);
    expect(
      assignTopics([
        { id: "a", score: 20 },
        { id: "b", score: 12 },
      ]),
    ).toEqual(["a", "b"]);
  });

  it("adds a second topic only on clear evidence, not on one passing mention", () => {
    expect(
      assignTopics([
        { id: "a", score: 12 },
        { id: "b", score: 7 },
      ]),
    ).toEqual(["a"]);
    expect(
      assignTopics([
        { id: "a", score: 12 },
        { id: "b", score: 9 },
      ]),
    ).toEqual(["a", "b"]);
  });

  it("adds a second topic only when two distinct terms of it match, not one word repeated", () => {
    const m = buildMatcher([
      topic("sentiment", { sentiment: 4, "sentiment analysis": 2, reviews: 2 }),
      topic("speech", { speech: 3, speaker: 3, "speech recognition": 5 }),
    ]);
    const classify = classifier(m);
    // "speakers" of a language, four times and in the title: one word, so no speech topic.
    expect(
      classify(
        "Sentiment of Native and Non-Native Speakers",
        "Sentiment reviews by native speakers and non-native speakers; speakers differ.",
      ),
    ).toEqual(["sentiment"]);
    // Two distinct speech terms are evidence.
    expect(
      classify(
        "Sentiment of Native and Non-Native Speakers",
        "Sentiment reviews from speech by native speakers and non-native speakers.",
      ),
    ).toEqual(["sentiment", "speech"]);
  });

  it("counts a term inside a longer matched term of the same topic once", () => {
    const m = buildMatcher([topic("speech", { speech: 3, "speech recognition": 5 })]);
    const [s] = scorePaper(tokenizePaper({ title: "", abstract: "Speech recognition." }), m);
    expect(s?.evidence).toEqual({ terms: 1, phraseWeight: 5 });
    expect(s?.score).toBe(8); // both terms still score
  });

  it("breaks ties by topic id", () => {
    expect(
      assignTopics([
        { id: "z", score: 10 },
        { id: "m", score: 10 },
      ]).slice(0, 1),
    ).toEqual(["m"]);
  });
});

describe("enrich topics", () => {
  const papers = [
    {
      slug: "a",
      title: "Merging models by task arithmetic",
      abstract: "We merge fine-tuned models.",
    },
    {
      slug: "b",
      title: "Model merging at scale",
      abstract: "Merging many models with task arithmetic.",
    },
    { slug: "c", title: "Robust merging", abstract: "Merge models robustly with task arithmetic." },
    {
      slug: "d",
      title: "Untitled",
      abstract: "Fine-tuned models and task vectors from fine-tuned models, merged.",
    },
    {
      slug: "g",
      title: "Untitled",
      abstract: "Fine-tuned models and task vectors from fine-tuned models.",
    },
    { slug: "e", title: "Something else", abstract: "Completely unrelated zebra giraffe content." },
    { slug: "f", title: "Quantization", abstract: "Quantized weights." },
  ];
  const other = topic("other", { miscellaneous: 1 }, { catchAll: true });

  it("gives every paper at least one topic, falling back on neighbours then the catch-all", () => {
    const r = enrich(papers, [merging, quant, other]);
    expect(r.get("a")?.topics).toEqual(["model-merging"]);
    // Too weak on its own (one "merged"), but its related papers are merging papers.
    expect(r.get("d")?.topics).toEqual(["model-merging"]);
    expect(r.get("e")?.topics).toEqual(["other"]);
    for (const e of r.values()) expect(e.topics.length).toBeGreaterThanOrEqual(1);
  });

  it("takes the neighbours' topic only for a paper with some evidence of it itself", () => {
    // Same neighbours as "d", but not one merging term of its own.
    expect(enrich(papers, [merging, quant, other]).get("g")?.topics).toEqual(["other"]);
  });

  it("never gives the catch-all topic to a paper that matches", () => {
    const r = enrich(papers, [merging, quant, other]);
    expect(r.get("f")?.topics).toEqual(["quantization"]);
  });

  it("does not depend on the order of papers or topics", () => {
    const one = enrich(papers, [merging, quant, other]);
    const two = enrich([...papers].reverse(), [other, quant, merging]);
    expect([...two].sort()).toEqual([...one].sort());
  });
});
