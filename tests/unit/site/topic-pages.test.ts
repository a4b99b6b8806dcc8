import { describe, expect, it } from "vitest";
import {
  MAX_LIST_PAGES,
  pages,
  sortedPages,
  TOPIC_PAGE_SIZE,
  topicPageCaps,
} from "../../../src/data/paginate.ts";
import { SORTS, TOPIC_SORTS } from "../../../src/data/sort.ts";
import { coOccurring } from "../../../src/data/topics.ts";
import { routes } from "../../../src/lib/url.ts";

const tagged = (...lists: string[][]) => lists.map((topics) => ({ topics }));

describe("coOccurring", () => {
  const papers = tagged(
    ["quant", "pruning"],
    ["quant", "pruning", "llm"],
    ["quant", "llm"],
    ["quant", "vision"],
    ["quant", "kernels"],
    ["pruning"],
    ["llm"],
    ["llm"],
    ["vision", "llm"],
    ["other"],
  );

  it("ranks the other topics by papers shared, leaving out the topic itself", () => {
    expect(coOccurring(papers, "quant").slice(0, 2)).toEqual([
      { id: "pruning", shared: 2 },
      { id: "llm", shared: 2 },
    ]);
  });

  it("breaks ties by the smaller topic, then by id, whatever the input order", () => {
    // pruning (3 papers) before llm (5); kernels (1) before vision (2).
    const expected = ["pruning", "llm", "kernels", "vision"];
    expect(coOccurring(papers, "quant").map((c) => c.id)).toEqual(expected);
    expect(coOccurring([...papers].reverse(), "quant").map((c) => c.id)).toEqual(expected);
    expect(coOccurring(tagged(["t", "b"], ["t", "a"], ["a"], ["b"]), "t").map((c) => c.id)).toEqual(
      ["a", "b"],
    );
  });

  it("omits topics that share nothing and honours the limit", () => {
    expect(coOccurring(papers, "quant").some((c) => c.id === "other")).toBe(false);
    expect(coOccurring(papers, "other")).toEqual([]);
    expect(coOccurring(papers, "quant", 1)).toEqual([{ id: "pruning", shared: 2 }]);
  });

  it("counts a paper once even if it lists a topic twice", () => {
    expect(coOccurring(tagged(["t", "x", "x", "t"]), "t")).toEqual([{ id: "x", shared: 1 }]);
  });
});

describe("topic pagination", () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => i);
  const inEveryOrder = (n: number) =>
    Object.fromEntries(SORTS.map(({ key }) => [key, list(n)])) as Record<
      (typeof SORTS)[number]["key"],
      number[]
    >;

  it("keeps a topic of 50 papers on one page and moves the 51st to page 2", () => {
    expect(TOPIC_PAGE_SIZE).toBe(50);
    expect(pages(list(50), TOPIC_PAGE_SIZE)).toHaveLength(1);
    const split = pages(list(51), TOPIC_PAGE_SIZE);
    expect(split.map((p) => p.items.length)).toEqual([50, 1]);
    expect(split[1]).toMatchObject({ current: 2, last: 2, total: 51, start: 51, items: [50] });
  });

  it("lists every page of every order, in sort-switcher order", () => {
    const all = sortedPages(inEveryOrder(120), TOPIC_PAGE_SIZE);
    expect(all.map(({ sort, page }) => `${sort}/${page.current}`)).toEqual([
      "newest/1",
      "newest/2",
      "newest/3",
      "upvotes/1",
      "upvotes/2",
      "upvotes/3",
    ]);
    expect(all.every(({ page }) => page.last === 3 && page.total === 120)).toBe(true);
    expect(sortedPages(inEveryOrder(0), TOPIC_PAGE_SIZE)).toHaveLength(SORTS.length);
  });

  it("caps each order at its own page limit: a split topic's newest list, any ranking", () => {
    const capped = sortedPages(inEveryOrder(1_000), TOPIC_PAGE_SIZE, topicPageCaps(true));
    expect(capped.filter((p) => p.sort === "newest")).toHaveLength(MAX_LIST_PAGES);
    expect(capped.filter((p) => p.sort === "upvotes")).toHaveLength(MAX_LIST_PAGES);
    expect(capped.at(-1)?.page).toMatchObject({ last: MAX_LIST_PAGES, total: 1_000, shown: 500 });
    // An unsplit topic's newest list is the only list of its papers: never cut short.
    const whole = sortedPages(inEveryOrder(1_000), TOPIC_PAGE_SIZE, topicPageCaps(false));
    expect(whole.filter((p) => p.sort === "newest")).toHaveLength(20);
    expect(whole.filter((p) => p.sort === "upvotes")).toHaveLength(MAX_LIST_PAGES);
  });

  it("pages only the orders a list has: topics offer newest and most upvoted", () => {
    expect(TOPIC_SORTS.map((s) => s.key)).toEqual(["newest", "upvotes"]);
    const two = sortedPages({ newest: list(60), upvotes: list(10) }, TOPIC_PAGE_SIZE);
    expect(two.map(({ sort, page }) => `${sort}/${page.current}`)).toEqual([
      "newest/1",
      "newest/2",
      "upvotes/1",
    ]);
  });
});

describe("topic routes", () => {
  it("puts newest page 1 at the topic page and the rest under by/<sort>/<n>/", () => {
    expect(routes.topicList("lora", "newest")).toBe("/topics/lora/");
    expect(routes.topicList("lora", "newest", 1)).toBe(routes.topic("lora"));
    expect(routes.topicList("lora", "newest", 2)).toBe("/topics/lora/by/newest/2/");
    expect(routes.topicList("lora", "upvotes")).toBe("/topics/lora/by/upvotes/");
    expect(routes.topicList("lora", "upvotes", 3)).toBe("/topics/lora/by/upvotes/3/");
    expect(routes.topicRss("lora")).toBe("/topics/lora/rss.xml");
  });
});
