/**
 * Splits a square map into regions by quadtree, so a large corpus can be browsed as an overview
 * plus one page per region, each small enough to link every paper it holds.
 */

/** A square region of the map and the points inside it. */
export interface Region<P> {
  /** Quadrant path from the whole map, e.g. "031" (digits 0–3: top-left, top-right, bottom-left, bottom-right). */
  id: string;
  x: number;
  y: number;
  size: number;
  points: P[];
}

/**
 * Quadtree leaves holding at most `max` points each (unless `maxDepth` stops the split, e.g.
 * when many points share one spot). Empty leaves are dropped; every point lands in exactly one
 * region. Regions come in quadrant order, so ids and order are deterministic.
 */
export function quadRegions<P extends { x: number; y: number }>(
  points: readonly P[],
  options: { size: number; max: number; maxDepth?: number },
): Region<P>[] {
  const out: Region<P>[] = [];
  const maxDepth = options.maxDepth ?? 8;
  const visit = (id: string, x: number, y: number, size: number, inside: P[]) => {
    if (inside.length === 0) return;
    if (inside.length <= options.max || id.length >= maxDepth) {
      out.push({ id, x, y, size, points: inside });
      return;
    }
    const half = size / 2;
    const quads: P[][] = [[], [], [], []];
    for (const p of inside) {
      const q = (p.x >= x + half ? 1 : 0) + (p.y >= y + half ? 2 : 0);
      (quads[q] as P[]).push(p);
    }
    quads.forEach((qs, q) => {
      visit(`${id}${q}`, x + (q % 2) * half, y + Math.floor(q / 2) * half, half, qs);
    });
  };
  visit("", 0, 0, options.size, [...points]);
  return out;
}
