import { describe, expect, it } from "vitest";
import { kib, overBudget, weigh } from "../../quality/lib/budget.ts";
import { pageFile, samplePages, spread } from "../../quality/lib/sample.ts";
import { formatMessages, groupMessages, parseReport } from "../../quality/lib/vnu.ts";

describe("samplePages", () => {
  const paper = /^papers\/(?!by\/)[^/]+\/$/;
  it("keeps every non-paper page and spreads the paper sample deterministically", () => {
    const papers = Array.from({ length: 10 }, (_, i) => `papers/p${i}/`);
    const sample = samplePages(
      ["", "papers/", "papers/by/title/2/", ...papers.reverse()],
      paper,
      3,
    );
    expect(sample.others).toEqual(["", "papers/", "papers/by/title/2/"]);
    expect(sample.papers).toEqual(["papers/p0/", "papers/p5/", "papers/p9/"]);
    expect(sample.paperCount).toBe(10);
  });
  it("spreads over short lists without repeats", () => {
    expect(spread([1, 2], 5)).toEqual([1, 2]);
    expect(spread([1, 2, 3], 1)).toEqual([1]);
    expect(spread([1, 2, 3], 0)).toEqual([]);
  });
  it("maps page paths to files", () => {
    expect(pageFile("")).toBe("index.html");
    expect(pageFile("papers/x/")).toBe("papers/x/index.html");
    expect(pageFile("404.html")).toBe("404.html");
  });
});

describe("budgets", () => {
  it("sums by type and reports breaches in KiB", () => {
    const weight = weigh([
      { url: "a", type: "document", bytes: 4096 },
      { url: "b", type: "script", bytes: 40 * 1024 },
      { url: "c", type: "script", bytes: 1024 },
    ]);
    expect(weight).toMatchObject({ scriptBytes: 41 * 1024, totalBytes: 45 * 1024, requests: 3 });
    expect(overBudget(weight, { scriptKiB: 30, totalKiB: 200 })).toEqual([
      "script 41.0 KiB > 30 KiB",
    ]);
    expect(overBudget(weight, { scriptKiB: 50, totalKiB: 44 })).toEqual([
      "total 45.0 KiB > 44 KiB",
    ]);
    expect(kib(1536)).toBe("1.5 KiB");
  });
});

describe("vnu report", () => {
  it("groups errors by file and prints file:line:col", () => {
    const report = JSON.stringify({
      messages: [
        {
          type: "error",
          url: "file:/d/a/index.html",
          lastLine: 1,
          firstColumn: 5,
          message: "Stray tag",
          extract: "<x>",
        },
        { type: "info", url: "file:/d/a/index.html", message: "fyi" },
      ],
    });
    const byFile = groupMessages(parseReport(report), "/d");
    expect([...byFile.keys()]).toEqual(["a/index.html"]);
    expect(formatMessages(byFile)).toContain("a/index.html:1:5: Stray tag");
  });
  it("refuses output that is not a report", () => {
    expect(() => parseReport("java: not found")).toThrow(/not its JSON report/);
  });
});
