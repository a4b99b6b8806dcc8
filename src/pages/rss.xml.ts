import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getCorpus } from "../data/corpus.ts";
import { SITE } from "../lib/site.ts";
import { absoluteUrl, routes } from "../lib/url.ts";

/** How many papers the feed carries: enough for any reader's gap, small enough at 10,000 papers. */
const FEED_SIZE = 100;

/** Papers newest first (the ones without a date after); @astrojs/rss escapes every field. */
export const GET: APIRoute = async ({ site }) => {
  const { papers } = await getCorpus();
  return rss({
    title: `${SITE.name}: newest papers`,
    description: SITE.description,
    site: absoluteUrl(routes.home(), site),
    trailingSlash: true,
    items: papers.slice(0, FEED_SIZE).map((paper) => ({
      title: paper.title,
      link: absoluteUrl(routes.paper(paper.slug), site),
      description: paper.abstract,
      ...(paper.published && { pubDate: new Date(`${paper.published}T00:00:00Z`) }),
      categories: paper.topics,
    })),
  });
};
