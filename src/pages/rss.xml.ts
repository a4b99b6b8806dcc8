import type { APIRoute } from "astro";
import { getCorpus } from "../data/corpus.ts";
import { paperFeed } from "../lib/feed.ts";
import { SITE } from "../lib/site.ts";

/** Papers newest first (the ones without a date after). */
export const GET: APIRoute = async ({ site }) => {
  const { papers } = await getCorpus();
  return paperFeed({
    title: `${SITE.name}: newest papers`,
    description: SITE.description,
    papers,
    site,
  });
};
