import type { APIRoute } from "astro";
import { getCorpus } from "../data/corpus.ts";
import { absoluteUrl, routes } from "../lib/url.ts";

/** The whole corpus as data for reuse: every frontmatter field plus the abstract as plain text. */
export const GET: APIRoute = async ({ site }) => {
  const { papers } = await getCorpus();
  const data = papers.map(({ entry: _entry, ...paper }) => ({
    ...paper,
    url: absoluteUrl(routes.paper(paper.slug), site),
  }));
  return new Response(JSON.stringify(data), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
