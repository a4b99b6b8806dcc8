import { describe, expect, it } from "vitest";
import { rowBadges } from "../../../src/lib/row.ts";
import { metaLine, resultFacts } from "../../../src/scripts/search/render.ts";

describe("rowBadges", () => {
  it("earns one badge per kind of code or model link, code first", () => {
    expect(rowBadges([{ kind: "model" }, { kind: "code" }, { kind: "code" }])).toEqual([
      "code",
      "model",
    ]);
    expect(rowBadges([{ kind: "project" }, { kind: "dataset" }])).toEqual([]);
  });
});

describe("resultFacts", () => {
  it("says 'Listed' when the search result's date is its listing date", () => {
    expect(resultFacts({ date: "2025-04-17", datekind: "listed" }).date).toEqual({
      iso: "2025-04-17",
      text: "Listed Apr 17, 2025",
    });
    expect(resultFacts({ date: "2025-04-17", datekind: "published" }).date?.text).toBe(
      "Apr 17, 2025",
    );
  });

  it("reads upvotes and badges and drops what is malformed", () => {
    expect(resultFacts({ upvotes: "12", badges: "code model" })).toEqual({
      upvotes: "12",
      badges: ["code", "model"],
    });
    expect(resultFacts({ date: "soon", upvotes: "many", badges: "x" })).toEqual({ badges: [] });
  });

  it("feeds the header's one-line facts", () => {
    expect(metaLine({ date: "2025-04-17", datekind: "listed", upvotes: "1", topics: "A, B" })).toBe(
      "Listed Apr 17, 2025 · 1 upvote · A, B",
    );
  });
});
