import { compareCodeUnits } from "../lib/compare.ts";
import type { IngestWarning } from "./errors.ts";
import { extractLinks } from "./links.ts";
import { paperKey } from "./slug.ts";
import type { CleanEntry, MergedPaper } from "./types.ts";

/** Distinct defined values, sorted, so choices never depend on input order. */
function distinct<T extends string | number>(values: readonly (T | undefined)[]): T[] {
  const set = [...new Set(values.filter((v): v is T => v !== undefined))];
  return typeof set[0] === "number"
    ? set.sort((a, b) => (a as number) - (b as number))
    : set.sort((a, b) => compareCodeUnits(String(a), String(b)));
}

/**
 * Merges every copy of one paper. Keeps every field any copy gave; when copies disagree the
 * choice is order-independent and a warning says so: the longest abstract (then the first in
 * code-point order), the highest upvote count, the highest author count, the earliest date.
 */
function mergeGroup(
  key: string,
  copies: readonly CleanEntry[],
  warn: (w: IngestWarning) => void,
): MergedPaper {
  const first = copies[0] as CleanEntry;
  const where = `${copies.map((c) => `${c.file}:${c.line}`).join(", ")}`;
  const note = (message: string) =>
    warn({ file: first.file, line: first.line, message: `${message} (copies at ${where})` });

  const titles = distinct(copies.map((c) => c.title));
  if (titles.length > 1)
    note(
      `title written differently: ${titles.map((t) => JSON.stringify(t)).join(" / ")}; using the first`,
    );
  const abstracts = distinct(copies.map((c) => c.abstract)).sort(
    (a, b) => b.length - a.length || compareCodeUnits(a, b),
  );
  if (abstracts.length > 1)
    note(`"${first.title}": copies have different abstracts; keeping the longest`);
  const abstract = abstracts[0] as string;

  const authors = distinct(copies.map((c) => c.authors));
  if (authors.length > 1)
    note(`"${first.title}": author counts differ (${authors.join(", ")}); keeping the highest`);
  const orgs = distinct(copies.map((c) => c.organization));
  if (orgs.length > 1)
    note(`"${first.title}": organisations differ (${orgs.join(", ")}); keeping the first`);
  const dates = distinct(copies.map((c) => c.published));
  if (dates.length > 1)
    note(`"${first.title}": publication dates differ (${dates.join(", ")}); keeping the earliest`);
  const upvotes = distinct(copies.map((c) => c.upvotes));

  const paper: MergedPaper = {
    key,
    title: titles[0] as string,
    abstract,
    digests: distinct(copies.map((c) => c.digest)),
    links: extractLinks(abstract),
    file: first.file,
    line: first.line,
  };
  if (dates[0] !== undefined) paper.published = dates[0];
  if (upvotes.length) paper.upvotes = upvotes[upvotes.length - 1] as number;
  if (authors.length) paper.authors = authors[authors.length - 1] as number;
  if (orgs[0] !== undefined) paper.organization = orgs[0];
  return paper;
}

/**
 * Groups entries by paper key (see `paperKey`) and merges each group. Output is sorted by key.
 * @param entries Every entry of every digest, digests in sorted id order.
 */
export function mergeEntries(entries: readonly CleanEntry[]): {
  papers: MergedPaper[];
  warnings: IngestWarning[];
} {
  const groups = new Map<string, CleanEntry[]>();
  for (const e of entries) {
    const key = paperKey(e.title);
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
  const warnings: IngestWarning[] = [];
  const papers = [...groups.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([key, copies]) => mergeGroup(key, copies, (w) => warnings.push(w)));
  return { papers, warnings };
}
