import { describe, expect, it } from "vitest";
import {
  checkUrl,
  htmlIds,
  type LinkContext,
  listLookup,
  servedUrl,
} from "../../quality/lib/check-links.ts";
import {
  extractCssUrls,
  extractHtmlUrls,
  extractJsonUrls,
  extractXmlUrls,
} from "../../quality/lib/extract.ts";

const ctx: LinkContext = {
  siteOrigin: "https://owner.github.io",
  base: "/papershelf/",
  lookup: listLookup(["index.html", "404.html", "papers/x/index.html", "rss.xml", "_astro/a.css"]),
  idsOf: (file) => (file === "papers/x/index.html" ? new Set(["main", "cite"]) : new Set(["main"])),
};
const from = servedUrl("papers/x/index.html", ctx.siteOrigin, ctx.base);

describe("checkUrl", () => {
  it("accepts internal URLs that resolve, relative or absolute", () => {
    for (const ok of [
      "/papershelf/",
      "../../rss.xml",
      "https://owner.github.io/papershelf/papers/x/",
      "#cite",
      "/papershelf/papers/x/#main",
    ]) {
      expect(checkUrl(ok, from, ctx), ok).toBeUndefined();
    }
  });

  it("ignores external and non-web URLs", () => {
    for (const ok of ["https://arxiv.org/abs/1", "mailto:a@b.c", "data:image/png;base64,AA"]) {
      expect(checkUrl(ok, from, ctx), ok).toBeUndefined();
    }
  });

  it("names what is wrong with a broken URL", () => {
    expect(checkUrl("/favicon.ico", from, ctx)).toMatch(/outside \/papershelf\//);
    expect(checkUrl("https://owner.github.io/other/", from, ctx)).toMatch(/leaves the base/);
    expect(checkUrl("/papershelf/papers/x", from, ctx)).toMatch(/trailing slash/);
    expect(checkUrl("/papershelf/papers/y/", from, ctx)).toMatch(/not found/);
    expect(checkUrl("#nope", from, ctx)).toMatch(/no element with id "nope"/);
    expect(checkUrl("javascript:alert(1)", from, ctx)).toMatch(/javascript/);
    expect(checkUrl("  ", from, ctx)).toBe("empty URL");
  });

  it("addresses index.html by its folder", () => {
    expect(servedUrl("index.html", ctx.siteOrigin, ctx.base).href).toBe(
      "https://owner.github.io/papershelf/",
    );
    expect(from.pathname).toBe("/papershelf/papers/x/");
  });
});

describe("extraction", () => {
  it("finds attribute, srcset, meta and JSON-LD URLs in HTML, with positions", () => {
    const html = `<!doctype html><html><head><link rel="icon" href="/papershelf/f.svg"><meta property="og:url" content="https://o/x/"><script type="application/ld+json">{"url":"https://o/y/","name":"/not-a-url? yes it is"}</script></head><body><a href="a/?q=1&amp;r=2">x</a><img srcset="/i1.png 1x, /i2.png 2x" src="/i.png"></body></html>`;
    const found = extractHtmlUrls(html).map((f) => `${f.where} ${f.value}`);
    expect(found).toEqual([
      "link[href] /papershelf/f.svg",
      "meta[og:url] https://o/x/",
      "json-ld.url https://o/y/",
      "json-ld.name /not-a-url? yes it is",
      "a[href] a/?q=1&r=2",
      "img[src] /i.png",
      "img[srcset] /i1.png",
      "img[srcset] /i2.png",
    ]);
    expect(extractHtmlUrls(html)[0]?.column).toBeGreaterThan(1);
  });

  it("finds sitemap and feed URLs but not opaque guids", () => {
    const xml = `<urlset><url><loc>https://o/p/a&amp;b/</loc></url></urlset>\n<rss><channel><link>https://o/p/</link><atom:link href="https://o/p/rss.xml"/><item><guid isPermaLink="false">id-1</guid><link><![CDATA[https://o/p/x/]]></link></item></channel></rss>`;
    expect(extractXmlUrls(xml).map((f) => `${f.line} ${f.where} ${f.value}`)).toEqual([
      "1 loc https://o/p/a&b/",
      "2 link https://o/p/",
      "2 link https://o/p/x/",
      "2 @href https://o/p/rss.xml",
    ]);
  });

  it("finds URLs in JSON and CSS", () => {
    expect(extractJsonUrls({ papers: [{ url: "https://o/p/x/", title: "t" }] })).toEqual([
      { value: "https://o/p/x/", line: 0, where: "$.papers[0].url" },
    ]);
    expect(extractCssUrls("a{b:url('/f.woff2')}\nc{d:url(x.png)}").map((f) => f.value)).toEqual([
      "/f.woff2",
      "x.png",
    ]);
  });

  it("reads ids and named anchors, entities decoded", () => {
    expect([...htmlIds(`<h2 id="a&amp;b"></h2><a name="n"></a>`)]).toEqual(["a&b", "n"]);
  });
});
