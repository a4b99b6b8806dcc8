/**
 * The one date a paper is shown, sorted and fed by: its publication date when a digest gave one,
 * else the date it was first listed (the earliest dated digest it appeared in). Most digests give
 * no publication date, so without the fallback "Newest" would be an A–Z list after page one.
 */
export interface Dated {
  published?: string | undefined;
  listed?: string | undefined;
}

/** Which date `paperDate` chose, so pages can say "listed" rather than pass it off as published. */
export type PaperDateKind = "published" | "listed";

/** The paper's date (YYYY-MM-DD) and its kind, or undefined when neither is known. */
export function paperDate(paper: Dated): { date: string; kind: PaperDateKind } | undefined {
  if (paper.published) return { date: paper.published, kind: "published" };
  if (paper.listed) return { date: paper.listed, kind: "listed" };
  return undefined;
}
