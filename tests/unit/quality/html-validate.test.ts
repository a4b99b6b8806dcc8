import { describe, expect, it } from "vitest";
import { formatFindings, validateHtmlString } from "../../quality/lib/html-validate.ts";

/** A complete, valid page around `body` (what Astro writes: one line, lang, charset, title). */
const page = (body: string, head = "") =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Papershelf</title>${head}</head><body><main>${body}</main></body></html>`;

const rules = async (html: string) => [
  ...new Set((await validateHtmlString(html)).map((f) => f.ruleId)),
];

describe("the HTML gate's validator", () => {
  it("passes a valid page like the ones the site writes", async () => {
    const html = page(
      `<h1>Papers</h1><p>An <a href="/papershelf/papers/x/">abstract</a>.</p><img src="a.png" alt="A chart"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M0 0h16"></path></svg>`,
      `<meta property="og:title" content="Papershelf"><meta name="theme-color" media="(prefers-color-scheme: dark)" content="#000">`,
    );
    expect(await validateHtmlString(html)).toEqual([]);
  });

  it.each([
    ["a duplicate id", `<p id="x">a</p><p id="x">b</p>`, "no-dup-id"],
    ["a <div> inside a <p>", `<p><span>a<div>b</div></span></p>`, "element-permitted-content"],
    ["a link inside a link", `<a href="/a">a <a href="/b">b</a></a>`, "element-permitted-content"],
    ["an image without alt", `<img src="a.png">`, "wcag/h37"],
    ["an unknown element", `<foo-bar-baz></foo-bar-baz><blurb>x</blurb>`, "no-unknown-elements"],
    ["an attribute the element does not have", `<p href="/x">a</p>`, "no-unknown-attributes"],
    ["an obsolete element", `<center>a</center>`, "deprecated"],
    [
      "an obsolete attribute",
      `<table align="center"><tbody><tr><td>a</td></tr></tbody></table>`,
      "no-deprecated-attr",
    ],
    ["a bad attribute value", `<input type="colour" aria-label="x">`, "attribute-allowed-values"],
    ["a missing required attribute", `<link rel="stylesheet">`, "element-required-attributes"],
    [
      "an aria-labelledby pointing nowhere",
      `<nav aria-labelledby="nope">a</nav>`,
      "no-missing-references",
    ],
    ["misnested end tags", `<section><span>a</section></span>`, "close-order"],
    ["an unknown character reference", `<p>&nosuchentity;</p>`, "unrecognized-char-ref"],
  ])("fails on %s", async (_what, body, rule) => {
    expect(await rules(page(body))).toContain(rule);
  });

  it("fails on a page without a doctype or a title", async () => {
    const found = await rules(
      `<html lang="en"><head><meta charset="utf-8"></head><body></body></html>`,
    );
    expect(found).toContain("missing-doctype");
    expect(found).toContain("element-required-content");
  });

  it("lists each error as file:line:col with its rule", async () => {
    const findings = await validateHtmlString(page(`<p id="x"></p><p id="x"></p>`));
    expect(formatFindings(new Map([["papers/x/index.html", findings]]))).toMatch(
      /^papers\/x\/index\.html: 1 error\(s\)\n {2}papers\/x\/index\.html:1:\d+: .*"x".* \(no-dup-id\)/,
    );
  });
});
