import { describe, expect, it } from "vitest";
import {
  buildArchive,
  isoWeek,
  isoWeekStart,
  monthPages,
  neighbours,
  periodName,
  periodPages,
  periodPath,
  periodSpan,
  periodsOf,
  topThenRest,
  weeksOfMonth,
} from "../../../src/data/archive.ts";

describe("isoWeek", () => {
  it("numbers weeks from the week holding the year's first Thursday", () => {
    expect(isoWeek("2025-03-18")).toEqual({ year: 2025, week: 12 });
    expect(isoWeek("2025-01-01")).toEqual({ year: 2025, week: 1 });
    expect(isoWeek("2025-12-28")).toEqual({ year: 2025, week: 52 });
  });

  it("puts late December and early January in the neighbouring week-year", () => {
    expect(isoWeek("2025-12-29")).toEqual({ year: 2026, week: 1 });
    expect(isoWeek("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeek("2021-01-01")).toEqual({ year: 2020, week: 53 });
    expect(isoWeek("2027-01-03")).toEqual({ year: 2026, week: 53 });
  });

  it("agrees with isoWeekStart for every day of several years", () => {
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const { year, week } = isoWeek(day);
      const monday = Date.parse(`${isoWeekStart(year, week)}T00:00:00Z`);
      expect(t - monday, day).toBeGreaterThanOrEqual(0);
      expect(t - monday, day).toBeLessThan(7 * 86_400_000);
      expect(new Date(monday).getUTCDay(), day).toBe(1);
    }
  });
});

describe("periodsOf", () => {
  it("gives the year, month and week of a day with their spans and URL segments", () => {
    const p = periodsOf("2025-12-29");
    expect(p.year).toMatchObject({ key: "2025", start: "2025-01-01", end: "2025-12-31" });
    expect(p.month).toMatchObject({ key: "2025-12", segment: "12", end: "2025-12-31" });
    expect(p.week).toMatchObject({
      key: "2026-W01",
      year: "2026",
      segment: "w01",
      start: "2025-12-29",
      end: "2026-01-04",
    });
    expect(periodsOf("2024-02-10").month.end).toBe("2024-02-29");
  });

  it("names periods for readers", () => {
    const p = periodsOf("2025-03-18");
    expect(periodName(p.month)).toBe("March 2025");
    expect(periodName(p.week)).toBe("Week 12, 2025");
    expect(periodSpan(p.week)).toBe("17–23 Mar 2025");
    expect(periodSpan(periodsOf("2025-03-31").week)).toBe("31 Mar – 6 Apr 2025");
    expect(periodSpan(periodsOf("2025-12-29").week)).toBe("29 Dec 2025 – 4 Jan 2026");
  });
});

const paper = (slug: string, date: { published?: string; listed?: string }, upvotes?: number) => ({
  slug,
  title: slug,
  ...date,
  ...(upvotes !== undefined && { upvotes }),
});

describe("buildArchive", () => {
  const papers = [
    paper("a", { published: "2025-03-02" }),
    paper("b", { listed: "2025-03-31" }),
    paper("c", { published: "2025-04-01", listed: "2025-03-30" }),
    paper("d", {}),
    paper("e", { published: "2025-12-29" }),
  ];
  const archive = buildArchive(papers);

  it("places each dated paper by paperDate in exactly one year, month and week", () => {
    expect(archive.month.map((g) => [g.period.key, g.papers.map((p) => p.slug)])).toEqual([
      ["2025-12", ["e"]],
      ["2025-04", ["c"]],
      ["2025-03", ["b", "a"]],
    ]);
    expect(archive.week.map((g) => g.period.key)).toEqual(["2026-W01", "2025-W14", "2025-W09"]);
    expect(archive.week[1]?.papers.map((p) => p.slug)).toEqual(["c", "b"]);
    expect(archive.year.map((g) => [g.period.key, g.papers.length])).toEqual([["2025", 4]]);
  });

  it("leaves undated papers out", () => {
    const all = archive.month.flatMap((g) => g.papers.map((p) => p.slug));
    expect(all).not.toContain("d");
  });
});

describe("topThenRest", () => {
  it("leads with the most upvoted, then every other paper newest first, each once", () => {
    const list = [
      paper("old", { published: "2025-03-01" }, 50),
      paper("mid", { published: "2025-03-10" }),
      paper("new", { published: "2025-03-20" }, 3),
      paper("top", { published: "2025-03-05" }, 90),
    ];
    const { top, rest } = topThenRest(list, 2);
    expect(top.map((p) => p.slug)).toEqual(["top", "old"]);
    expect(rest.map((p) => p.slug)).toEqual(["new", "mid"]);
  });
});

describe("neighbours", () => {
  it("finds the older and newer period of a newest-first list", () => {
    expect(neighbours(["c", "b", "a"], 1)).toEqual({ older: "a", newer: "c" });
    expect(neighbours(["c", "b", "a"], 0)).toEqual({ older: "b" });
    expect(neighbours(["c"], 0)).toEqual({});
  });
});

describe("periodPath", () => {
  it("puts years, months and ISO weeks under /archive/, weeks in their week-year", () => {
    const p = periodsOf("2025-12-29");
    expect(periodPath(p.year)).toBe("archive/2025/");
    expect(periodPath(p.month, 2)).toBe("archive/2025/12/2/");
    expect(periodPath(p.week)).toBe("archive/2026/w01/");
    expect(periodPath(p.week, "rss")).toBe("archive/2026/w01/rss.xml");
  });
});

describe("periodPages", () => {
  it("leads page 1 with the top papers and pages the rest without repeating them", () => {
    const list = Array.from({ length: 7 }, (_, i) =>
      paper(`p${i}`, { published: `2025-03-0${i + 1}` }, i % 2 === 0 ? i * 10 : undefined),
    );
    const [month] = buildArchive(list).month;
    const out = periodPages(month ? [month] : [], 3, 2);
    expect(out.map((p) => [p.top.map((x) => x.slug), p.page.items.map((x) => x.slug)])).toEqual([
      [
        ["p6", "p4"],
        ["p5", "p3", "p2"],
      ],
      [[], ["p1", "p0"]],
    ]);
  });
});

describe("periodPages ranking", () => {
  it("marks every page of a period with upvotes as ranked (brief rest rows), one without as not", () => {
    const voted = Array.from({ length: 5 }, (_, i) =>
      paper(`v${i}`, { published: `2025-03-0${i + 1}` }, i === 0 ? 12 : undefined),
    );
    const [month] = buildArchive(voted).month;
    const out = periodPages(month ? [month] : [], 2, 1);
    expect(out.map((p) => [p.page.current, p.ranked])).toEqual([
      [1, true],
      [2, true],
    ]);
    const unvoted = voted.map((p) => paper(p.slug, { published: p.published ?? "" }));
    const [plain] = buildArchive(unvoted).month;
    expect(periodPages(plain ? [plain] : [], 2, 1).every((p) => !p.ranked)).toBe(true);
  });
});

describe("weeksOfMonth", () => {
  it("lists every week holding a paper of the month, one across two months in both", () => {
    const list = [
      paper("mar-end", { published: "2025-03-31" }), // Monday of 2025-W14, which runs into April
      paper("apr-start", { published: "2025-04-02" }),
      paper("apr-mid", { published: "2025-04-16" }), // 2025-W16
      paper("may", { published: "2025-05-20" }),
    ];
    const archive = buildArchive(list);
    const keys = (kind: "2025-03" | "2025-04") => {
      const month = archive.month.find((m) => m.period.key === kind);
      return month ? weeksOfMonth(month, archive.week).map((w) => w.period.key) : [];
    };
    expect(keys("2025-04")).toEqual(["2025-W16", "2025-W14"]);
    expect(keys("2025-03")).toEqual(["2025-W14"]);
  });
});

describe("monthPages", () => {
  it("gives a month one page of its most upvoted papers and no list of the rest", () => {
    const list = Array.from({ length: 5 }, (_, i) =>
      paper(`p${i}`, { published: `2025-03-0${i + 1}` }, i === 0 ? undefined : i),
    );
    const [page, ...more] = monthPages(buildArchive(list).month, 2);
    expect(more).toEqual([]);
    expect(page?.top.map((p) => p.slug)).toEqual(["p4", "p3"]);
    expect(page?.page).toMatchObject({ items: [], current: 1, last: 1, total: 5 });
  });
});
