import type { IngestWarning } from "./errors.ts";
import { type NumberedLine, pairLines } from "./pairing.ts";
import type { RawEntry } from "./types.ts";

export type { NumberedLine } from "./pairing.ts";

/** Collapses runs of spaces and trims: titles and abstracts are one-line fields. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Title and abstract lines paired by content (see `pairLines`) as entries.
 * @throws IngestError at a title that has no abstract.
 */
export function pairTitlesAndAbstracts(
  items: readonly NumberedLine[],
  file: string,
  digest: string,
  warnings: IngestWarning[],
): RawEntry[] {
  const lines = items.map((l) => ({ text: squash(l.text), no: l.no }));
  return pairLines(lines, file, warnings).map(({ title, abstract }) => ({
    digest,
    file,
    line: title.no,
    title: title.text,
    abstract: abstract.text,
  }));
}

/**
 * Layout B: after the chrome, `Subscribe<first title>`, then one line per abstract and per title,
 * no blank lines (blank lines are tolerated), no bylines, no dates.
 * @param bodyStart 0-based index of the `Subscribe<title>` line.
 */
export function parseLayoutB(
  lines: readonly string[],
  bodyStart: number,
  firstTitle: string,
  file: string,
  digest: string,
  warnings: IngestWarning[],
): RawEntry[] {
  const items: NumberedLine[] = [{ text: firstTitle, no: bodyStart + 1 }];
  for (let i = bodyStart + 1; i < lines.length; i++) {
    const text = lines[i] ?? "";
    if (text.trim() !== "") items.push({ text, no: i + 1 });
  }
  return pairTitlesAndAbstracts(items, file, digest, warnings);
}
