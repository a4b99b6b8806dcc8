import type { IngestWarning } from "./errors.ts";
import type { ParsedDigest, PartialDate } from "./types.ts";
import {
  dayNumber,
  digestYear,
  type FullDate,
  fileNameDate,
  isCalendarDate,
  isoDate,
  LISTED_EARLY_DAYS,
} from "./years.ts";

/** One digest's dates, resolved: its listing date and each entry's publication date. */
export interface DigestDates {
  /** YYYY-MM-DD listing date (header, else file name), when known. */
  listed?: string;
  /** Per entry, in entry order: YYYY-MM-DD publication date, or undefined. */
  published: (string | undefined)[];
  warnings: IngestWarning[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const shown = (d: PartialDate) => `${MONTHS[d.month - 1]} ${d.day}`;

/**
 * Resolves a digest's dates against the build date (see src/ingest/years.ts for the year rules).
 * A date later than the build date is left out with a warning, never written.
 */
export function resolveDigestDates(
  d: ParsedDigest,
  today: FullDate,
  override: number | undefined,
): DigestDates {
  const warnings: IngestWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file: d.file, line, message });
  const headerLine = d.listedLine ?? 1;
  const fileDate = fileNameDate(d.id);
  const explicit = d.entries.flatMap((e) =>
    e.published?.year === undefined ? [] : [e.published as FullDate],
  );
  const yearLess = d.entries.flatMap((e) =>
    e.published && e.published.year === undefined ? [e.published] : [],
  );
  const choice = digestYear({ override, listing: d.listed, fileDate, explicit, yearLess, today });
  const year = choice.year;
  if (choice.year !== undefined && choice.source === "guess") {
    const example = isoDate({ ...(d.listed ?? { month: 1, day: 1 }), year: choice.year });
    warn(
      headerLine,
      `year not given: year-less dates read as ${choice.year} (${explicit.length ? "the first year after the dates it shows" : "the latest year not after the build date"}); name the file by its listing date (${d.listed ? example : "YYYY-MM-DD"}.txt) or pass --year`,
    );
  } else if (choice.year === undefined && choice.reason)
    warn(headerLine, `year-less dates left out: ${choice.reason}; pass --year`);

  const todayN = dayNumber(today);
  let listed: string | undefined;
  if (d.listed && year !== undefined) {
    const at = { ...d.listed, year };
    if (!isCalendarDate(at))
      warn(headerLine, `listing date ${shown(d.listed)} does not exist in ${year}`);
    else if (dayNumber(at) > todayN)
      warn(headerLine, `listing date ${isoDate(at)} is after the build date; left out`);
    else listed = isoDate(at);
    if (listed && fileDate && isoDate(fileDate) !== listed)
      warn(
        headerLine,
        `the header's listing date ${listed} differs from the file name's ${isoDate(fileDate)}; using the header's`,
      );
  } else if (!d.listed && fileDate) {
    if (dayNumber(fileDate) > todayN)
      warn(1, `file name date ${isoDate(fileDate)} is after the build date; left out`);
    else listed = isoDate(fileDate);
  }

  const published = d.entries.map((e) => {
    const p = e.published;
    if (!p) return undefined;
    const y = p.year ?? year;
    if (y === undefined) return undefined; // reported once above, or nothing to guess from
    const at = { month: p.month, day: p.day, year: y };
    if (!isCalendarDate(at)) {
      warn(e.line, `${shown(p)} does not exist in ${y}; date dropped`);
      return undefined;
    }
    const n = dayNumber(at);
    if (n > todayN) {
      warn(e.line, `publication date ${isoDate(at)} is after the build date; date dropped`);
      return undefined;
    }
    if (listed && p.year === undefined) {
      const after = n - dayNumber(fromIso(listed));
      if (after > LISTED_EARLY_DAYS)
        warn(
          e.line,
          `publication date ${isoDate(at)} is ${after} days after the listing date ${listed}; check the year`,
        );
    }
    return isoDate(at);
  });
  return listed === undefined ? { published, warnings } : { listed, published, warnings };
}

function fromIso(s: string): FullDate {
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) };
}
