import { describe, expect, it } from "vitest";
import { closeTerms, editDistance, suggest } from "../../../src/lib/search/suggest.ts";
import { buildVocabulary, tokenize } from "../../../src/lib/search/vocabulary.ts";

const vocabulary = buildVocabulary([
  "Quantization of Large Language Models",
  "Model Merging for Large Language Models",
  "Diffusion Transformers at Scale",
  "μ-Parametrization of Transformers",
]);

describe("vocabulary", () => {
  it("counts words once per paper, drops short words and bare numbers", () => {
    expect(vocabulary).toMatchObject({ models: 2, transformers: 2, large: 2, quantization: 1 });
    expect(vocabulary).not.toHaveProperty("of");
    expect(buildVocabulary(["GPT 2024 models models"])).toEqual({ gpt: 1, models: 1 });
  });

  it("tokenizes any script and splits on punctuation", () => {
    expect(tokenize("LLaMA-2: μ-Param’s")).toEqual(["llama", "2", "μ", "param", "s"]);
  });
});

describe("edit distance", () => {
  it("counts insertions, deletions, substitutions and swaps as one edit", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("merging", "mergign")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("stops early past the limit", () => {
    expect(editDistance("transformer", "diffusion", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("did you mean", () => {
  it("corrects a misspelled word to a corpus term", () => {
    expect(closeTerms("quantizaton", vocabulary)).toEqual(["quantization"]);
    expect(suggest("difusion transfromers", vocabulary)).toEqual({
      query: "diffusion transformers",
      terms: ["diffusion", "transformers"],
    });
  });

  it("keeps known words and says nothing when nothing looks misspelled", () => {
    expect(suggest("large modelz", vocabulary).query).toBe("large models");
    expect(suggest("language", vocabulary)).toEqual({ terms: [] });
    expect(suggest("zzzzqqq", vocabulary)).toEqual({ terms: [] });
  });
});
