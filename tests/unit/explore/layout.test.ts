import { describe, expect, it } from "vitest";
import { layoutMap, type MapInput } from "../../../src/ingest/map/layout.ts";
import { seededRandom } from "../../../src/ingest/map/linalg.ts";

/** Papers in `groups` families; each family draws most words from its own vocabulary. */
function corpus(
  groups: number,
  perGroup: number,
  seed = 7,
): { papers: MapInput[]; group: number[] } {
  const rand = seededRandom(seed);
  const papers: MapInput[] = [];
  const group: number[] = [];
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < perGroup; i++) {
      const vector = new Map<string, number>();
      for (let w = 0; w < 12; w++) {
        const own = rand() < 0.8;
        const term = own
          ? `g${g}-w${Math.floor(rand() * 15)}`
          : `common-${Math.floor(rand() * 40)}`;
        vector.set(term, (vector.get(term) ?? 0) + 1);
      }
      papers.push({ slug: `p-${g}-${i}`, vector });
      group.push(g);
    }
  }
  return { papers, group };
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe("layoutMap", () => {
  it("gives the same map for the same corpus", () => {
    const { papers } = corpus(4, 30);
    expect(layoutMap(papers)).toEqual(layoutMap(papers));
  });

  it("returns one integer point per paper, inside the box, in input order", () => {
    const { papers } = corpus(3, 25);
    const points = layoutMap(papers, { size: 500 });
    expect(points.map((p) => p.slug)).toEqual(papers.map((p) => p.slug));
    for (const p of points) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(500);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(500);
    }
  });

  it("spreads the dots over the square instead of stacking them", () => {
    const { papers } = corpus(5, 40);
    const points = layoutMap(papers);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(600);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(600);
    const distinct = new Set(points.map((p) => `${p.x},${p.y}`));
    expect(distinct.size).toBe(points.length);
  });

  it("puts papers of the same family closer together than papers of different families", () => {
    const { papers, group } = corpus(4, 30);
    const points = layoutMap(papers);
    let same = 0;
    let sameCount = 0;
    let other = 0;
    let otherCount = 0;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const d = dist(points[i] as never, points[j] as never);
        if (group[i] === group[j]) {
          same += d;
          sameCount++;
        } else {
          other += d;
          otherCount++;
        }
      }
    }
    expect(same / sameCount).toBeLessThan(0.6 * (other / otherCount));
  });

  it("draws a paper towards its related papers", () => {
    const { papers } = corpus(3, 20);
    const loose = layoutMap(papers, { pull: 0 });
    const linked = papers.map((p, i) => (i === 0 ? { ...p, related: ["p-2-0", "p-2-1"] } : p));
    const pulled = layoutMap(linked);
    const target = (pts: typeof loose) => dist(pts[0] as never, pts[40] as never);
    expect(target(pulled)).toBeLessThan(target(loose));
  });

  it("copes with tiny and degenerate corpora", () => {
    expect(layoutMap([])).toEqual([]);
    const one = layoutMap([{ slug: "a", vector: new Map([["x", 1]]) }]);
    expect(one).toHaveLength(1);
    const same = layoutMap(["a", "b", "c"].map((slug) => ({ slug, vector: new Map([["x", 1]]) })));
    for (const p of same) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const empty = layoutMap(["a", "b"].map((slug) => ({ slug, vector: new Map() })));
    for (const p of empty) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});
