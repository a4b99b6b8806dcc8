import type { Paragraph, Root } from "mdast";
import { toMarkdown, type Unsafe } from "mdast-util-to-markdown";
import { stringify } from "yaml";
import { type PaperFrontmatter, paperFrontmatterSchema } from "../schema/paper.ts";

/**
 * Characters escaped everywhere on top of mdast-util-to-markdown's own rules, which only cover
 * CommonMark. These matter to extensions a site may enable: `$` (math), `{` `}` (MDX
 * expressions, attribute syntax), `|` (GFM tables), `~` (GFM strikethrough), and `<`, `&`
 * unconditionally so no HTML or entity from a digest can ever be interpreted.
 */
const EXTRA_UNSAFE: Unsafe[] = ["$", "{", "}", "|", "~", "<", "&", "*", "_", "`"].map(
  (character) => ({
    character,
  }),
);

/**
 * The abstract as Markdown whose rendering shows exactly the text: it is serialised from an
 * mdast tree (one paragraph, one text node), so escaping is done by the serialiser, not by hand.
 */
export function abstractMarkdown(abstract: string): string {
  const paragraph: Paragraph = { type: "paragraph", children: [{ type: "text", value: abstract }] };
  const tree: Root = { type: "root", children: [paragraph] };
  return toMarkdown(tree, { unsafe: EXTRA_UNSAFE });
}

/** Frontmatter keys in the order they are written (stable output, readable diffs). */
const KEY_ORDER = [
  "title",
  "slug",
  "digests",
  "published",
  "upvotes",
  "authors",
  "organization",
  "links",
  "topics",
  "keyphrases",
  "related",
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
  const yaml = stringify(ordered, { lineWidth: 0, sortMapEntries: false });
  return `---\n${yaml}---\n\n${abstractMarkdown(abstract)}`;
}
