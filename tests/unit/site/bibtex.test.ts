/**
 * BibTeX as Better BibTeX's own parser (the one Zotero users import with) reads it: every entry of
 * the hostile fixture set parses without an error or warning, and reads back as the same title,
 * the organisation as one single-field name, the date and the URL. The real compile with bibtex +
 * plain.bst and with biber is `npm run audit:citations` (it needs TeX, which npm cannot bring).
 */
import { readFileSync } from "node:fs";
import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { type CitationInput, toBibtex, UNICODE_NOTE } from "../../../src/lib/bibtex.ts";

const FIXTURES: CitationInput[] = JSON.parse(
  readFileSync(new URL("../../fixtures/citations/papers.json", import.meta.url), "utf8"),
).map((p: CitationInput) => ({ ...p, url: `https://example.org/shelf/papers/${p.slug}/` }));

/** The parser writes maths letters as mathematical italics (𝜇); NFKC folds them back to μ. */
const same = (text: string) => text.normalize("NFKC");

describe("BibTeX through Better BibTeX's parser", () => {
  for (const paper of FIXTURES) {
    it(`reads back "${paper.title.slice(0, 40)}…" as written`, () => {
      const bib = toBibtex(paper);
      // Zotero's import settings (sentence case, case protection) must parse it cleanly too.
      expect(parse(bib).errors).toEqual([]);
      const { entries, errors } = parse(bib, { english: false, caseProtection: false });
      expect(errors).toEqual([]);
      expect(entries).toHaveLength(1);
      const fields = entries[0]?.fields ?? {};
      expect(same(String(fields.title))).toBe(same(paper.title));
      expect(fields.url).toBe(paper.url);
      const date = paper.published ?? paper.listed;
      if (date) {
        expect(fields.year).toBe(date.slice(0, 4));
        expect(Number(fields.month)).toBe(Number(date.slice(5, 7)));
      }
      if (paper.organization) {
        // One name in one field: never split into a given and a family name.
        const authors = fields.author as { name?: string; lastName?: string }[];
        expect(authors.map((a) => ({ ...a, name: same(a.name ?? "") }))).toEqual([
          { name: same(paper.organization) },
        ]);
      } else expect(fields.author).toBeUndefined();
      expect(String(fields.key)).toMatch(/^[A-Za-z0-9 ]+$/);
    });
  }

  it("writes what pdflatex cannot set in TeX form, and marks only the entries that keep Unicode", () => {
    const bibs = FIXTURES.map(toBibtex);
    for (const [i, bib] of bibs.entries()) {
      const marked = bib.startsWith(UNICODE_NOTE);
      expect(marked).toBe(FIXTURES[i]?.slug === "no-tex-form");
      // Unmarked entries are pure ASCII, so pdflatex with any input encoding reads them.
      if (!marked) expect(bib).toMatch(/^[\x20-\x7e\n]*$/);
    }
    const angles = bibs[0] ?? "";
    expect(angles).toContain("x \\textless{} y \\&\\& y \\textgreater{} z");
    expect(bibs[1]).toContain("{$\\mu$}-Parametrization");
    expect(angles).not.toContain("\\url");
  });
});
