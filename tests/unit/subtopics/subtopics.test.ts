import { describe, expect, it } from "vitest";
import { enrich, enrichCorpus, type PaperText } from "../../../src/ingest/enrich.ts";
import { seededRandom } from "../../../src/ingest/map/linalg.ts";
import {
  isAcronymOf,
  SUBTOPIC_THRESHOLD,
  type SubtopicFile,
  subtopicCount,
  subtopicName,
} from "../../../src/ingest/subtopics.ts";
import { topic } from "../topics/helpers.ts";

/** Lines of work inside one topic ("vision"), each with its own vocabulary. */
const FAMILIES = [
  {
    phrase: "gaussian splatting",
    words: ["radiance", "rendering", "scene", "novel", "views", "splats"],
  },
  {
    phrase: "medical segmentation",
    words: ["tumor", "lesion", "organ", "scan", "clinical", "mask"],
  },
  {
    phrase: "video generation",
    words: ["frames", "temporal", "motion", "clip", "diffusion", "sampler"],
  },
];
const FILLER = [
  "parsing",
  "grammar",
  "corpus",
  "syntax",
  "lexicon",
  "treebank",
  "morphology",
  "dialect",
];

function corpus(perFamily: number, fillers: number, seed = 7): PaperText[] {
  const rand = seededRandom(seed);
  const pick = (list: readonly string[], n: number) =>
    Array.from({ length: n }, () => list[Math.floor(rand() * list.length)] as string);
  const papers: PaperText[] = [];
  FAMILIES.forEach((f, fi) => {
    for (let i = 0; i < perFamily; i++)
      papers.push({
        slug: `f${fi}-${String(i).padStart(3, "0")}`,
        title: `Vision: ${f.phrase} with ${pick(f.words, 2).join(" ")}`,
        abstract: `We study ${f.phrase} for vision. ${pick(f.words, 8).join(" ")}. The ${f.phrase} results on ${pick(f.words, 3).join(" ")}.`,
      });
  });
  for (let i = 0; i < fillers; i++)
    papers.push({
      slug: `z-${String(i).padStart(4, "0")}`,
      title: `Language ${pick(FILLER, 3).join(" ")}`,
      abstract: `Language study of ${pick(FILLER, 10).join(" ")}.`,
    });
  return papers;
}

const topics = [topic("vision", { vision: 5 }), topic("language", { language: 5 })];
/** 3 × 120 vision papers (above the threshold), 700 language papers (kept below 15% each). */
const papers = corpus(120, 700);

describe("subtopics", () => {
  const out = enrich(papers, topics);
  const vision = papers.filter((p) => p.slug.startsWith("f"));

  it("splits a topic above the threshold into the lines of work it holds, named by their phrases", () => {
    expect(vision.length).toBeGreaterThan(SUBTOPIC_THRESHOLD);
    const byFamily = FAMILIES.map(
      (_, fi) =>
        new Set(
          vision
            .filter((p) => p.slug.startsWith(`f${fi}-`))
            .map((p) => out.get(p.slug)?.subtopics[0]?.name),
        ),
    );
    // Each family lands in one subtopic of its own, named after its phrase.
    byFamily.forEach((names, fi) => {
      expect([...names]).toHaveLength(1);
      expect([...names][0]?.toLowerCase()).toContain((FAMILIES[fi] as { phrase: string }).phrase);
    });
    expect(new Set(byFamily.map((s) => [...s][0])).size).toBe(3);
  });

  it("leaves a topic at or below the threshold whole", () => {
    const small = enrich(corpus(100, 700), topics);
    for (const e of small.values())
      expect(e.subtopics.filter((s) => s.topic === "vision")).toEqual([]);
  });

  it("gives the same names and URLs for the same papers in any input order", () => {
    const shuffled = [...papers].reverse();
    const again = enrich(shuffled, [...topics].reverse());
    for (const p of papers)
      expect(again.get(p.slug)?.subtopics).toEqual(out.get(p.slug)?.subtopics);
    const ids = new Set(vision.map((p) => out.get(p.slug)?.subtopics[0]?.id));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("lets a curator pin a subtopic by terms and rename a discovered one", () => {
    const discovered = out.get("f1-000")?.subtopics[0]?.id as string;
    const files: SubtopicFile[] = [
      {
        ...topic("video", { "video generation": 5 }, { name: "Video synthesis" }),
        parent: "vision",
      },
      {
        ...topic("medical", {}, { name: "Medical imaging" }),
        parent: "vision",
        renames: discovered,
      },
      { ...topic("stale", {}, { name: "Gone" }), parent: "vision", renames: "no-such-subtopic" },
    ];
    const r = enrichCorpus(papers, topics, undefined, files);
    expect(r.bySlug.get("f2-005")?.subtopics).toEqual([
      { topic: "vision", id: "video", name: "Video synthesis" },
    ]);
    expect(r.bySlug.get("f1-005")?.subtopics).toEqual([
      { topic: "vision", id: "medical", name: "Medical imaging" },
    ]);
    expect(r.subtopicNotes).toEqual([
      { file: "content/topics/stale.md", message: expect.stringContaining("no-such-subtopic") },
    ]);
  });
});

describe("subtopic names and sizes", () => {
  it("looks for about one subtopic per 120 papers, two to twelve", () => {
    expect(subtopicCount(301)).toBe(3);
    expect(subtopicCount(1000)).toBe(8);
    expect(subtopicCount(4000)).toBe(12);
    expect(subtopicCount(150)).toBe(2);
  });

  it("joins phrases with a capital first letter, and knows an acronym of a phrase", () => {
    expect(subtopicName(["video generation", "audio"])).toBe("Video generation, audio");
    expect(subtopicName([])).toBe("Other papers");
    expect(isAcronymOf("cot", "chain of thought")).toBe(true);
    expect(isAcronymOf("vlms", "vision languag model")).toBe(true);
    expect(isAcronymOf("mcts", "mont carlo")).toBe(true);
    expect(isAcronymOf("dpo", "prefer optim")).toBe(false);
  });
});
