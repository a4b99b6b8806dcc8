import { describe, expect, it } from "vitest";
import { digestTitle, sortDigests } from "../../../src/data/digests.ts";
import { cappedShare, pages } from "../../../src/data/paginate.ts";
import { listPapers, sortPapers } from "../../../src/data/sort.ts";
import { countTopics, sortTopics } from "../../../src/data/topics.ts";

const papers = [
  { slug: "b", title: "Beta", published: "2024-01-01", upvotes: 5 },
  { slug: "a", title: "alpha", upvotes: 50 },
  { slug: "c", title: "Gamma", published: "2025-06-01" },
  { slug: "d", title: "Delta", published: "2025-06-01", upvotes: 5 },
];
const slugs = (list: { slug: string }[]) => list.map((p) => p.slug);

describe("listPapers", () => {
  it("ranks only upvoted papers under most upvoted", () => {
    expect(slugs(listPapers(papers, "upvotes"))).toEqual(["a", "d", "b"]);
  });
  it("keeps every paper in the other orders", () => {
    expect(slugs(listPapers(papers, "newest"))).toEqual(["d", "c", "b", "a"]);
  });
});

describe("sortPapers", () => {
  it("puts the newest first and undated papers last", () => {
    expect(slugs(sortPapers(papers, "newest"))).toEqual(["d", "c", "b", "a"]);
  });
  it("orders by upvotes, unknown counts last, ties by date", () => {
    expect(slugs(sortPapers(papers, "upvotes"))).toEqual(["a", "d", "b", "c"]);
  });
  it("breaks date ties by title, case-insensitively", () => {
    const tied = [
      { slug: "z", title: "beta", published: "2025-01-01" },
      { slug: "y", title: "Alpha", published: "2025-01-01" },
    ];
    expect(slugs(sortPapers(tied, "newest"))).toEqual(["y", "z"]);
  });
  it("does not change its input", () => {
    const copy = [...papers];
    sortPapers(papers, "upvotes");
    expect(papers).toEqual(copy);
  });
});

describe("pages", () => {
  it("splits into pages with positions, and an empty list has one page", () => {
    const split = pages([1, 2, 3, 4, 5], 2);
    expect(split.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(split[2]).toMatchObject({ current: 3, last: 3, total: 5, start: 5 });
    expect(pages([], 2)).toEqual([
      { items: [], current: 1, last: 1, total: 0, shown: 0, start: 1 },
    ]);
  });
  it("stops a capped list after its last allowed page and says how many it shows", () => {
    const split = pages([1, 2, 3, 4, 5, 6, 7], 2, 2);
    expect(split.map((p) => p.items)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(split[1]).toMatchObject({ current: 2, last: 2, total: 7, shown: 4 });
    expect(pages([1, 2, 3], 2, 5).at(-1)).toMatchObject({ last: 2, total: 3, shown: 3 });
  });
  it("names what a capped list holds, and nothing for a whole one", () => {
    const long = Array.from({ length: 1_200 }, (_, i) => i);
    const [capped] = pages(long, 50, 10);
    const [whole] = pages(long, 50, 30);
    expect(capped && cappedShare(capped, "upvotes")).toBe("the 500 most upvoted");
    expect(whole && cappedShare(whole, "newest")).toBeUndefined();
  });
});

describe("digests and topics", () => {
  it("names digests by listing date, else by id, newest listing first", () => {
    expect(digestTitle({ id: "x", listed: "2025-04-17" })).toBe("Daily papers, 17 April 2025");
    expect(digestTitle({ id: "004_37fe8e5d54199201" })).toBe("Listing 4");
    expect(digestTitle({ id: "003_d78433f50a668188" })).toBe("Listing 3");
    expect(digestTitle({ id: "hostile_b" })).toBe("Hostile b");
    expect(digestTitle({ id: "my-digest" })).toBe("My digest");
    expect(digestTitle({ id: "cafebabe" })).toBe("Cafebabe");
    expect(
      sortDigests([
        { id: "b" },
        { id: "a", listed: "2025-01-01" },
        { id: "c", listed: "2025-04-01" },
      ]).map((d) => d.id),
    ).toEqual(["c", "a", "b"]);
  });
  it("counts and orders topics", () => {
    expect(countTopics([{ topics: ["x", "y"] }, { topics: ["x"] }])).toEqual(
      new Map([
        ["x", 2],
        ["y", 1],
      ]),
    );
    expect(
      sortTopics([
        { id: "b", name: "B", order: 1 },
        { id: "a", name: "A", order: 2 },
        { id: "c", name: "C", order: 1 },
      ]).map((t) => t.id),
    ).toEqual(["b", "c", "a"]);
  });
});
