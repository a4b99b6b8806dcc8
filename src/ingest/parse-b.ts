import { IngestError } from "./errors.ts";
import { looksLikeAbstract } from "./layout.ts";
import type { RawEntry } from "./types.ts";

/** A line of text with its 1-based line number in the file. */
export interface NumberedLine {
  text: string;
  no: number;
}

/** Collapses runs of spaces and trims: titles and abstracts are one-line fields. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Pairs alternating title and abstract lines (layout B, and layout A without bylines).
 * A missing abstract shifts the pairing, which shows as a paragraph-long line in a title slot;
 * the entry before it is then the truncated one.
 * @throws IngestError at the title that has no abstract.
 */
export function pairTitlesAndAbstracts(
  items: readonly NumberedLine[],
  file: string,
  digest: string,
): RawEntry[] {
  const entries: RawEntry[] = [];
  for (let i = 0; i < items.length; i += 2) {
    const title = items[i] as NumberedLine;
    const abstract = items[i + 1];
    if (looksLikeAbstract(title.text)) {
      const prev = items[i - 2];
      if (prev) {
        throw new IngestError(
          file,
          prev.no,
          `truncated entry: title "${squash(prev.text)}" has no abstract (line ${title.no} reads like an abstract, so a line is missing)`,
        );
      }
      throw new IngestError(file, title.no, "expected a title, found an abstract-like paragraph");
    }
    if (!abstract) {
      throw new IngestError(
        file,
        title.no,
        `truncated entry: title "${squash(title.text)}" has no abstract`,
      );
    }
    entries.push({
      digest,
      file,
      line: title.no,
      title: squash(title.text),
      abstract: squash(abstract.text),
    });
  }
  return entries;
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
): RawEntry[] {
  const items: NumberedLine[] = [{ text: firstTitle, no: bodyStart + 1 }];
  for (let i = bodyStart + 1; i < lines.length; i++) {
    const text = lines[i] ?? "";
    if (text.trim() !== "") items.push({ text, no: i + 1 });
  }
  return pairTitlesAndAbstracts(items, file, digest);
}
