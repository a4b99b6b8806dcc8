import { describe, expect, it } from "vitest";
import { keyphrases } from "../../../src/ingest/keyphrases.ts";
import { tokenizePaper } from "../../../src/ingest/text/index.ts";

const docs = [
  {
    title: "Merging LoRA adapters",
    abstract: "We study LoRA merging. Merging LoRA adapters is cheap; LoRA adapters are small.",
  },
  {
    title: "Quantized LoRA",
    abstract: "LoRA adapters under quantization. Quantization of LoRA adapters saves GPU memory.",
  },
  {
    title: "Mixture of experts routing",
    abstract: "A mixture of experts with a learned router. The router picks experts.",
  },
  { title: "Experts everywhere", abstract: "Mixture of experts layers and their router." },
  { title: "Sparse attention", abstract: "Sparse attention kernels for long sequences." },
  { title: "Attention sinks", abstract: "Attention kernels and sparse attention patterns." },
].map(tokenizePaper);

describe("keyphrases", () => {
  const k = keyphrases(docs);

  it("gives three to five phrases per paper", () => {
    for (const list of k) {
      expect(list.length, JSON.stringify(k)).toBeGreaterThanOrEqual(3);
      expect(list.length).toBeLessThanOrEqual(5);
    }
  });

  it("never starts or ends a phrase with a stopword", () => {
    for (const p of k.flat())
      expect(p).not.toMatch(/^(the|a|of|and|we|with)\b|\b(the|a|of|and|with)$/i);
  });

  it("keeps 'of' inside a phrase and shows the most frequent written form", () => {
    // Two of three occurrences are capitalised (a title and a sentence start).
    expect(k[2]).toContain("Mixture of experts");
    expect(k[1]).toContain("LoRA adapters");
    expect(k[0]).toContain("Merging LoRA adapters");
  });

  it("does not repeat a phrase inside a longer chosen one", () => {
    for (const list of k) {
      for (const a of list)
        for (const b of list)
          if (a !== b) expect(a.toLowerCase().includes(b.toLowerCase())).toBe(false);
    }
  });

  it("is deterministic and empty for empty text", () => {
    expect(keyphrases(docs)).toEqual(k);
    expect(keyphrases([tokenizePaper({ title: "", abstract: "" })])).toEqual([[]]);
  });
});

describe("keyphrases of a name longer than three words", () => {
  const mcts = [
    {
      title: "Monte Carlo tree search for program synthesis",
      abstract:
        "Monte Carlo tree search guides the decoder. Monte Carlo tree search beats beam search.",
    },
    {
      title: "Reasoning with Monte Carlo tree search",
      abstract: "We scale Monte Carlo tree search over reasoning steps of language models.",
    },
    { title: "Beam search decoding", abstract: "Beam search for language models." },
    { title: "Program synthesis", abstract: "Synthesis of programs from examples." },
  ].map(tokenizePaper);

  it("shows one window onto it, not two overlapping fragments", () => {
    for (const list of keyphrases(mcts)) {
      const lower = list.map((p) => p.toLowerCase());
      expect(
        lower.includes("monte carlo tree") && lower.includes("carlo tree search"),
        list.join(", "),
      ).toBe(false);
    }
    expect(
      keyphrases(mcts)[0]
        ?.map((p) => p.toLowerCase())
        .some((p) => p.includes("carlo tree")),
    ).toBe(true);
  });
});
