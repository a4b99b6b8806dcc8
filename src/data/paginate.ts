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
  /** 1-based position of the first item. */
  start: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function pages<T>(list: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const last = Math.max(1, Math.ceil(list.length / size));
  return Array.from({ length: last }, (_, i) => ({
    items: list.slice(i * size, (i + 1) * size),
    current: i + 1,
    last,
    total: list.length,
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

/** Every page of a list in every order it has (sort-switcher order), e.g. for `getStaticPaths`. */
export function sortedPages<T>(
  lists: Partial<Record<SortKey, readonly T[]>>,
  size = PAGE_SIZE,
): SortedPage<T>[] {
  return SORTS.flatMap(({ key }) => {
    const list = lists[key];
    return list ? pages(list, size).map((page) => ({ sort: key, page })) : [];
  });
}
