import type { PartialDate } from "./types.ts";

/**
 * Which year a digest's year-less dates ("Feb 12", the header's "Apr 17") belong to. The listing
 * leaves the year out only for the current year, so the answer is the listing's year. In order of
 * trust: `--year`; a year in the header; a date in the file name (`2025-03-03`, `20250303`,
 * `2025_03_03`); else a guess, reported once per digest. A guess puts the listing on or before the
 * build date and is consistent with the digest's explicit dates: each shows a year other than the
 * current one, and the listing cannot precede a date it shows by more than a few days (papers are
 * often listed a day or a few before their arXiv date). Of the years that fit, the earliest when
 * the digest shows explicit dates (a listing features recent papers, so the year right after
 * them), else the latest.
 */

/** A full calendar date. */
export interface FullDate {
  year: number;
  month: number;
  day: number;
}

/** How far a paper's date may lie after the listing day that features it. */
export const LISTED_EARLY_DAYS = 7;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a full date. */
export function dayNumber(d: FullDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

/** True when the date exists (no 30 Feb, 29 Feb only in leap years). */
export function isCalendarDate(d: FullDate): boolean {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return (
    t.getUTCFullYear() === d.year && t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day
  );
}

/** `YYYY-MM-DD`. */
export function isoDate(d: FullDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** Parses `YYYY-MM-DD` (the build date); undefined when it is no calendar date. */
export function parseIsoDate(s: string): FullDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isCalendarDate(d) ? d : undefined;
}

/** A date in a file name: `2025-03-03`, `2025_03_03`, `2025.03.03` or `20250303`, digits not glued on. */
const FILE_DATE = /(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)/;

/** The listing date a digest's file name (id) carries, if any. */
export function fileNameDate(id: string): FullDate | undefined {
  const m = FILE_DATE.exec(id);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
  return isCalendarDate(d) ? d : undefined;
}

/** What is known about one digest's dates. */
export interface YearEvidence {
  /** `--year` / `DIGEST_YEAR`. */
  override?: number | undefined;
  /** The header's listing date (layout A), year usually missing. */
  listing?: PartialDate | undefined;
  /** The date in the file name. */
  fileDate?: FullDate | undefined;
  /** Publication dates that carry a year. */
  explicit: readonly FullDate[];
  /** Publication dates without a year. */
  yearLess: readonly PartialDate[];
  /** The build date: no date is ever later. */
  today: FullDate;
}

/** The year of a digest's year-less dates and where it came from. */
export type YearChoice =
  | { year: number; source: "override" | "header" | "file name" | "guess" }
  /** Nothing year-less to place, or no year fits (`reason` says why). */
  | { year: undefined; reason?: string };

/** How many years back a guess may go: the listing format is from this decade. */
const GUESS_SPAN = 30;

/** Picks the year of a digest's year-less dates; see the module comment for the rules. */
export function digestYear(e: YearEvidence): YearChoice {
  if (e.override !== undefined) return { year: e.override, source: "override" };
  if (e.listing?.year !== undefined) return { year: e.listing.year, source: "header" };
  if (e.fileDate) {
    // The header's month and day win over the file name's; take the year that puts them nearest.
    if (!e.listing) return { year: e.fileDate.year, source: "file name" };
    const listing = e.listing;
    const near = [e.fileDate.year - 1, e.fileDate.year, e.fileDate.year + 1].sort(
      (a, b) =>
        Math.abs(dayNumber({ ...listing, year: a }) - dayNumber(e.fileDate as FullDate)) -
        Math.abs(dayNumber({ ...listing, year: b }) - dayNumber(e.fileDate as FullDate)),
    );
    return { year: near[0] as number, source: "file name" };
  }
  // The listing day, or for a header without one the latest year-less date as its stand-in.
  const anchor = e.listing ?? [...e.yearLess].sort((a, b) => b.month - a.month || b.day - a.day)[0];
  if (!anchor) return { year: undefined };
  const today = dayNumber(e.today);
  const fitting: number[] = [];
  for (let y = e.today.year; y > e.today.year - GUESS_SPAN; y--) {
    const at = { ...anchor, year: y };
    if (!isCalendarDate(at) || dayNumber(at) > today) continue;
    const fits = e.explicit.every(
      (d) => d.year !== y && dayNumber(at) >= dayNumber(d) - LISTED_EARLY_DAYS,
    );
    if (fits) fitting.push(y);
  }
  const year = e.explicit.length ? fitting[fitting.length - 1] : fitting[0];
  if (year !== undefined) return { year, source: "guess" };
  return {
    year: undefined,
    reason: "no year puts this listing on or before the build date and after the dates it shows",
  };
}
