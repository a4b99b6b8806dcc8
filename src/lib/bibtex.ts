import { paperDate } from "./paper-date.ts";
import { toTex } from "./tex.ts";

/** What a citation can say about a paper: only what the digests told us. */
export interface CitationInput {
  slug: string;
  title: string;
  /** Absolute URL of the paper's page. */
  url: string;
  published?: string | undefined;
  listed?: string | undefined;
  organization?: string | undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The comment written above an entry that holds characters with no pdflatex form. */
export const UNICODE_NOTE =
  "% Holds characters with no TeX form: use biblatex + biber under xelatex or lualatex.";

/**
 * A BibTeX `@misc` entry with what is known, compiling under bibtex + plain.bst and under biber:
 *
 * - Authors are unknown (digests give a count at most). An organisation byline is a corporate
 *   author in double braces, so no style splits "MediaTek Research" into given and family names.
 * - `year` and `month` come from the publication date, else the listed date (`paperDate`).
 * - The page address is the `url` field (biblatex prints it; plain.bst ignores it without error);
 *   `\url{}` in `howpublished` needed the url package in every document that cites the entry.
 * - `key` is the sort key plain.bst needs when there is no author ("to sort, need author or key").
 * - Text goes through `toTex`: `<` is `\textless{}` (OT1 fonts print `<` as `¡`), `μ` is `$\mu$`.
 *   Characters with no TeX form stay as UTF-8 and the entry is marked with {@link UNICODE_NOTE}.
 */
export function toBibtex(paper: CitationInput): string {
  const title = toTex(paper.title);
  const author = paper.organization ? toTex(paper.organization) : undefined;
  // Double braces keep the title's and organisation's capitalisation as written.
  const fields: [string, string][] = [];
  if (author) fields.push(["author", `{{${author.tex}}}`]);
  fields.push(["title", `{{${title.tex}}}`]);
  const dated = paperDate(paper);
  if (dated) {
    const [year, month] = dated.date.split("-");
    fields.push(["year", `{${year}}`]);
    const name = MONTHS[Number(month) - 1];
    if (name) fields.push(["month", name]);
  }
  fields.push(["howpublished", "{Papershelf}"]);
  fields.push(["url", `{${paper.url}}`]);
  fields.push(["key", `{${sortKey(paper.title)}}`]);
  const key = paper.slug.replace(/-/g, "_").slice(0, 40).replace(/_+$/, "");
  const body = fields.map(([k, v]) => `  ${k} = ${v}`);
  const entry = `@misc{${key},\n${body.join(",\n")}\n}`;
  return title.unicode || author?.unicode ? `${UNICODE_NOTE}\n${entry}` : entry;
}

/** The title folded to plain ASCII letters and digits, which sorts the same under every style. */
function sortKey(title: string): string {
  return (
    title
      .normalize("NFD")
      .replace(/[^A-Za-z0-9 ]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 60)
      .trim() || "untitled"
  );
}

/** Escapes text for a BibTeX field so it prints as written (see `toTex`). */
export function escapeBibtex(text: string): string {
  return toTex(text).tex;
}
