import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";
import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { abstractMarkdown } from "../../../src/ingest/markdown.ts";
import { squash } from "../../../src/ingest/parse-b.ts";

/**
 * The site renders pages with Astro's Sätteri processor (astro.config.mjs, smart punctuation
 * off); this checks escaping against that renderer, not only against micromark.
 */
const renderer = await createSatteriMarkdownProcessor({
  features: { smartPunctuation: false },
  syntaxHighlight: false,
} as Parameters<typeof createSatteriMarkdownProcessor>[0]);

interface Seen {
  text: string;
  tags: Set<string>;
  links: { href: string; text: string }[];
}

type Node = {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
  attrs?: { name: string; value: string }[];
};

async function render(abstract: string): Promise<Seen> {
  const html = (await renderer.render(abstractMarkdown(abstract))).code;
  const seen: Seen = { text: "", tags: new Set(), links: [] };
  const textOf = (n: Node): string =>
    n.nodeName === "#text" ? (n.value ?? "") : (n.childNodes ?? []).map(textOf).join("");
  const walk = (n: Node) => {
    if (!n.nodeName.startsWith("#")) seen.tags.add(n.nodeName);
    if (n.nodeName === "a")
      seen.links.push({
        href: n.attrs?.find((a) => a.name === "href")?.value ?? "",
        text: textOf(n),
      });
    for (const c of n.childNodes ?? []) walk(c);
  };
  const root = parseFragment(html) as unknown as Node;
  walk(root);
  seen.text = textOf(root).trim();
  return seen;
}

describe("abstracts rendered by the site's Markdown processor", () => {
  it("show exactly the digest text, as one paragraph, links showing their own address", async () => {
    const alphabet = fc.constantFrom(
      ..."ab 1.#>-*_`[]()<>&;|$~{}\\!:=+\"'/é—μ@".split(""),
      "https://x.y/",
      "www.x.y",
      "a@b.co",
      "&amp;",
      "<b>",
      "--",
      "\n",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(alphabet, { maxLength: 40 }).map((a) => squash(a.join(""))),
        async (abstract) => {
          fc.pre(abstract.length > 0);
          const seen = await render(abstract);
          expect(seen.text).toBe(abstract);
          expect([...seen.tags].filter((t) => t !== "p" && t !== "a")).toEqual([]);
          for (const l of seen.links) {
            // Hrefs are percent-encoded (a `\\` becomes %5C); the address is still the one shown.
            expect(decodeURI(l.href).replace(/^(http:\/\/|mailto:)/, "")).toBe(
              l.text.replace(/^http:\/\//, ""),
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
