import { describe, expect, it } from "vitest";
import { escapeBibtex, toBibtex } from "../../../src/lib/bibtex.ts";
import { serializeJsonLd } from "../../../src/lib/json-ld.ts";
import { isSafeHttpUrl, lookupLinks } from "../../../src/lib/lookup.ts";
import { decodeEntities, htmlToText, truncate } from "../../../src/lib/text.ts";

describe("htmlToText", () => {
  it("turns rendered abstract HTML back into the digest's text", () => {
    expect(
      htmlToText("<p>We use &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</p>\n"),
    ).toBe('We use <script>alert(1)</script> & "quotes"');
    expect(decodeEntities("&#x3C;&#60;&unknown;")).toBe("<<&unknown;");
  });

  it("truncates at a word boundary", () => {
    expect(truncate("one two three four five", 16)).toBe("one two three…");
    expect(truncate("short", 12)).toBe("short");
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element and still parses to the same value", () => {
    const data = { headline: "</script><script>alert(1)</script> & \u2028" };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("toBibtex", () => {
  it("keeps what is known and escapes TeX specials", () => {
    const bib = toBibtex({
      slug: "a-b",
      title: "50% of {x} & y_z",
      url: "https://e.org/papers/a-b/",
      published: "2025-02-23",
    });
    expect(bib).toContain("title = {{50\\% of \\{x\\} \\& y\\_z}}");
    expect(bib).toContain("year = {2025}");
    expect(bib).toContain("month = feb");
    expect(bib).not.toContain("author");
    expect(escapeBibtex("a\\b")).toBe("a\\textbackslash{}b");
  });
});

describe("lookup links", () => {
  it("encode the title so any text is a safe query", () => {
    for (const link of lookupLinks('a&b "c" <d> #e')) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.href).not.toMatch(/[<>" ]/);
      // The sites read the title back exactly: form decoding restores every character.
      expect(new URL(link.href).searchParams.get(link.name === "arXiv" ? "query" : "q")).toMatch(
        /a&b "c" <d> #e/,
      );
    }
  });

  it("allow only http(s) URLs", () => {
    expect(isSafeHttpUrl("https://github.com/a/b")).toBe(true);
    expect(isSafeHttpUrl("javascript:alert(1)")).toBe(false);
    expect(isSafeHttpUrl("not a url")).toBe(false);
  });
});
