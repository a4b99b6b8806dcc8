import { describe, expect, it } from "vitest";
import { cutAtWord, firstSentence, SENTENCE_MAX } from "../../../src/lib/first-sentence.ts";

describe("firstSentence", () => {
  it("ends at the first full stop that ends a sentence", () => {
    expect(firstSentence("We study X. Then we do Y.")).toBe("We study X.");
    expect(firstSentence("Can models plan? We ask.")).toBe("Can models plan?");
    expect(firstSentence("It works! Really.")).toBe("It works!");
  });

  it("reads past abbreviations, citations and figure references", () => {
    expect(firstSentence("Methods (e.g. LoRA) adapt models. Next.")).toBe(
      "Methods (e.g. LoRA) adapt models.",
    );
    expect(firstSentence("Tasks, i.e. QA, are hard. Next.")).toBe("Tasks, i.e. QA, are hard.");
    expect(firstSentence("Smith et al. Proposed it in 2020. Next.")).toBe(
      "Smith et al. Proposed it in 2020.",
    );
    expect(firstSentence("As Fig. 3 shows, it scales. Next.")).toBe("As Fig. 3 shows, it scales.");
    expect(firstSentence("See Eq. 2 and Sec. 4 for details. Next.")).toBe(
      "See Eq. 2 and Sec. 4 for details.",
    );
    expect(firstSentence("Work in the U.S. Army helps. Next.")).toBe(
      "Work in the U.S. Army helps.",
    );
  });

  it("keeps decimals, versions and domains whole", () => {
    expect(firstSentence("Accuracy rises by 3.5 points on v1.2 of arXiv.org data. Next.")).toBe(
      "Accuracy rises by 3.5 points on v1.2 of arXiv.org data.",
    );
    expect(firstSentence("Error falls to 0. 5 runs agree.")).toBe("Error falls to 0.");
  });

  it("does not end inside $…$ math", () => {
    expect(firstSentence("We bound $f(x) < 1. X$ for all inputs. Next.")).toBe(
      "We bound $f(x) < 1. X$ for all inputs.",
    );
  });

  it("takes a closing bracket or quote with the stop", () => {
    expect(firstSentence('They call it "scaling." Next.')).toBe('They call it "scaling."');
    expect(firstSentence("It works (mostly.) Next.")).toBe("It works (mostly.)");
  });

  it("is the whole text when there is no sentence end, whitespace collapsed", () => {
    expect(firstSentence("  a title-like abstract\n without a stop ")).toBe(
      "a title-like abstract without a stop",
    );
    expect(firstSentence("")).toBe("");
  });

  it("cuts a very long first sentence at a word, with an ellipsis", () => {
    const long = `${"word ".repeat(100)}end. Next.`;
    const out = firstSentence(long);
    expect(out.length).toBeLessThanOrEqual(SENTENCE_MAX);
    expect(out).toMatch(/ word…$/);
    expect(out.endsWith(" …")).toBe(false);
  });
});

describe("cutAtWord", () => {
  it("leaves text that fits alone", () => {
    expect(cutAtWord("short text", 20)).toBe("short text");
  });

  it("never ends inside math or on punctuation", () => {
    expect(cutAtWord("We prove $a + b + c = d$ holds", 14)).toBe("We prove…");
    expect(cutAtWord("one, two, three, four", 11)).toBe("one, two…");
  });

  it("cuts a single overlong word", () => {
    expect(cutAtWord("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
