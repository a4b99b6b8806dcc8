import { SORTS, type SortKey } from "./sort.ts";

/**
 * Papers per page on paginated lists. Rows are compact (title, one meta line, chips: ~0.6 kB), so
 * 50 make a light page, and fewer pages means less repeated page chrome (head, header, footer:
 * ~4.5 kB a page) in dist and fewer pages to render (issue 7).
 */
export const PAGE_SIZE = 50;

/** One page of a list: its items and where it sits. Pure, so it is unit-tested. */
export interface Page<T> {
  items: T[];
  current: number;
  last: number;
  total: number;
  /** How many of `total` the pages hold: less when the list is capped (see `MAX_LIST_PAGES`). */
  shown: number;
  /** 1-based position of the first item. */
  start: number;
}

/**
 * Pages a list that is not the only home of its papers may have: 10 pages of 50, the 500 newest
 * or most upvoted. "All papers, newest" is also the archive's weeks, a split topic is also its
 * subtopics, and a ranked list is read from the top; paging such a list to its end would repeat
 * every row of a 50,000-paper shelf once more (~0.7 kB of dist per paper and list, against
 * GitHub Pages' 1 GB limit, issue 15). Lists that are a paper's only home (a digest, an archive
 * week, a subtopic, a topic without subtopics) are never capped.
 */
export const MAX_LIST_PAGES = 10;

/**
 * Splits a list into pages of `size`, at most `maxPages` of them; an empty list still has one
 * (empty) page.
 */
export function pages<T>(list: readonly T[], size = PAGE_SIZE, maxPages = Infinity): Page<T>[] {
  const last = Math.max(1, Math.min(maxPages, Math.ceil(list.length / size)));
  return Array.from({ length: last }, (_, i) => ({
    items: list.slice(i * size, (i + 1) * size),
    current: i + 1,
    last,
    total: list.length,
    shown: Math.min(list.length, last * size),
    start: i * size + 1,
  }));
}

/** Papers per page on a topic page (the issue asks for pages past 50); the same as other lists. */
export const TOPIC_PAGE_SIZE = PAGE_SIZE;

/** One page of a list in one order. */
export interface SortedPage<T> {
  sort: SortKey;
  page: Page<T>;
}

/**
 * Every page of a list in every order it has (sort-switcher order), e.g. for `getStaticPaths`;
 * each order is capped at `maxPages[order]` pages.
 */
export function sortedPages<T>(
  lists: Partial<Record<SortKey, readonly T[]>>,
  size = PAGE_SIZE,
  maxPages: Partial<Record<SortKey, number>> = {},
): SortedPage<T>[] {
  return SORTS.flatMap(({ key }) => {
    const list = lists[key];
    return list ? pages(list, size, maxPages[key]).map((page) => ({ sort: key, page })) : [];
  });
}

/** The all-papers list in either order: the archive's weeks and the digests hold every paper. */
export const PAPER_LIST_CAPS: Record<SortKey, number> = {
  newest: MAX_LIST_PAGES,
  upvotes: MAX_LIST_PAGES,
};

/**
 * A topic's orders: "Most upvoted" is a ranking, read from the top; "Newest" is the only list of
 * an unsplit topic's papers, so it is capped only when the topic's subtopics list them all.
 */
export function topicPageCaps(split: boolean): Record<SortKey, number> {
  return { newest: split ? MAX_LIST_PAGES : Number.POSITIVE_INFINITY, upvotes: MAX_LIST_PAGES };
}

/** What a capped list holds, for the sentences that say so ("the 500 newest"); undefined when whole. */
export function cappedShare(page: Page<unknown>, sort: SortKey): string | undefined {
  if (page.shown >= page.total) return undefined;
  const order = (SORTS.find((s) => s.key === sort)?.label ?? sort).toLowerCase();
  return `the ${page.shown.toLocaleString("en-GB")} ${order}`;
}
