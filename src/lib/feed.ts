import rss from "@astrojs/rss";
import type { Paper } from "../data/corpus.ts";
import { absoluteUrl, routes } from "./url.ts";

/** How many papers a feed carries: enough for any reader's gap, small enough at 10,000 papers. */
export const FEED_SIZE = 100;

interface Feed {
  title: string;
  description: string;
  /** Papers newest first; the first {@link FEED_SIZE} become items. */
  papers: readonly Paper[];
  /** The build's `site` (from the endpoint context), for absolute links. */
  site: URL | undefined;
}

/**
 * An RSS response for a list of papers, shared by the site feed and the topic feeds so both
 * link and escape the same way: @astrojs/rss escapes every field, so digest text stays text.
 */
export function paperFeed({ title, description, papers, site }: Feed): Promise<Response> {
  return rss({
    title,
    description,
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
}
