/**
 * Link gate: every internal URL in dist/ (HTML attributes and JSON-LD, sitemap, RSS, papers.json.gz,
 * CSS) resolves to a file the way GitHub Pages serves the site under its base path, and nothing
 * internal leaves that base. Maps URLs to files on disk, so it covers every page, not a sample.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { checkUrl, htmlIds, type LinkContext, listLookup, servedUrl } from "./lib/check-links.ts";
import { loadConfig } from "./lib/config.ts";
import { listFiles, requireDist, sitemapUrls } from "./lib/dist.ts";
import {
  extractCssUrls,
  extractHtmlUrls,
  extractJsonUrls,
  extractXmlUrls,
  type FoundUrl,
} from "./lib/extract.ts";

const config = loadConfig();

test("every internal URL in dist/ resolves under the base path", () => {
  const dist = requireDist(config);
  const files = listFiles(dist);
  const siteOrigin = sitemapUrls(dist, config)[0]?.origin ?? "";
  const idCache = new Map<string, Set<string>>();
  const ctx: LinkContext = {
    siteOrigin,
    base: config.basePath,
    lookup: listLookup(files),
    idsOf: (file) => {
      let ids = idCache.get(file);
      if (!ids) {
        ids = htmlIds(readFileSync(join(dist, file), "utf8"));
        idCache.set(file, ids);
      }
      return ids;
    },
  };
  const failures: string[] = [];
  let checked = 0;
  for (const file of files) {
    const found = urlsIn(file, () => readFileSync(join(dist, file)));
    if (!found) continue;
    const from = servedUrl(file, siteOrigin, config.basePath);
    for (const hit of found) {
      checked++;
      let problem = checkUrl(hit.value, from, ctx);
      // 404.html is served at any depth, so a relative URL in it points somewhere different
      // on every missing path.
      if (!problem && file === "404.html" && isRelative(hit.value)) {
        problem = "relative URL in 404.html (it is served at every missing path)";
      }
      if (problem)
        failures.push(
          `${file}:${hit.line}${hit.column ? `:${hit.column}` : ""}: ${hit.where} ${hit.value}: ${problem}`,
        );
    }
  }
  console.log(`links: ${checked} URLs in ${files.length} files checked, ${failures.length} broken`);
  expect(checked, "the crawl found no URLs at all").toBeGreaterThan(0);
  expect(failures, report(failures)).toEqual([]);
});

test("every page names its icon under the base path, so no browser asks for /favicon.ico", () => {
  const dist = requireDist(config);
  const icon = new RegExp(`<link[^>]*\\brel="[^"]*\\bicon\\b[^>]*href="${config.basePath}`);
  const iconFirst = new RegExp(
    `<link[^>]*href="${config.basePath}[^"]*"[^>]*\\brel="[^"]*\\bicon\\b`,
  );
  const missing = listFiles(dist)
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"))
    .filter((f) => {
      const html = readFileSync(join(dist, f), "utf8");
      return !icon.test(html) && !iconFirst.test(html);
    });
  expect(missing, `pages without <link rel="icon" href="${config.basePath}…">`).toEqual([]);
});

/** URLs in a dist/ file by its type; `undefined` for files that hold none we check. */
function urlsIn(file: string, read: () => Buffer): FoundUrl[] | undefined {
  const text = () => read().toString("utf8");
  // Pagefind's own bundle is generated and opaque.
  if (file.startsWith("pagefind/")) return undefined;
  if (file.endsWith(".html")) return extractHtmlUrls(text());
  if (file.endsWith(".xml")) return extractXmlUrls(text());
  if (file.endsWith(".css")) return extractCssUrls(text());
  if (file.endsWith(".json") || file.endsWith(".webmanifest")) {
    return extractJsonUrls(JSON.parse(text()));
  }
  // The corpus as data (papers.json.gz): every paper's `url` is checked like a link.
  if (file.endsWith(".json.gz")) {
    return extractJsonUrls(JSON.parse(gunzipSync(read()).toString("utf8")));
  }
  return undefined;
}

function isRelative(value: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value.trim());
}

function report(failures: readonly string[]): string {
  const shown = failures.slice(0, 200).join("\n");
  const more = failures.length > 200 ? `\n… and ${failures.length - 200} more` : "";
  return `${failures.length} broken internal URL(s):\n${shown}${more}`;
}
