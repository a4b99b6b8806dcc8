import type { Paragraph, PhrasingContent, Root } from "mdast";
import { toMarkdown, type Unsafe } from "mdast-util-to-markdown";
import { type PaperFrontmatter, paperFrontmatterSchema } from "../schema/paper.ts";
import { findUrls } from "./links.ts";
import { frontmatterYaml } from "./yaml-frontmatter.ts";

/**
 * Characters escaped everywhere on top of mdast-util-to-markdown's own rules, which only cover
 * CommonMark. These matter to extensions a site may enable: `$` (math), `{` `}` (MDX
 * expressions, attribute syntax), `|` (GFM tables), `~` (GFM strikethrough), and `<`, `&`
 * unconditionally so no HTML or entity from a digest can ever be interpreted.
 */
const EXTRA_UNSAFE: Unsafe[] = ["$", "{", "}", "|", "~", "<", "&", "*", "_", "`"].map(
  (character) => ({
    character,
    // Not inside link targets: there the serialiser would percent-encode, changing the address.
    notInConstruct: [
      "autolink",
      "destinationLiteral",
      "destinationRaw",
      "titleQuote",
      "titleApostrophe",
    ],
  }),
);

/**
 * Text → phrasing nodes, with every URL as an explicit link node. GFM would autolink bare URLs
 * anyway, but it would then show the backslashes the serialiser puts before `~`, `*`, `{`… in
 * them; a link node is written as `<https://…>`, where nothing needs escaping.
 */
function phrasing(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const { start, url } of findUrls(text)) {
    if (start > at) nodes.push({ type: "text", value: text.slice(at, start) });
    const href = url.startsWith("www.") ? `http://${url}` : url;
    nodes.push({ type: "link", url: href, children: [{ type: "text", value: url }] });
    at = start + url.length;
  }
  if (at < text.length) nodes.push({ type: "text", value: text.slice(at) });
  return nodes;
}

/**
 * The abstract as Markdown whose rendering shows exactly the text: it is serialised from an
 * mdast tree (one paragraph of text and link nodes), so escaping is done by the serialiser, not
 * by hand. The only links are the URLs written out in the abstract, each showing itself.
 */
export function abstractMarkdown(abstract: string): string {
  // Most abstracts are letters, digits and ordinary punctuation that no Markdown rule touches:
  // the serialiser would return them unchanged, so skip building and walking a tree.
  if (isPlainProse(abstract)) return `${abstract}\n`;
  return serialiseAbstract(abstract);
}

/** ASCII characters of plain prose: letters, digits, space and punctuation no rule escapes. */
const PLAIN_ASCII = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:()'\"?!@^%/=+-")
  PLAIN_ASCII[c.charCodeAt(0)] = 1;
/** Other plain characters: letters and digits of any script and a few typographic signs. */
const PLAIN_OTHER = /^[\p{L}\p{N}×±≤≥→≈°·…\u2013\u2014\u2018\u2019\u201c\u201d]$/u;
const plainOther = new Map<number, boolean>();
const LETTER = /^\p{L}$/u;
/** Anything `findUrls` could turn into a link node. */
const URL_HINT = /https?:\/\/|www\./i;

/**
 * True when {@link abstractMarkdown} can return the text as it is: the text starts with a letter
 * (nothing list-, heading- or quote-like), does not end in a space, has no line break and none of
 * the characters any escape rule of mdast-util-to-markdown (with {@link EXTRA_UNSAFE}) looks at,
 * and no URL. Checked against the serialiser by property test (tests/unit/ingest/markdown.test.ts).
 * A loop over char codes: the equivalent Unicode regex cost ~70 ns a character.
 */
export function isPlainProse(text: string): boolean {
  if (text.length === 0 || text.charCodeAt(text.length - 1) === 32) return false;
  if (!LETTER.test(String.fromCodePoint(text.codePointAt(0) as number))) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (PLAIN_ASCII[c] !== 1) return false;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    let ok = plainOther.get(cp);
    if (ok === undefined) {
      ok = PLAIN_OTHER.test(String.fromCodePoint(cp));
      plainOther.set(cp, ok);
    }
    if (!ok) return false;
  }
  return !URL_HINT.test(text);
}

/** {@link abstractMarkdown} the long way: one paragraph of text and link nodes, serialised. */
export function serialiseAbstract(abstract: string): string {
  const paragraph: Paragraph = { type: "paragraph", children: phrasing(abstract) };
  const tree: Root = { type: "root", children: [paragraph] };
  return toMarkdown(tree, { unsafe: EXTRA_UNSAFE });
}

/** Frontmatter keys in the order they are written (stable output, readable diffs). */
const KEY_ORDER = [
  "title",
  "slug",
  "digests",
  "published",
  "listed",
  "upvotes",
  "authors",
  "organization",
  "links",
  "topics",
  "subtopics",
  "keyphrases",
  "related",
  "relatedShares",
] as const satisfies readonly (keyof PaperFrontmatter)[];

/**
 * One complete page: YAML frontmatter (validated against the site's schema, keys in a fixed
 * order) and the escaped abstract.
 * @throws ZodError when the frontmatter would not load in the site.
 */
export function renderPage(frontmatter: PaperFrontmatter, abstract: string): string {
  const valid = paperFrontmatterSchema.parse(frontmatter);
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = valid[key];
    if (value !== undefined) ordered[key] = value;
  }
  const yaml = frontmatterYaml(ordered);
  return `---\n${yaml}---\n\n${abstractMarkdown(abstract)}`;
}
