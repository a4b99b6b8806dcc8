import { describe, expect, it } from "vitest";
import { decodeEntities, excerptSegments } from "../../../src/lib/search/excerpt.ts";

describe("excerpt segments", () => {
  it("splits highlighted matches from plain text", () => {
    expect(excerptSegments("about <mark>model</mark> <mark>merging</mark> and")).toEqual([
      { text: "about ", mark: false },
      { text: "model", mark: true },
      { text: " ", mark: false },
      { text: "merging", mark: true },
      { text: " and", mark: false },
    ]);
  });

  it("keeps escaped and stray markup as literal text", () => {
    const segments = excerptSegments(
      '&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror="y"> & co',
    );
    expect(segments).toEqual([
      { text: '<script>alert(1)</script> <img src=x onerror="y"> & co', mark: false },
    ]);
  });

  it("decodes numeric references and leaves unknown ones", () => {
    expect(decodeEntities("&#956;-P &#x3bc; &bogus; &quot;q&quot;")).toBe('μ-P μ &bogus; "q"');
  });
});
