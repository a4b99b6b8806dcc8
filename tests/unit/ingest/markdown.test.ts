import fc from "fast-check";
import type { Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toString as textOf } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  abstractMarkdown,
  isPlainProse,
  renderPage,
  serialiseAbstract,
} from "../../../src/ingest/markdown.ts";
import { squash } from "../../../src/ingest/parse-b.ts";
import type { PaperFrontmatter } from "../../../src/schema/paper.ts";
import { paperFrontmatterSchema } from "../../../src/schema/paper.ts";
import { splitPage } from "./helpers.ts";

/** Parses Markdown the way the site does (CommonMark + GFM). */
const parseMd = (md: string): Root =>
  fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** Node types found anywhere in the tree. */
function types(node: Root | RootContent, out = new Set<string>()): Set<string> {
  out.add(node.type);
  if ("children" in node) for (const c of node.children) types(c, out);
  return out;
}

/** Visible text and the constructs the reader would see. */
function rendered(abstract: string): {
  text: string;
  types: Set<string>;
  links: { url: string; text: string }[];
} {
  const tree = parseMd(abstractMarkdown(abstract));
  const links: { url: string; text: string }[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === "link") links.push({ url: n.url, text: textOf(n) });
    if ("children" in n) for (const c of n.children) walk(c);
  };
  walk(tree);
  return { text: textOf(tree), types: types(tree), links };
}

const fm = (over: Partial<PaperFrontmatter> = {}): PaperFrontmatter => ({
  title: "T",
  slug: "t",
  digests: ["d"],
  links: [],
  topics: [],
  subtopics: [],
  keyphrases: [],
  related: [],
  relatedShares: [],
  ...over,
});

describe("abstract body", () => {
  it.each([
    "<script>alert(1)</script> & <b>bold</b>",
    "&amp; &#169; &copy; entities stay literal",
    "*stars* and _under_ and **strong** and `code`",
    "[a link](http://x.y) and ![img](a.png) and [ref][1]",
    "# heading-like start",
    "> quote-like start",
    "1. list-like start",
    "- dash start",
    "+ plus start",
    "--- rule-like",
    "| a | b |",
    "$x^2$ math and {braces} and ~~strike~~",
    "back\\slash and trailing backslash\\",
    "    indented code-like",
    "<https://autolink.example>",
  ])("shows %j exactly as written", (text) => {
    const r = rendered(squash(text));
    expect(r.text).toBe(squash(text));
    expect([...r.types].filter((t) => !["root", "paragraph", "text", "link"].includes(t))).toEqual(
      [],
    );
  });

  it("writes URLs as autolinks so their characters need no escaping", () => {
    const md = abstractMarkdown(
      "Code: https://x.org/~a/b*c_d|e$. Site: www.x.org/~u, mail a@b.co.",
    );
    expect(md).toBe(
      "Code: <https://x.org/~a/b*c_d|e$>. Site: [www.x.org/\\~u](http://www.x.org/~u), mail a@b.co.\n",
    );
    const r = rendered("Code: https://x.org/~a/b*c_d|e{x}. Site: www.x.org/~u");
    expect(r.text).toBe("Code: https://x.org/~a/b*c_d|e{x}. Site: www.x.org/~u");
    expect(r.links).toEqual([
      { url: "https://x.org/~a/b*c_d|e", text: "https://x.org/~a/b*c_d|e" },
      { url: "http://www.x.org/~u", text: "www.x.org/~u" },
    ]);
  });

  it("escapes every character the issue lists", () => {
    const md = abstractMarkdown("a < b & c * d _e_ `f` [g] | h $ i { j");
    for (const raw of ["<", "&", "*", "`", "[", "|", "$", "{"]) expect(md).toContain(`\\${raw}`);
  });

  it("round-trips any text to the same visible text, with no HTML, emphasis, code or link syntax", () => {
    const alphabet = fc.constantFrom(
      ..."ab 1.#>-*_`[]()<>&;|$~{}\\!:=+\"'/hé—μ".split(""),
      "http://x.y ",
      "&amp;",
      "<b>",
      "\n",
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => squash(a.join(""))),
        (abstract) => {
          fc.pre(abstract.length > 0);
          const r = rendered(abstract);
          expect(r.text).toBe(abstract);
          // GFM autolinks of bare URLs show the URL itself; nothing else may be interpreted.
          expect(
            [...r.types].filter((t) => !["root", "paragraph", "text", "link"].includes(t)),
          ).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);

  it("writes plain prose exactly as the serialiser would, without it", () => {
    const alphabet = fc.constantFrom(
      ..."aZé μ1.,;:()'\"?%/=+-–—‘’“”#>*_`[]<>&|$~{}\\!\n\t@^×±≤≥→≈°·…§".split(""),
      "![",
      "^[",
      "http://x.y",
      "www.a",
      "1. ",
      "- ",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const abstract = parts.join("");
        expect(abstractMarkdown(abstract)).toBe(serialiseAbstract(abstract));
      }),
      { numRuns: 5000 },
    );
    // The shortcut is taken for ordinary text (else this test would check nothing).
    expect(
      isPlainProse("We (re)train 7B models: 2.5% faster, “robust” and ‘simple’ – see §3."),
    ).toBe(
      false, // "§" is not in the plain set
    );
    expect(isPlainProse("We (re)train 7B models: 2.5% faster, “robust” and ‘simple’.")).toBe(true);
    expect(isPlainProse("1. Not a list")).toBe(false);
  }, 30_000);

  it("round-trips arbitrary Unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }).map(squash), (abstract) => {
        fc.pre(abstract.length > 0);
        expect(rendered(abstract).text).toBe(abstract);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe("page", () => {
  it("writes frontmatter keys in a fixed order and the site schema accepts it", () => {
    const page = renderPage(
      fm({
        related: ["r"],
        organization: "Org",
        upvotes: 3,
        published: "2025-02-12",
        title: 'Q&A: "x" — μ? #1',
      }),
      "Body.",
    );
    const { yaml, body } = splitPage(page);
    expect(
      yaml
        .split("\n")
        .filter((l) => /^\w/.test(l))
        .map((l) => l.split(":")[0]),
    ).toEqual([
      "title",
      "slug",
      "digests",
      "published",
      "upvotes",
      "organization",
      "links",
      "topics",
      "subtopics",
      "keyphrases",
      "related",
      "relatedShares",
    ]);
    const data = paperFrontmatterSchema.parse(parseYaml(yaml));
    expect(data.title).toBe('Q&A: "x" — μ? #1');
    expect(data.published).toBe("2025-02-12");
    expect(body).toBe("Body.\n");
  });

  it("titles of any text survive YAML unchanged", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }).map(squash),
        (title) => {
          fc.pre(title.length > 0);
          const { yaml } = splitPage(renderPage(fm({ title }), "x"));
          expect(parseYaml(yaml).title).toBe(title);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses frontmatter the site would reject", () => {
    expect(() => renderPage(fm({ slug: "Not A Slug" }), "x")).toThrow();
    expect(() => renderPage(fm({ published: "2025-02-30" }), "x")).toThrow();
  });
});
