import { describe, expect, it } from "vitest";
import { stalePages } from "../../../src/integrations/keep-unchanged-pages.ts";

describe("stalePages", () => {
  it("lists the paper pages this build did not produce, and only under papers/", () => {
    const existing = [
      "papers/kept/index.html",
      "papers/gone/index.html",
      "papers/page/9/index.html",
      "pagefind/pagefind.js",
      "index.html",
    ];
    const produced = new Set(["papers/kept/index.html", "index.html"]);
    expect(stalePages(existing, produced)).toEqual([
      "papers/gone/index.html",
      "papers/page/9/index.html",
    ]);
  });
});
