import type { PartialDate } from "./types.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A date line as the listing prints it: `Feb 23, 2025`, `Feb 12` (current year), optionally
 * followed by an upvote count: `Jul 10, 2025 15`, `Mar 2 2`. A year is always written after a
 * comma, so a bare number after the day is an upvote count, never a year.
 */
const DATE_LINE = new RegExp(`^(${MONTHS.join("|")}) (\\d{1,2})(?:, (\\d{4}))?(?: (\\d+))?$`);

/** Listing date in the layout-A header: month and day only. */
const LISTING_DATE = new RegExp(`^(${MONTHS.join("|")}) (\\d{1,2})(?:, (\\d{4}))?$`);

/** Days in a month; February allows 29 because the year may still be unknown. */
function maxDay(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function toPartial(mon: string, day: string, year: string | undefined): PartialDate | string {
  const month = MONTHS.indexOf(mon) + 1;
  const d = Number(day);
  const y = year === undefined ? undefined : Number(year);
  if (d < 1 || d > maxDay(month, y)) return `${mon} ${day} is not a calendar date`;
  return y === undefined ? { month, day: d } : { month, day: d, year: y };
}

/** Result of reading a date line; `error` when it looks like a date but is impossible. */
export type DateLine = { date: PartialDate; upvotes?: number } | { error: string };

/** Parses a publication date line, or returns undefined when the line is no date line. */
export function parseDateLine(line: string): DateLine | undefined {
  const m = DATE_LINE.exec(line);
  if (!m) return undefined;
  const date = toPartial(m[1] as string, m[2] as string, m[3]);
  if (typeof date === "string") return { error: date };
  return m[4] === undefined ? { date } : { date, upvotes: Number(m[4]) };
}

/** Parses the listing date of a layout-A header (`Apr 17`). */
export function parseListingDate(line: string): PartialDate | { error: string } | undefined {
  const m = LISTING_DATE.exec(line);
  if (!m) return undefined;
  const date = toPartial(m[1] as string, m[2] as string, m[3]);
  return typeof date === "string" ? { error: date } : date;
}
