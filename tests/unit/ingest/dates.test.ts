import { describe, expect, it } from "vitest";
import { currentYearOf, formatDate, parseDateLine } from "../../../src/ingest/dates.ts";

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

describe("year-less dates", () => {
  it("belong to the year after the latest explicit year of the same digest", () => {
    expect(currentYearOf([2022, 2025, 2024], [2019, 2025], undefined)).toBe(2026);
  });

  it("use the latest explicit year of all digests + 1 when the digest shows none", () => {
    expect(currentYearOf([], [2023, 2025], undefined)).toBe(2026);
  });

  it("follow --year / DIGEST_YEAR when given", () => {
    expect(currentYearOf([2025], [2025], 2030)).toBe(2030);
  });

  it("stay unresolved when no year is known anywhere", () => {
    expect(currentYearOf([], [], undefined)).toBeUndefined();
    expect(formatDate({ month: 2, day: 12 }, undefined)).toBeUndefined();
    expect(formatDate({ month: 2, day: 3 }, 2026)).toBe("2026-02-03");
  });
});
