import { describe, expect, it } from "vitest";
import { enrich } from "../../../src/ingest/enrich.ts";
import { sharedPhrases } from "../../../src/ingest/related.ts";

/** Real titles, abstracts shortened: two video-diffusion papers, a tokenizer paper, others. */
const papers = [
  {
    slug: "fast-video",
    title: "Few-step video generation by diffusion distillation",
    abstract:
      "Diffusion distillation turns a video diffusion model into a few-step video generator. Our video generation model keeps temporal consistency with diffusion distillation.",
  },
  {
    slug: "long-video",
    title: "Distilling video diffusion models for long video generation",
    abstract:
      "We apply diffusion distillation to long video generation. Temporal consistency holds over minutes of video generation.",
  },
  {
    slug: "tokens",
    title: "Byte-level tokenizers for multilingual language models",
    abstract:
      "Byte-level tokenizers avoid vocabulary bias in multilingual language models. We train multilingual language models on 8G GPUs.",
  },
  {
    slug: "merge",
    title: "Merging LoRA adapters",
    abstract: "Merging LoRA adapters of language models preserves skills.",
  },
  {
    slug: "bytes",
    title: "Vocabulary bias of tokenizers",
    abstract: "Tokenizers carry vocabulary bias across multilingual corpora on 8G GPUs.",
  },
];

describe("related papers that explain themselves", () => {
  const out = enrich(papers, []);

  it("names the phrases two related papers share, one list per related paper", () => {
    const fast = out.get("fast-video");
    expect(fast?.relatedShares).toHaveLength(fast?.related.length ?? -1);
    const i = fast?.related.indexOf("long-video") ?? -1;
    expect(i).toBe(0);
    const shares = fast?.relatedShares[i] ?? [];
    expect(shares.map((s) => s.toLowerCase())).toEqual(
      expect.arrayContaining(["diffusion distillation", "video generation"]),
    );
  });

  it("never names a meaningless token as a reason (8G, an acronym alone)", () => {
    for (const e of out.values())
      for (const s of e.relatedShares.flat()) expect(s).not.toMatch(/^(8G|GPUs?)$/i);
    const tokens = out.get("tokens");
    const i = tokens?.related.indexOf("bytes") ?? -1;
    expect(tokens?.relatedShares[i]?.map((s) => s.toLowerCase())).toEqual(
      expect.arrayContaining(["vocabulary bias"]),
    );
  });

  it("is empty for papers that share no phrase", () => {
    const merge = out.get("merge");
    const i = merge?.related.indexOf("fast-video") ?? -1;
    expect(i).toBeGreaterThanOrEqual(0);
    expect(merge?.relatedShares[i]).toEqual([]);
  });
});

describe("sharedPhrases", () => {
  const keys = ["video gener", "video", "diffus distil", "tempor consist", "gpu"];
  const key = (id: number) => keys[id] as string;

  it("ranks by both papers' ranks and drops a phrase inside a named one", () => {
    // "video" (1) is part of "video generation" (0): named once.
    expect(sharedPhrases([0, 1, 2, 3], [2, 0, 1, 3], key)).toEqual([0, 2, 3]);
    expect(sharedPhrases([0, 1, 2, 3], [2, 0, 1, 3], key, 2)).toEqual([0, 2]);
    // The longer phrase wins even when its part ranks first.
    expect(sharedPhrases([1, 4, 0], [1, 4, 0], key)).toEqual([0, 4]);
  });

  it("is empty when the pools are disjoint", () => {
    expect(sharedPhrases([0, 1], [2, 3], key)).toEqual([]);
  });
});
