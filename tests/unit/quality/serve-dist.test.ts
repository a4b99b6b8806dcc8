import { describe, expect, it } from "vitest";
import { contentType, resolveRequest } from "../../../scripts/serve-dist.ts";
import { listLookup } from "../../quality/lib/check-links.ts";

const lookup = listLookup([
  "index.html",
  "404.html",
  "papers/x/index.html",
  "rss.xml",
  "about.html",
]);
const base = "/papershelf/";

describe("resolveRequest (GitHub Pages semantics)", () => {
  it("serves a folder URL from its index.html", () => {
    expect(resolveRequest("/papershelf/papers/x/", base, lookup)).toEqual({
      status: 200,
      file: "papers/x/index.html",
    });
    expect(resolveRequest("/papershelf/", base, lookup)).toEqual({
      status: 200,
      file: "index.html",
    });
  });

  it("redirects a folder without its trailing slash, as Pages does", () => {
    expect(resolveRequest("/papershelf/papers/x", base, lookup)).toEqual({
      status: 301,
      location: "/papershelf/papers/x/",
    });
    expect(resolveRequest("/papershelf", base, lookup)).toEqual({ status: 301, location: base });
  });

  it("answers 404.html for missing paths, folders without index and paths outside the base", () => {
    const notFound = { status: 404, file: "404.html" };
    expect(resolveRequest("/papershelf/nope/", base, lookup)).toEqual(notFound);
    expect(resolveRequest("/papershelf/papers/", base, lookup)).toEqual(notFound);
    expect(resolveRequest("/favicon.ico", base, lookup)).toEqual(notFound);
    expect(resolveRequest("/papershelf/../secret", base, lookup)).toEqual(notFound);
    expect(resolveRequest("/papershelf/%E0%A4%A", base, lookup)).toEqual(notFound);
  });

  it("serves files and the .html fallback", () => {
    expect(resolveRequest("/papershelf/rss.xml", base, lookup)).toEqual({
      status: 200,
      file: "rss.xml",
    });
    expect(resolveRequest("/papershelf/about", base, lookup)).toEqual({
      status: 200,
      file: "about.html",
    });
  });

  it("names content types, with a safe default", () => {
    expect(contentType("a/index.html")).toBe("text/html; charset=utf-8");
    expect(contentType("x.SVG")).toBe("image/svg+xml");
    // Not text: served as the gzip file itself, never gzipped again or with Content-Encoding.
    expect(contentType("papers.json.gz")).toBe("application/gzip");
    expect(contentType("pagefind/index/en_1.pf_index")).toBe("application/octet-stream");
  });
});
