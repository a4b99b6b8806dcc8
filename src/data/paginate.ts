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
