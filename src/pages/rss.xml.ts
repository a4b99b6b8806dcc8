import type { APIRoute } from "astro";
import { getCorpus } from "../data/corpus.ts";
import { paperFeed } from "../lib/feed.ts";
import { SITE } from "../lib/site.ts";
import { routes } from "../lib/url.ts";

/** Papers newest first by `paperDate()` (the ones without any date after). */
export const GET: APIRoute = async ({ site }) => {
  const { papers } = await getCorpus();
  return paperFeed({
    title: `${SITE.name}: newest papers`,
    description: SITE.description,
    papers,
    site,
    self: routes.rss(),
  });
};
