/** What a citation can say about a paper: only what the digest told us. */
export interface CitationInput {
  slug: string;
  title: string;
  url: string;
  published?: string | undefined;
  organization?: string | undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * A BibTeX `@misc` entry with what is known. Authors are unknown (digests give a count at most),
 * so an organisation byline becomes the `author` in braces (a corporate author) and is otherwise
 * left out rather than invented.
 */
export function toBibtex(paper: CitationInput): string {
  // Double braces keep the title's and organisation's capitalisation as written.
  const fields: [string, string][] = [["title", `{{${escapeBibtex(paper.title)}}}`]];
  if (paper.organization) fields.push(["author", `{{${escapeBibtex(paper.organization)}}}`]);
  if (paper.published) {
    const [year, month] = paper.published.split("-");
    fields.push(["year", `{${year}}`]);
    const name = MONTHS[Number(month) - 1];
    if (name) fields.push(["month", name]);
  }
  fields.push(["howpublished", `{\\url{${paper.url}}}`]);
  fields.push(["note", "{Listed on Papershelf}"]);
  const key = paper.slug.replace(/-/g, "_").slice(0, 40).replace(/_+$/, "");
  const body = fields.map(([k, v]) => `  ${k} = ${v}`);
  return `@misc{${key},\n${body.join(",\n")}\n}`;
}

/** Escapes the characters TeX treats specially, so a title prints as written. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (ch) => {
    switch (ch) {
      case "\\":
        return "\\textbackslash{}";
      case "^":
        return "\\^{}";
      case "~":
        return "\\~{}";
      default:
        return `\\${ch}`;
    }
  });
}
