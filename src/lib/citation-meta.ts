import { paperDate } from "./paper-date.ts";

/** What the citation tags can say about a paper: only what the digests told us. */
export interface CitationMetaInput {
  title: string;
  /** The abstract as plain text, in full. */
  abstract: string;
  organization?: string | undefined;
  published?: string | undefined;
  listed?: string | undefined;
}

/** One `<meta name content>` tag. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * The `<meta>` tags reference managers and Google Scholar read, in the Highwire Press `citation_*`
 * vocabulary (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing), as Zotero's
 * Embedded Metadata translator maps them (zotero/translators, "Embedded Metadata.js"):
 *
 * - `DC.type` = `preprint`: with only `citation_title`, the translator guesses "journalArticle"
 *   and saves an article with no journal. A Dublin Core type that names a Zotero item type
 *   outranks that guess (RDF.js `detectType`), so Zotero saves a preprint.
 * - `citation_author`: an organisation byline, written inverted ("Last, First") with nothing
 *   after the comma: `MediaTek Research,`. Zotero's `cleanAuthor` splits an uninverted name at
 *   its last space into first and last name ("MediaTek" / "Research"), and turns a no-break space
 *   back into a space first, so no spelling of the name alone survives. An inverted name is split
 *   at the comma instead; with no first name after it the whole name stays the last name, one
 *   field, as an institutional author (the trailing comma itself is trimmed). A bare author count
 *   names nobody, so it gives no tag: nothing is invented.
 * - `citation_publication_date`: the publication date, else the listed date (Scholar needs one);
 *   `citation_online_date`: the listed date. Both YYYY/MM/DD, as Scholar asks.
 * - `citation_abstract`: the whole abstract. Without it Zotero saves the 160-character
 *   description as the abstract.
 */
export function citationMeta(paper: CitationMetaInput): MetaTag[] {
  const tags: MetaTag[] = [
    { name: "DC.type", content: "preprint" },
    { name: "citation_title", content: paper.title },
  ];
  if (paper.organization)
    tags.push({ name: "citation_author", content: singleFieldName(paper.organization) });
  const dated = paperDate(paper);
  if (dated) tags.push({ name: "citation_publication_date", content: slashed(dated.date) });
  if (paper.listed) tags.push({ name: "citation_online_date", content: slashed(paper.listed) });
  if (paper.abstract) tags.push({ name: "citation_abstract", content: paper.abstract });
  return tags;
}

/** An organisation as a name with a family part only, which Zotero never splits. */
export function singleFieldName(name: string): string {
  return `${name.trim().replace(/\s+/g, " ").replace(/,+$/, "")},`;
}

const slashed = (iso: string) => iso.replaceAll("-", "/");
