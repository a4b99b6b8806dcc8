import { describe, expect, it } from "vitest";
import { parseDateLine } from "../../../src/ingest/dates.ts";
import { digestYear, fileNameDate } from "../../../src/ingest/years.ts";

describe("date lines", () => {
  it.each([
    ["Feb 23, 2025", { date: { month: 2, day: 23, year: 2025 } }],
    ["Feb 12", { date: { month: 2, day: 12 } }],
    ["Jul 10, 2025 15", { date: { month: 7, day: 10, year: 2025 }, upvotes: 15 }],
    ["Mar 2 2", { date: { month: 3, day: 2 }, upvotes: 2 }],
    ["Feb 29", { date: { month: 2, day: 29 } }],
  ])("%s", (line, parsed) => expect(parseDateLine(line)).toEqual(parsed));

  it("rejects impossible days and ignores non-date lines", () => {
    expect(parseDateLine("Feb 29, 2023")).toEqual({ error: "Feb 29 is not a calendar date" });
    expect(parseDateLine("Apr 31")).toEqual({ error: "Apr 31 is not a calendar date" });
    expect(parseDateLine("February 2, 2024")).toBeUndefined();
    expect(parseDateLine("Mayhem 2")).toBeUndefined();
  });
});

describe("dates in file names", () => {
  it.each([
    ["2025-03-03", { year: 2025, month: 3, day: 3 }],
    ["20250303", { year: 2025, month: 3, day: 3 }],
    ["2025_03_03", { year: 2025, month: 3, day: 3 }],
    ["daily-2026-04-20-cv", { year: 2026, month: 4, day: 20 }],
  ])("%s", (id, date) => expect(fileNameDate(id)).toEqual(date));

  it.each(["2024", "2025-13-01", "2025-02-30", "000_9bc2af8da58504b5", "120250303", "2025-03_03"])(
    "%s has none",
    (id) => expect(fileNameDate(id)).toBeUndefined(),
  );
});

describe("the year of a digest's year-less dates", () => {
  const today = { year: 2026, month: 12, day: 2 };
  const base = { explicit: [], yearLess: [], today };
  const apr17 = { month: 4, day: 17 };

  it("comes from the file name's date when the header has no year", () => {
    expect(
      digestYear({
        ...base,
        listing: { month: 3, day: 3 },
        fileDate: { year: 2025, month: 3, day: 3 },
      }),
    ).toEqual({ year: 2025, source: "file name" });
    // Saved on 1 January, listing of 31 December.
    expect(
      digestYear({
        ...base,
        listing: { month: 12, day: 31 },
        fileDate: { year: 2026, month: 1, day: 1 },
      }),
    ).toEqual({ year: 2025, source: "file name" });
  });

  it("is never one that puts the listing after the build date", () => {
    expect(digestYear({ ...base, listing: { month: 12, day: 20 } })).toEqual({
      year: 2025,
      source: "guess",
    });
    expect(digestYear({ ...base, listing: apr17 })).toEqual({ year: 2026, source: "guess" });
  });

  it("is bounded from below by the digest's explicit dates", () => {
    // "Sep 28, 2025" shown with its year: the listing is not in 2025 and not months before it.
    const sep28 = { year: 2025, month: 9, day: 28 };
    expect(
      digestYear({
        ...base,
        listing: apr17,
        explicit: [sep28],
        today: { year: 2027, month: 1, day: 5 },
      }).year,
    ).toBe(2026);
    expect(
      digestYear({ ...base, listing: apr17, explicit: [{ year: 2026, month: 9, day: 28 }] }),
    ).toEqual({ year: undefined, reason: expect.any(String) });
  });

  it("allows a paper dated a few days after the listing day", () => {
    // Listed 30 Dec 2025, arXiv date 2 Jan 2026 (shown with its year).
    const jan2 = { year: 2026, month: 1, day: 2 };
    expect(digestYear({ ...base, listing: { month: 12, day: 30 }, explicit: [jan2] }).year).toBe(
      2025,
    );
  });

  it("follows --year and a year in the header", () => {
    expect(digestYear({ ...base, listing: apr17, override: 2030 })).toEqual({
      year: 2030,
      source: "override",
    });
    expect(digestYear({ ...base, listing: { ...apr17, year: 2024 } })).toEqual({
      year: 2024,
      source: "header",
    });
  });

  it("is not needed when the digest has no year-less date", () => {
    expect(digestYear(base)).toEqual({ year: undefined });
  });
});
