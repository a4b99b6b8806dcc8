/**
 * What Zotero's Embedded Metadata translator and Google Scholar take from a paper page's tags.
 * The rules quoted are the translator's own (zotero/translators, "Embedded Metadata.js" and
 * "RDF.js", 2024): translation-server is not on the npm registry, so it cannot run here.
 */
import { describe, expect, it } from "vitest";
import { citationMeta, type MetaTag } from "../../../src/lib/citation-meta.ts";
import { paperJsonLd } from "../../../src/lib/json-ld.ts";

const ABSTRACT = `${"A long abstract sentence that goes on. ".repeat(12)}It ends here.`;

const tag = (tags: MetaTag[], name: string) =>
  tags.filter((t) => t.name === name).map((t) => t.content);

/**
 * Zotero's ZU.cleanAuthor (zotero/utilities, utilities.js) as the Embedded Metadata translator
 * calls it: `useComma` when the name holds a comma. The first run of spaces or no-break spaces
 * becomes one space; an uninverted name splits at its last space, an inverted one at the comma.
 */
function zoteroCreator(raw: string): { firstName?: string; lastName: string } {
  const name = raw
    .replace(/^[\s\u00a0.,/[\]:]+/, "")
    .replace(/[\s\u00a0.,/[\]:]+$/, "")
    .replace(/[\s\u00a0]+/, " ");
  if (raw.includes(",")) {
    const [lastName = "", firstName] = name.split(/[,،] ?/);
    return firstName === undefined ? { lastName } : { firstName, lastName };
  }
  const at = name.lastIndexOf(" ");
  return { firstName: name.slice(0, Math.max(at, 0)), lastName: name.slice(at + 1) };
}

/** The item type the translator picks: a DC type naming a Zotero type beats the citation_title guess. */
function zoteroItemType(tags: MetaTag[]): string {
  const dcType = tag(tags, "DC.type")[0];
  if (dcType && ["preprint", "webpage", "report"].includes(dcType)) return dcType;
  return tag(tags, "citation_title").length ? "journalArticle" : "webpage";
}

describe("citation meta tags", () => {
  it("give Zotero a preprint with the full abstract, the date and an institutional author", () => {
    const tags = citationMeta({
      title: "A Paper",
      abstract: ABSTRACT,
      organization: "MediaTek Research",
      published: "2025-02-23",
      listed: "2025-02-25",
    });
    expect(zoteroItemType(tags)).toBe("preprint");
    expect(tag(tags, "citation_abstract")).toEqual([ABSTRACT]);
    const [author] = tag(tags, "citation_author");
    // One field: no first name, the whole name as the last name.
    expect(zoteroCreator(author ?? "")).toEqual({ lastName: "MediaTek Research" });
    // A no-break space would not have saved it: Zotero turns it back into a space and splits.
    expect(zoteroCreator("MediaTek\u00a0Research")).toEqual({
      firstName: "MediaTek",
      lastName: "Research",
    });
    expect(tag(tags, "citation_publication_date")).toEqual(["2025/02/23"]);
    expect(tag(tags, "citation_online_date")).toEqual(["2025/02/25"]);
  });

  it("give Google Scholar a date from the listing when the digests gave no publication date", () => {
    const tags = citationMeta({ title: "Listed only", abstract: "Short.", listed: "2026-04-20" });
    expect(tag(tags, "citation_title")).toEqual(["Listed only"]);
    expect(tag(tags, "citation_publication_date")).toEqual(["2026/04/20"]);
    expect(tag(tags, "citation_online_date")).toEqual(["2026/04/20"]);
    // An author count names nobody: no author is invented.
    expect(tag(tags, "citation_author")).toEqual([]);
  });
});

describe("paper JSON-LD", () => {
  const base = {
    title: "T",
    description: "D",
    url: "https://example.org/papers/t/",
    image: "https://example.org/og.png",
    siteName: "Papershelf",
    keyphrases: [],
  };

  it("has image, author, both dates, main entity and an Action object for upvotes", () => {
    const data = paperJsonLd({
      ...base,
      published: "2025-02-23",
      lastListed: "2025-03-01",
      organization: "NVIDIA",
      upvotes: 12,
    });
    expect(data).toMatchObject({
      "@type": "ScholarlyArticle",
      image: "https://example.org/og.png",
      author: { "@type": "Organization", name: "NVIDIA" },
      datePublished: "2025-02-23",
      dateModified: "2025-03-01",
      url: base.url,
      interactionStatistic: {
        "@type": "InteractionCounter",
        interactionType: { "@type": "LikeAction" },
        userInteractionCount: 12,
      },
    });
  });

  it("dates a listed-only paper by its listing and names no author it does not know", () => {
    const data = paperJsonLd({ ...base, listed: "2026-04-20", lastListed: "2026-04-20" });
    expect(data.datePublished).toBe("2026-04-20");
    expect(data.dateModified).toBe("2026-04-20");
    expect(data.author).toBeUndefined();
  });
});
