/** Sorting and labelling for paper lists. Pure, so it is unit-tested without Astro. */

import { compareCodeUnits } from "../lib/compare.ts";
import { paperDate } from "../lib/paper-date.ts";

/** The fields a sort looks at. */
export interface Sortable {
  slug: string;
  title: string;
  published?: string | undefined;
  /** Listing date of the paper's earliest dated digest; "Newest" falls back to it (`paperDate`). */
  listed?: string | undefined;
  upvotes?: number | undefined;
}

export type SortKey = "newest" | "upvotes";

/**
 * Every list order, in the order the sort switcher shows them. There is no A–Z order: nobody
 * pages through 50,000 titles alphabetically (search finds a title), and each order repeats the
 * whole list, ~0.7 kB of dist per paper against GitHub Pages' 1 GB limit (issue 15).
 */
export const SORTS: readonly { key: SortKey; label: string }[] = [
  { key: "newest", label: "Newest" },
  { key: "upvotes", label: "Most upvoted" },
];

/** The orders a topic page offers: the same as the all-papers list. */
export const TOPIC_SORTS: readonly { key: SortKey; label: string }[] = SORTS;

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

const byTitle = (a: Sortable, b: Sortable) =>
  collator.compare(a.title, b.title) || compareCodeUnits(a.slug, b.slug);
// Unknown dates and upvotes go last: a paper without them is not "oldest" or "least liked".
// The date is `paperDate`'s: the publication date, else the listing date.
const byDate = (a: Sortable, b: Sortable) =>
  compareCodeUnits(paperDate(b)?.date ?? "", paperDate(a)?.date ?? "") || byTitle(a, b);
const byUpvotes = (a: Sortable, b: Sortable) =>
  (b.upvotes ?? -1) - (a.upvotes ?? -1) || byDate(a, b);

const COMPARE: Record<SortKey, (a: Sortable, b: Sortable) => number> = {
  newest: byDate,
  upvotes: byUpvotes,
};

/**
 * The papers a list in order `key` shows. "Most upvoted" holds only papers with an upvote count:
 * the others have no rank to show, and listing them after the ranked ones would repeat "Newest"
 * page for page (at 50,000 papers, tens of MB of pages on a host with a 1 GB limit).
 */
export function listPapers<T extends Sortable>(papers: readonly T[], key: SortKey): T[] {
  const sorted = sortPapers(papers, key);
  return key === "upvotes" ? sorted.filter((p) => p.upvotes !== undefined) : sorted;
}

/** A new array sorted by `key`; ties are broken deterministically (title, then slug). */
export function sortPapers<T extends Sortable>(papers: readonly T[], key: SortKey): T[] {
  return [...papers].sort(COMPARE[key]);
}

/** Type guard for route params. */
export function isSortKey(value: string | undefined): value is SortKey {
  return SORTS.some((s) => s.key === value);
}
