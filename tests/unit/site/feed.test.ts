/**
 * The feeds as real feed readers read them: rss-parser and feedparser (the parsers behind many
 * Node readers and aggregators) parse the XML, then the item's HTML is parsed as a browser would
 * (parse5) to get what the reader shows. A reader must show exactly the abstract's words and no
 * markup that the digest's text spelled out.
 */
import { Readable } from "node:stream";
import FeedParser from "feedparser";
import { type DefaultTreeAdapterMap, parseFragment } from "parse5";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { type FeedPaper, paperFeed } from "../../../src/lib/feed.ts";

const SITE = new URL("https://example.org/shelf/");
const NOW = new Date("2026-12-02T12:00:00Z");

const PAPERS: FeedPaper[] = [
  {
    slug: "hostile",
    title: 'Angles <b>bold</b> & "quotes"',
    abstract: 'We try <img src=x onerror=alert(1)> and <script>alert("x")</script> here.',
    topics: ["security"],
    published: "2026-11-20",
  },
  {
    slug: "less-than",
    title: "Bounds where a < b",
    abstract: "We show that a < b and c > d whenever x &amp; y holds & more.",
    topics: [],
    listed: "2026-11-18",
  },
  {
    slug: "future",
    title: "From the future",
    abstract: "Dated after the build.",
    topics: [],
    published: "2027-01-05",
  },
  { slug: "undated", title: "No date at all", abstract: "Nothing known.", topics: [] },
];

async function feedXml(extra: Partial<Parameters<typeof paperFeed>[0]> = {}) {
  const response = await paperFeed({
    title: "Test feed",
    description: "Papers",
    papers: PAPERS,
    site: SITE,
    self: "/shelf/rss.xml",
    now: NOW,
    ...extra,
  });
  return response.text();
}

type Node = DefaultTreeAdapterMap["childNode"];
/** What a reader displays for an item's HTML, and the elements that HTML holds. */
function rendered(html: string): { text: string; elements: string[] } {
  const elements: string[] = [];
  const walk = (nodes: Node[]): string =>
    nodes
      .map((node) => {
        if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
        if ("childNodes" in node) {
          elements.push(node.nodeName);
          return walk(node.childNodes);
        }
        return "";
      })
      .join("");
  return { text: walk(parseFragment(html).childNodes), elements };
}

function feedparserItems(xml: string): Promise<FeedParser.Item[]> {
  return new Promise((done, fail) => {
    const items: FeedParser.Item[] = [];
    const parser = new FeedParser({});
    parser.on("error", fail);
    parser.on("readable", () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on("end", () => done(items));
    Readable.from([xml]).pipe(parser);
  });
}

describe("paper feeds in real feed parsers", () => {
  it("rss-parser shows every abstract as exactly its text, with no markup", async () => {
    const feed = await new Parser().parseString(await feedXml());
    for (const paper of PAPERS) {
      const item = feed.items.find((i) => i.link?.endsWith(`/papers/${paper.slug}/`));
      expect(item?.title).toBe(paper.title);
      const { text, elements } = rendered(item?.content ?? "");
      expect(text).toBe(paper.abstract);
      expect(elements).toEqual([]);
    }
  });

  it("feedparser shows every abstract as exactly its text, with no markup", async () => {
    const items = await feedparserItems(await feedXml());
    expect(items).toHaveLength(PAPERS.length);
    for (const [i, paper] of PAPERS.entries()) {
      const { text, elements } = rendered(items[i]?.description ?? "");
      expect(text).toBe(paper.abstract);
      expect(elements).toEqual([]);
    }
  });

  it("dates items by publication date, else listed date, never after the build", async () => {
    const items = await feedparserItems(await feedXml());
    const dates = items.map((item) => item.pubdate?.toISOString() ?? null);
    expect(dates).toEqual([
      "2026-11-20T00:00:00.000Z",
      "2026-11-18T00:00:00.000Z",
      NOW.toISOString(),
      null,
    ]);
  });

  it("names itself, its page and its last change", async () => {
    const xml = await feedXml({
      page: "/shelf/topics/security/",
      self: "/shelf/topics/security/rss.xml",
    });
    const feed = await new Parser({ customFields: { feed: ["lastBuildDate"] } }).parseString(xml);
    expect(feed.link).toBe("https://example.org/shelf/topics/security/");
    expect(xml).toContain(
      '<atom:link href="https://example.org/shelf/topics/security/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    // The newest item's (clamped) date: the same digests always give the same bytes.
    expect(feed.lastBuildDate).toBe(NOW.toUTCString());
  });
});
