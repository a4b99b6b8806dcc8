import rss from "@astrojs/rss";
import type { Paper } from "../data/corpus.ts";
import { paperDate } from "./paper-date.ts";
import { escapeHtml } from "./text.ts";
import { absoluteUrl, routes } from "./url.ts";

/** How many papers a feed carries: enough for any reader's gap, small enough at 10,000 papers. */
export const FEED_SIZE = 100;

/** What a feed item needs of a paper. */
export type FeedPaper = Pick<
  Paper,
  "slug" | "title" | "abstract" | "topics" | "published" | "listed"
>;

export interface Feed {
  title: string;
  description: string;
  /** Papers newest first; the first {@link FEED_SIZE} become items. */
  papers: readonly FeedPaper[];
  /** The build's `site` (from the endpoint context), for absolute links. */
  site: URL | undefined;
  /** Site path of the feed itself (e.g. `routes.rss()`), for `atom:link rel="self"`. */
  self: string;
  /** Site path of the page the feed belongs to (the channel's `<link>`); the home page by default. */
  page?: string;
  /** The moment of the build; dates after it are clamped to it. Injected for tests. */
  now?: Date;
}

const ATOM = "http://www.w3.org/2005/Atom";

/**
 * An RSS response for a list of papers, shared by every feed so all of them link, date and escape
 * the same way.
 *
 * `<description>` is HTML in every feed reader (RSS 2.0 says so, and readers render it), so the
 * abstract is escaped as HTML first and @astrojs/rss then escapes it as XML: a reader decodes the
 * XML, renders the HTML and shows exactly the abstract's words, `<img onerror>` and `a < b`
 * included, as text. Escaped once only, the same text became markup (issue 16).
 *
 * Items are dated by `paperDate()` (the listed date when the digests gave no publication date),
 * never later than the build; `lastBuildDate` is the newest item's date, so that two builds of
 * the same digests write the same bytes (the incremental-build check compares them).
 */
export function paperFeed(feed: Feed): Promise<Response> {
  const now = feed.now ?? new Date();
  const items = feed.papers.slice(0, FEED_SIZE).map((paper) => {
    const dated = paperDate(paper);
    const pubDate = dated && clamp(new Date(`${dated.date}T00:00:00Z`), now);
    return {
      title: paper.title,
      link: absoluteUrl(routes.paper(paper.slug), feed.site),
      description: escapeHtml(paper.abstract),
      ...(pubDate && { pubDate }),
      categories: paper.topics,
    };
  });
  const newest = items.reduce<Date | undefined>(
    (max, item) => (item.pubDate && (!max || item.pubDate > max) ? item.pubDate : max),
    undefined,
  );
  const self = absoluteUrl(feed.self, feed.site);
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.page ?? routes.home(), feed.site),
    trailingSlash: true,
    xmlns: { atom: ATOM },
    customData:
      `<atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>` +
      (newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : ""),
    items,
  });
}

const clamp = (date: Date, now: Date) => (date > now ? now : date);
