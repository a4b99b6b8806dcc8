/** Display formatting shared by pages. Pure and locale-fixed, so builds are reproducible. */

import { memoized } from "./memo.ts";

const LONG = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const SHORT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** `2025-02-23` → `23 February 2025`. */
export function formatDate(iso: string): string {
  return LONG.format(new Date(`${iso}T00:00:00Z`));
}

/** `2025-02-23` → `23 Feb 2025`; one Intl call per distinct day, as every list row formats one. */
export const formatShortDate: (iso: string) => string = memoized(
  (iso) => SHORT.format(new Date(`${iso}T00:00:00Z`)),
  100_000,
);

/** `1` → `1 paper`, `3` → `3 papers`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

/** The byline as a reader sees it: an organisation, an author count, or nothing. */
export function byline(paper: {
  authors?: number | undefined;
  organization?: string | undefined;
}): string | undefined {
  if (paper.organization) return paper.organization;
  if (paper.authors) return plural(paper.authors, "author");
  return undefined;
}
