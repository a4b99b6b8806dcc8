import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../bench/generate.ts";
import { mulberry32 } from "../../../bench/prng.ts";
import { runIngest } from "../../../src/ingest/pipeline.ts";

const encoder = new TextEncoder();
const asDigests = (files: { name: string; text: string }[]) =>
  files.map((f) => ({ path: `seeds/${f.name}`, bytes: encoder.encode(f.text) }));

/** Titles and abstracts of a layout-B file (one line each after the two header lines). */
function layoutBEntries(text: string): { title: string; abstract: string }[] {
  const lines = text.trimEnd().split("\n").slice(2);
  lines[0] = (lines[0] ?? "").replace(/^Subscribe/, "");
  const entries = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    entries.push({ title: lines[i] ?? "", abstract: lines[i + 1] ?? "" });
  }
  return entries;
}

describe("mulberry32", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("generateCorpus", () => {
  it("is deterministic per seed", () => {
    const first = generateCorpus({ papers: 300, seed: 42 });
    expect(generateCorpus({ papers: 300, seed: 42 })).toEqual(first);
    expect(generateCorpus({ papers: 300, seed: 43 }).files[0]?.text).not.toBe(first.files[0]?.text);
  });

  it("uses both layouts, bylines, digests of 50–100 entries and some duplicates", () => {
    const corpus = generateCorpus({ papers: 3000, seed: 1 });
    const layouts = new Set(
      corpus.files.map((f) => (f.layout === "A" && f.bylines ? "A+bylines" : f.layout)),
    );
    expect(layouts).toEqual(new Set(["A", "A+bylines", "B"]));
    for (const f of corpus.files.slice(0, -1)) expect(f.entries).toBeGreaterThanOrEqual(50);
    for (const f of corpus.files) expect(f.entries).toBeLessThanOrEqual(100);
    const duplicateShare = (corpus.entries - corpus.papers) / corpus.entries;
    expect(duplicateShare).toBeGreaterThan(0.02);
    expect(duplicateShare).toBeLessThan(0.08);
    const text = corpus.files.map((f) => f.text).join("\n");
    expect(text).toMatch(/^ {2}• \d+ authors$/m);
    expect(text).toMatch(/^[A-Z][a-z]{2} \d{1,2}, 20\d\d \d+$/m);
    expect(text).toMatch(/https:\/\/github\.com\/[\w-]+\/[\w-]+\./);
  });

  it("writes realistic title and abstract lengths", () => {
    const corpus = generateCorpus({ papers: 1000, seed: 5 });
    const entries = corpus.files
      .filter((f) => f.layout === "B")
      .flatMap((f) => layoutBEntries(f.text));
    expect(entries.length).toBeGreaterThan(100);
    const typical = entries.filter(
      ({ title, abstract }) =>
        title.split(" ").length >= 6 &&
        title.split(" ").length <= 15 &&
        abstract.split(" ").length >= 120 &&
        abstract.split(" ").length <= 270,
    );
    expect(typical.length / entries.length).toBeGreaterThan(0.85);
    for (const { title } of entries) expect(title.length).toBeLessThanOrEqual(400);
  });

  it("carries the real corpus's awkward cases", () => {
    const corpus = generateCorpus({ papers: 3000, seed: 2 });
    const text = corpus.files.map((f) => f.text).join("\n");
    const names = corpus.files.map((f) => f.name);
    expect(
      names.filter((n) => /^\d{4}-\d{2}-\d{2}\.txt$/.test(n)).length / names.length,
    ).toBeGreaterThan(0.6);
    expect(text).toMatch(/^This paper has been withdrawn by the authors due to an error\.$/m);
    expect(text).toMatch(/^.{300,400}$/m); // a long title (abstracts are longer)
    expect(text).toMatch(/\$[^$\n]+\$/);
    expect(text).toMatch(/^[^\n]*(?:<|&)[^\n]*$/m);
    expect(text).toMatch(/^deepseek-ai DeepSeek$/m);
    expect(text).toMatch(/^ {2}• \d+ authors\n[A-Z][a-z]{2} \d/m); // a byline without its "·"
  });
});

// Ingest includes topics and related papers; generous timeouts keep a busy machine from failing it.
describe("generated digests through the real ingest pipeline", { timeout: 60_000 }, () => {
  it("parse without errors into exactly the requested number of papers", () => {
    const corpus = generateCorpus({ papers: 600, seed: 3 });
    const result = runIngest({ today: "2026-12-02", digests: asDigests(corpus.files) });
    expect(result.errors.map(String)).toEqual([]);
    expect(result.summary.entries).toBe(corpus.entries);
    expect(result.summary.papers).toBe(600);
    expect(result.pages).toHaveLength(600);
  });

  it("adds exactly 20 papers with one incremental digest", () => {
    const base = generateCorpus({ papers: 300, seed: 3 });
    const extra = generateCorpus({
      papers: 20,
      seed: 4,
      firstPaper: 300,
      firstDigest: base.files.length,
    });
    expect(extra.files).toHaveLength(1);
    const names = new Set(base.files.map((f) => f.name));
    expect(names.has(extra.files[0]?.name ?? "")).toBe(false);
    const result = runIngest({
      today: "2026-12-02",
      digests: asDigests([...base.files, ...extra.files]),
    });
    expect(result.errors.map(String)).toEqual([]);
    expect(result.summary.papers).toBe(320);
  });
});
