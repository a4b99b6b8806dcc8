import { describe, expect, it } from "vitest";
import { cleanText } from "../../../src/ingest/clean.ts";

describe("cleanText repairs unambiguous leftovers", () => {
  it.each([
    ['an apparently na\\"{\\i}ve technique', "an apparently naïve technique"],
    ['the na\\"ive loss', "the naïve loss"],
    ['[Aky\\"urek et al., 2023]', "[Akyürek et al., 2023]"],
    ["mock caf\\'e domains", "mock café domains"],
    ["\\v{s}koda and \\c{c}a", "škoda and ça"],
  ])("TeX accents: %s", (input, output) => expect(cleanText(input)).toBe(output));

  it("turns TeX quotes into typographic quotes", () => {
    expect(cleanText("provide a ``direct'' parameterization")).toBe(
      "provide a “direct” parameterization",
    );
    expect(cleanText("such as ``France,'' from")).toBe("such as “France,” from");
    // A mismatched close is left alone rather than guessed.
    expect(cleanText('``scratch tokens" yields')).toBe('“scratch tokens" yields');
    // After a digit '' may be a double prime (inches, seconds).
    expect(cleanText("a 5'' screen")).toBe("a 5'' screen");
  });

  it("removes colour macros around links", () => {
    expect(cleanText("at the link: blue{https://github.com/RUCAIBox/FMLP-Rec}.")).toBe(
      "at the link: https://github.com/RUCAIBox/FMLP-Rec.",
    );
  });

  it("collapses a link doubled by a broken \\href", () => {
    expect(
      cleanText(
        "available at~https://github.com/Med-Process/Strip_MLP{https://github.com/Med-Process/Strip\\_MLP.",
      ),
    ).toBe("available at https://github.com/Med-Process/Strip_MLP.");
    expect(cleanText("at https://llm-stacking.github.io/{https://llm-stacking.github.io/}.")).toBe(
      "at https://llm-stacking.github.io/.",
    );
  });

  it("prints escaped specials and simple commands", () => {
    expect(cleanText("83.8 \\% top-1, Q\\&A, get\\_capital")).toBe(
      "83.8 % top-1, Q&A, get_capital",
    );
    expect(cleanText("up to \\(2.2\\times\\) speedup")).toBe("up to 2.2× speedup");
    expect(cleanText("by 4.58\\,\\% while (\\eg adapters)")).toBe(
      "by 4.58 % while (e.g. adapters)",
    );
    expect(cleanText("comes from {\\em parameter and retrieval} levels")).toBe(
      "comes from parameter and retrieval levels",
    );
    expect(cleanText("in task completion F1 by~35\\% but")).toBe(
      "in task completion F1 by 35% but",
    );
  });

  it("leaves ambiguous leftovers alone: nothing is invented", () => {
    const kept = [
      "guaranteed ell^2 Lipschitz bounds",
      "a smooth mapping from mathbb R^N onto",
      "up to 22times less memory",
      "Tuning (S^{2}FT) method",
      "methods such as adapt large pretrained models",
      "demonstrate that \\prjname can fine-tune",
      "using only ~10% of their parameters",
      "a perspective on $textbf{head-wise shareable attention}.",
    ];
    for (const s of kept) expect(cleanText(s)).toBe(s);
  });

  it("is idempotent", () => {
    const once = cleanText("``a'' na\\\"{\\i}ve blue{https://x.org/a}");
    expect(cleanText(once)).toBe(once);
  });
});
