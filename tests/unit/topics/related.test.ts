import { describe, expect, it } from "vitest";
import { enrich } from "../../../src/ingest/enrich.ts";
import { relatedPapers } from "../../../src/ingest/related.ts";
import { tokenizePaper } from "../../../src/ingest/text/index.ts";
import { buildVectors, dot } from "../../../src/ingest/vectors.ts";

const words = [
  "merge",
  "quantize",
  "prune",
  "expert",
  "router",
  "adapter",
  "lora",
  "attention",
  "kernel",
  "sparse",
];
/** Twelve small papers in three families, deterministic. */
const papers = Array.from({ length: 12 }, (_, i) => {
  const family = i % 3;
  const w = words.slice(family * 3, family * 3 + 4);
  return {
    slug: `paper-${String(i).padStart(2, "0")}`,
    title: `${w[0]} ${w[1]} study ${i}`,
    abstract: `${w.join(" ")} ${w[i % 4]} results for ${words[(i * 7) % 10]}.`,
  };
});

describe("related papers", () => {
  const r = enrich(papers, []);

  it("lists exactly five other papers, never the paper itself", () => {
    for (const [slug, e] of r) {
      expect(e.related).toHaveLength(5);
      expect(e.related).not.toContain(slug);
      expect(new Set(e.related).size).toBe(5);
    }
  });

  it("puts papers of the same family first", () => {
    const family = (s: string) => Number(s.slice(-2)) % 3;
    for (const [slug, e] of r) expect(family(e.related[0] as string)).toBe(family(slug));
  });

  it("is the same for any input order", () => {
    const shuffled = [...papers].sort(
      (a, b) => (a.title.length % 5) - (b.title.length % 5) || (a.slug < b.slug ? 1 : -1),
    );
    expect([...enrich(shuffled, [])].sort()).toEqual([...r].sort());
  });

  it("orders equally similar papers by slug", () => {
    const same = ["c", "a", "d", "b"].map((slug) => ({
      slug,
      title: "Same",
      abstract: "identical words here",
    }));
    const e = enrich([...same, { slug: "z", title: "Same", abstract: "identical words here" }], []);
    expect(e.get("z")?.related).toEqual(["a", "b", "c", "d"]);
  });

  it("returns fewer when the corpus has fewer than six papers, none for one paper", () => {
    expect(enrich(papers.slice(0, 4), []).get("paper-00")?.related).toHaveLength(3);
    expect(enrich(papers.slice(0, 1), []).get("paper-00")?.related).toEqual([]);
  });

  it("still fills the list for a paper sharing no word with any other", () => {
    const e = enrich([...papers, { slug: "odd", title: "Zebra", abstract: "giraffe okapi" }], []);
    expect(e.get("odd")?.related).toHaveLength(5);
  });

  it("stays linear for a corpus of papers that share no word: each gets the first slugs", () => {
    // 20,000 papers of one unique word each: a scan of all papers per paper would be 4·10⁸ dots.
    const n = 20_000;
    const vectors = Array.from({ length: n }, (_, i) => ({
      ids: Uint32Array.of(i),
      weights: Float64Array.of(1),
    }));
    const keys = Array.from({ length: n }, (_, i) => `p${String(i).padStart(5, "0")}`);
    const started = performance.now();
    const rel = relatedPapers(vectors, keys);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(rel[0]).toEqual([1, 2, 3, 4, 5]);
    expect(rel[3]).toEqual([0, 1, 2, 4, 5]);
    expect(rel[n - 1]).toEqual([0, 1, 2, 3, 4]);
  });

  it("ranks by exact cosine: the first related paper is the most similar one", () => {
    const texts = papers.map(tokenizePaper);
    const { vectors } = buildVectors(texts);
    const rel = relatedPapers(
      vectors,
      papers.map((p) => p.slug),
    );
    vectors.forEach((v, i) => {
      const best = Math.max(...vectors.map((w, j) => (j === i ? -1 : dot(v, w))));
      expect(dot(v, vectors[rel[i]?.[0] as number] as never)).toBeCloseTo(best);
    });
  });
});
