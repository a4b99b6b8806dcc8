import type { APIRoute } from "astro";
import { getCorpus } from "../../data/corpus.ts";
import { buildVocabulary } from "../../lib/search/vocabulary.ts";

/**
 * `/search/vocabulary.json`: the words of every title and byline with their paper counts, for
 * "did you mean" on the search page. Fetched only when a query finds nothing.
 */
export const GET: APIRoute = async () => {
  const { papers } = await getCorpus();
  const vocabulary = buildVocabulary(papers.map((p) => `${p.title} ${p.organization ?? ""}`));
  return new Response(JSON.stringify(vocabulary), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
