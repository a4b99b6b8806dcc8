import { describe, expect, it } from "vitest";
import { mergeEntries } from "../../../src/ingest/merge.ts";
import type { CleanEntry } from "../../../src/ingest/types.ts";

const entry = (over: Partial<CleanEntry>): CleanEntry => ({
  digest: "d1",
  file: "d1.txt",
  line: 1,
  title: "A Paper",
  abstract: "Abstract.",
  ...over,
});

describe("mergeEntries", () => {
  it("keeps every field any copy gave and lists all digests sorted", () => {
    const { papers, warnings } = mergeEntries([
      entry({ digest: "b", file: "b.txt", line: 3 }),
      entry({
        digest: "a",
        file: "a.txt",
        line: 9,
        title: "a paper!",
        authors: 3,
        published: "2025-02-23",
        upvotes: 4,
      }),
      entry({ digest: "c", file: "c.txt", upvotes: 10 }),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      digests: ["a", "b", "c"],
      authors: 3,
      published: "2025-02-23",
      upvotes: 10,
    });
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^title written differently/),
    ]);
  });

  it("keeps the longest abstract and warns when copies differ", () => {
    const { papers, warnings } = mergeEntries([
      entry({ abstract: "Short." }),
      entry({ digest: "d2", file: "d2.txt", line: 7, abstract: "A longer abstract." }),
    ]);
    expect(papers[0]?.abstract).toBe("A longer abstract.");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: "d1.txt", line: 1 });
    expect(warnings[0]?.message).toMatch(/different abstracts.*d1\.txt:1, d2\.txt:7/);
  });

  it("does not depend on the order of the copies", () => {
    const copies = [
      entry({
        abstract: "One version.",
        authors: 2,
        published: "2024-01-02",
        organization: "Org B",
      }),
      entry({
        digest: "d2",
        abstract: "Another one!",
        authors: 5,
        published: "2023-05-06",
        organization: "Org A",
      }),
    ];
    const a = mergeEntries(copies).papers;
    const b = mergeEntries([...copies].reverse()).papers;
    expect({ ...a[0], file: "", line: 0 }).toEqual({ ...b[0], file: "", line: 0 });
    expect(a[0]).toMatchObject({ authors: 5, published: "2023-05-06", organization: "Org A" });
  });

  it("merges a paper listed twice in one digest into one page with one digest id", () => {
    const { papers } = mergeEntries([entry({}), entry({ line: 20 })]);
    expect(papers).toHaveLength(1);
    expect(papers[0]?.digests).toEqual(["d1"]);
  });

  it("keeps different titles apart", () => {
    expect(mergeEntries([entry({}), entry({ title: "Another Paper" })]).papers).toHaveLength(2);
  });

  it("extracts links from the kept abstract", () => {
    const { papers } = mergeEntries([entry({ abstract: "Code: https://github.com/o/r." })]);
    expect(papers[0]?.links).toEqual([
      { url: "https://github.com/o/r", kind: "code", label: "o/r" },
    ]);
  });
});
