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

describe("splitRegions", () => {
  it("puts every point in exactly one region of bounded size, inside its square", async () => {
    const { splitRegions } = await import("../../../src/ingest/map/regions.ts");
    const rand = seededRandom(5);
    // Clustered points, some on cell borders and the far edge.
    const points = Array.from({ length: 3000 }, (_, i) => ({
      i,
      x: i % 10 === 0 ? 500 : Math.round(rand() ** 2 * 1000),
      y: i % 7 === 0 ? 1000 : Math.round(rand() * 1000),
    }));
    const regions = splitRegions(points, { size: 1000, max: 200 });
    const seen = regions.flatMap((r) => r.points.map((p) => p.i)).sort((a, b) => a - b);
    expect(seen).toEqual(points.map((p) => p.i));
    for (const r of regions) {
      expect(r.points.length).toBeGreaterThan(0);
      expect(r.points.length).toBeLessThanOrEqual(200);
      for (const p of r.points) {
        expect(p.x).toBeGreaterThanOrEqual(r.x);
        expect(p.y).toBeGreaterThanOrEqual(r.y);
        if (r.x + r.width < 1000) expect(p.x).toBeLessThan(r.x + r.width);
        if (r.y + r.height < 1000) expect(p.y).toBeLessThan(r.y + r.height);
      }
    }
    expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
    // Balanced: no region is tiny, so the overview has no near-empty cells.
    expect(Math.min(...regions.map((r) => r.points.length))).toBeGreaterThan(50);
  });

  it("keeps a small map whole", async () => {
    const { splitRegions } = await import("../../../src/ingest/map/regions.ts");
    const regions = splitRegions([{ x: 1, y: 2 }], { size: 1000, max: 10 });
    expect(regions).toEqual([
      { id: "", x: 0, y: 0, width: 1000, height: 1000, points: [{ x: 1, y: 2 }] },
    ]);
  });
});
