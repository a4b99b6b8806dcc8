import type { APIRoute } from "astro";
import { getCorpus } from "../data/corpus.ts";
import { gzipText } from "../lib/gzip.ts";
import { absoluteUrl, routes } from "../lib/url.ts";

/**
 * The whole corpus as data for reuse: every frontmatter field plus the abstract as plain text, one
 * JSON array, published gzip-compressed (`papers.json.gz`). Uncompressed it was the largest file
 * of the site, 2.5 kB per paper (127 MB at 50,000 papers, against GitHub Pages' 1 GB limit);
 * compressed it is under a third of that (903 kB → 257 kB on the fixture site). Served as a file, not with `Content-Encoding`, so a
 * client gunzips it itself (`curl … | gunzip`, `zcat`, `pandas.read_json(…, compression="gzip")`).
 */
export const GET: APIRoute = async ({ site }) => {
  const { papers } = await getCorpus();
  const data = papers.map(({ entry: _entry, ...paper }) => ({
    ...paper,
    url: absoluteUrl(routes.paper(paper.slug), site),
  }));
  return new Response(gzipText(JSON.stringify(data)), {
    headers: { "Content-Type": "application/gzip" },
  });
};
