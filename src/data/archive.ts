/**
 * Browse by date: papers grouped by year, month and ISO week of their `paperDate()` (publication
 * date, else the day they were first listed). Pure, so the calendar rules are unit-tested.
 */
import { type Dated, paperDate } from "../lib/paper-date.ts";
import { PAGE_SIZE, type Page, pages } from "./paginate.ts";

/** The granularities of the archive, coarsest first. */
export type PeriodKind = "year" | "month" | "week";

/** One period of the archive: its kind, key and where its page lives. */
export interface Period {
  kind: PeriodKind;
  /** `2025`, `2025-03` or `2025-W12` (ISO week-numbering year for weeks). */
  key: string;
  /** Calendar year (ISO week-numbering year for a week): the first URL segment. */
  year: string;
  /** Second URL segment: `03` for a month, `w12` for a week; absent for a year. */
  segment?: string;
  /** First and last day of the period (YYYY-MM-DD, inclusive). */
  start: string;
  end: string;
}

/** What the archive needs of a paper. */
export interface ArchivePaper extends Dated {
  slug: string;
  title: string;
  upvotes?: number | undefined;
}

/** A period with its papers, newest first. */
export interface ArchiveGroup<P> {
  period: Period;
  papers: P[];
}

const DAY_MS = 86_400_000;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The ISO 8601 week of a day: weeks start on Monday and week 1 holds the year's first Thursday,
 * so 29 December 2025 is in 2026-W01 and 1 January 2021 in 2020-W53.
 */
export function isoWeek(iso: string): { year: number; week: number } {
  const date = toDate(iso);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The Thursday of the same week decides the week-numbering year.
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday =
    Date.UTC(year, 0, 1) + ((4 - new Date(Date.UTC(year, 0, 1)).getUTCDay() + 7) % 7) * DAY_MS;
  return { year, week: 1 + Math.round((thursday.getTime() - firstThursday) / (7 * DAY_MS)) };
}

/** The Monday of ISO week `week` of `year`, YYYY-MM-DD. */
export function isoWeekStart(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return toIso(new Date(jan4 - weekday * DAY_MS + (week - 1) * 7 * DAY_MS));
}

/** The year, month and week a day falls in. */
export function periodsOf(iso: string): Record<PeriodKind, Period> {
  const [y = "", m = ""] = iso.split("-");
  const lastDay = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  const { year, week } = isoWeek(iso);
  const monday = isoWeekStart(year, week);
  return {
    year: { kind: "year", key: y, year: y, start: `${y}-01-01`, end: `${y}-12-31` },
    month: {
      kind: "month",
      key: `${y}-${m}`,
      year: y,
      segment: m,
      start: `${y}-${m}-01`,
      end: `${y}-${m}-${pad(lastDay)}`,
    },
    week: {
      kind: "week",
      key: `${year}-W${pad(week)}`,
      year: String(year),
      segment: `w${pad(week)}`,
      start: monday,
      end: toIso(new Date(toDate(monday).getTime() + 6 * DAY_MS)),
    },
  };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Newest `paperDate()` first; ties by title, then slug, so the order never depends on input. */
export function byPaperDate(a: ArchivePaper, b: ArchivePaper): number {
  const da = paperDate(a)?.date ?? "";
  const db = paperDate(b)?.date ?? "";
  if (da !== db) return da < db ? 1 : -1;
  return collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The archive of one granularity: every period that has papers, newest period first. */
export type Archive<P> = Record<PeriodKind, ArchiveGroup<P>[]>;

/**
 * Groups papers by the year, month and ISO week of their `paperDate()`; papers without a date are
 * in no period. Each group's papers are newest first; groups are newest first.
 */
export function buildArchive<P extends ArchivePaper>(papers: readonly P[]): Archive<P> {
  const groups: Record<PeriodKind, Map<string, ArchiveGroup<P>>> = {
    year: new Map(),
    month: new Map(),
    week: new Map(),
  };
  for (const paper of [...papers].sort(byPaperDate)) {
    const date = paperDate(paper)?.date;
    if (!date) continue;
    const periods = periodsOf(date);
    for (const kind of ["year", "month", "week"] as const) {
      const period = periods[kind];
      let group = groups[kind].get(period.key);
      if (!group) {
        group = { period, papers: [] };
        groups[kind].set(period.key, group);
      }
      group.papers.push(paper);
    }
  }
  const newestFirst = (m: Map<string, ArchiveGroup<P>>) =>
    [...m.values()].sort((a, b) => (a.period.key < b.period.key ? 1 : -1));
  return {
    year: newestFirst(groups.year),
    month: newestFirst(groups.month),
    week: newestFirst(groups.week),
  };
}

/** How many of a period's most upvoted papers lead its page. */
export const TOP_COUNT = 10;

/**
 * How many of a month's most upvoted papers its page shows. A month page lists no more than that
 * and its weeks: every paper is on its week's page, and a month-long list by date would repeat
 * all of them (~0.7 kB of dist per paper at 50,000 papers, issue 15).
 */
export const MONTH_TOP = 20;

/**
 * The weeks that hold papers of a month, newest first: a week across two months is in both.
 * `weeks` is the archive's newest-first list of weeks.
 */
export function weeksOfMonth<P extends ArchivePaper, G extends ArchiveGroup<P>>(
  month: ArchiveGroup<P>,
  weeks: readonly G[],
): G[] {
  const keys = new Set<string>();
  for (const paper of month.papers) {
    const date = paperDate(paper)?.date;
    if (date) keys.add(periodsOf(date).week.key);
  }
  return weeks.filter((w) => keys.has(w.period.key));
}

/**
 * A period's papers as its page shows them: the `count` most upvoted first (papers without an
 * upvote count are not ranked), then every other paper, newest first. Each paper appears once.
 */
export function topThenRest<P extends ArchivePaper>(
  papers: readonly P[],
  count = TOP_COUNT,
): { top: P[]; rest: P[] } {
  const top = papers
    .filter((p) => p.upvotes !== undefined)
    .sort((a, b) => (b.upvotes ?? 0) - (a.upvotes ?? 0) || byPaperDate(a, b))
    .slice(0, count);
  const chosen = new Set(top);
  return { top, rest: papers.filter((p) => !chosen.has(p)).sort(byPaperDate) };
}

/** The periods before (older) and after (newer) a group in its newest-first list. */
export function neighbours<G>(groups: readonly G[], index: number): { older?: G; newer?: G } {
  const older = groups[index + 1];
  const newer = groups[index - 1];
  return { ...(older !== undefined && { older }), ...(newer !== undefined && { newer }) };
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const DAY_YEAR = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A reader's name for a period: `2025`, `March 2025`, `Week 12, 2025`. */
export function periodName(period: Period): string {
  if (period.kind === "year") return period.year;
  if (period.kind === "month") return MONTH.format(toDate(period.start));
  return `Week ${Number(period.segment?.slice(1))}, ${period.year}`;
}

/** The days a period spans, for a subtitle: `17–23 Mar 2025`, `29 Dec 2025 – 4 Jan 2026`. */
export function periodSpan(period: Period): string {
  const start = toDate(period.start);
  const end = toDate(period.end);
  if (period.start.slice(0, 4) !== period.end.slice(0, 4))
    return `${DAY_YEAR.format(start)} – ${DAY_YEAR.format(end)}`;
  if (period.start.slice(0, 7) === period.end.slice(0, 7))
    return `${start.getUTCDate()}–${DAY_YEAR.format(end)}`;
  return `${DAY.format(start)} – ${DAY_YEAR.format(end)}`;
}

/**
 * Site path (without base) of a period's page `page` or of its feed: `archive/2025/`,
 * `archive/2025/03/2/`, `archive/2025/w12/rss.xml`. Pass the result through `url()`.
 */
export function periodPath(period: Period, page: number | "rss" = 1): string {
  const dir = `archive/${period.year}/${period.segment ? `${period.segment}/` : ""}`;
  if (page === "rss") return `${dir}rss.xml`;
  return page > 1 ? `${dir}${page}/` : dir;
}

const memo = new WeakMap<readonly ArchivePaper[], Archive<ArchivePaper>>();

/**
 * `buildArchive`, computed once per paper list: every archive page of a build asks for the same
 * corpus, and grouping 50,000 papers per page would be a pass over the corpus each time.
 */
export function archiveOf<P extends ArchivePaper>(papers: readonly P[]): Archive<P> {
  let archive = memo.get(papers);
  if (!archive) {
    archive = buildArchive(papers);
    memo.set(papers, archive);
  }
  return archive as Archive<P>;
}

/** A period's page of its list: page 1 leads with the most upvoted, every page continues the rest. */
export interface PeriodPage<P> {
  group: ArchiveGroup<P>;
  /** Most upvoted papers of the period (page 1 only). */
  top: P[];
  /**
   * The period has a most-upvoted list (some paper has an upvote count): its other papers then
   * show as brief rows on every page, the most upvoted in full. A period without upvotes (digests
   * that carry none) lists every paper in full rows.
   */
  ranked: boolean;
  /** This page's share of the other papers, newest first. */
  page: Page<P>;
}

/** Every page of every period of one kind, e.g. for `getStaticPaths`. */
export function periodPages<P extends ArchivePaper>(
  groups: readonly ArchiveGroup<P>[],
  size = PAGE_SIZE,
  topCount = TOP_COUNT,
): PeriodPage<P>[] {
  return groups.flatMap((group) => {
    const { top, rest } = topThenRest(group.papers, topCount);
    const ranked = top.length > 0;
    return pages(rest, size).map((page) => ({
      group,
      top: page.current === 1 ? top : [],
      ranked,
      page,
    }));
  });
}

/**
 * A month's one page: its `MONTH_TOP` most upvoted papers and no list of the rest, which is on
 * its weeks' pages (`weeksOfMonth`).
 */
export function monthPages<P extends ArchivePaper>(
  groups: readonly ArchiveGroup<P>[],
  topCount = MONTH_TOP,
): PeriodPage<P>[] {
  return groups.map((group) => {
    const { top } = topThenRest(group.papers, topCount);
    const page = { items: [], current: 1, last: 1, total: group.papers.length, shown: 0, start: 1 };
    return { group, top, ranked: top.length > 0, page };
  });
}
