import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isStopword, singular, stemPhrase, tokenize } from "../../../src/ingest/text/index.ts";

describe("tokenize", () => {
  it("gives inflections of one word the same stem", () => {
    const stems = tokenize("merging merged merge merges").map((t) => t.stem);
    expect(new Set(stems).size).toBe(1);
    expect(stemPhrase("LoRAs")).toEqual(stemPhrase("LoRA"));
    expect(stemPhrase("MLPs")).toEqual(stemPhrase("mlp"));
  });

  it("strips only plural endings in the gentle form exact terms use", () => {
    expect(["demonstrations", "patches", "studies", "boxes", "indic"].map(singular)).toEqual([
      "demonstration",
      "patch",
      "study",
      "box",
      "indic",
    ]);
    // Not a plural: left alone, and a word is never cut to a stem ("indicate" stays).
    expect(["process", "corpus", "analysis", "indicate", "gas"].map(singular)).toEqual([
      "process",
      "corpus",
      "analysis",
      "indicate",
      "gas",
    ]);
  });

  it("splits hyphenated words so that phrases match either spelling", () => {
    expect(stemPhrase("low-rank adaptation")).toEqual(stemPhrase("low rank adaptation"));
    expect(stemPhrase("Mixture-of-Experts")).toEqual(stemPhrase("mixture of experts"));
  });

  it("marks clause breaks at punctuation but not at spaces or hyphens", () => {
    const t = tokenize("model merging. Task-arithmetic works");
    expect(t.map((x) => x.breakBefore)).toEqual([true, false, true, false, false]);
  });

  it("keeps the written form and its position", () => {
    const text = "We merge LoRA adapters";
    const lora = tokenize(text)[2];
    expect(lora?.surface).toBe("LoRA");
    expect(text.slice(lora?.start, lora?.end)).toBe("LoRA");
  });

  it("drops accents and possessives, keeps other scripts", () => {
    expect(tokenize("naïve model's μP").map((t) => t.norm)).toEqual(["naive", "model", "μp"]);
  });

  it("finds exactly the words of /[\\p{L}\\p{N}]+(?:['’]\\p{L}+)?/u (the scanner replaced that regex)", () => {
    const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
    const pieces = [
      "a",
      "Z",
      "7",
      "é",
      "μ",
      "中",
      "𝒜",
      "²",
      "'",
      "’",
      "-",
      " ",
      ".",
      "s",
      "\u0301",
      "\ud800",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join("");
        const expected = [...text.matchAll(WORD)]
          .map((m) => ({ start: m.index, end: m.index + m[0].length }))
          .filter((m) => tokenize(text.slice(m.start, m.end)).length > 0);
        expect(tokenize(text).map((t) => ({ start: t.start, end: t.end }))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("returns nothing for empty or punctuation-only text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" -- ; ")).toEqual([]);
  });
});

describe("isStopword", () => {
  it("drops function words, abstract boilerplate, numbers and single letters", () => {
    for (const w of ["the", "propose", "novel", "2024", "x"]) expect(isStopword(w)).toBe(true);
    for (const w of ["merging", "lora", "quantization"]) expect(isStopword(w)).toBe(false);
  });
});
