import { SORTS, type SortKey } from "./sort.ts";

/** Papers per page on paginated lists. */
export const PAGE_SIZE = 30;

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

/** Papers per page on a topic page: a topic reads as one list, so pages are longer. */
export const TOPIC_PAGE_SIZE = 50;

/** One page of a list in one order. */
export interface SortedPage<T> {
  sort: SortKey;
  page: Page<T>;
}

/** Every page of a list in every order (sort-switcher order), e.g. for `getStaticPaths`. */
export function sortedPages<T>(
  lists: Record<SortKey, readonly T[]>,
  size = PAGE_SIZE,
): SortedPage<T>[] {
  return SORTS.flatMap(({ key }) => pages(lists[key], size).map((page) => ({ sort: key, page })));
}
