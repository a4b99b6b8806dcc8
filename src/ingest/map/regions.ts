/**
 * Splits a map into regions of similar size (a k-d tree: cut the longer side at the median
 * point), so a large corpus can be browsed as an overview plus one page per region, each small
 * enough to link every paper it holds. Median cuts keep regions balanced even when the papers
 * sit in a few dense clusters, where a quadtree would leave many near-empty cells.
 */

/** A rectangle of the map and the points inside it. */
export interface Region<P> {
  /** Path of cuts from the whole map, e.g. "0110" (0 = lower half, 1 = upper half). */
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  points: P[];
}

/**
 * Regions holding at most `max` points each. Every point lands in exactly one region; points on
 * a cut go to the upper side. Deterministic: ties are broken by input order.
 */
export function splitRegions<P extends { x: number; y: number }>(
  points: readonly P[],
  options: { size: number; max: number },
): Region<P>[] {
  const out: Region<P>[] = [];
  const visit = (id: string, x: number, y: number, w: number, h: number, inside: P[]) => {
    if (inside.length === 0) return;
    if (inside.length <= options.max || id.length >= 24) {
      out.push({ id, x, y, width: w, height: h, points: inside });
      return;
    }
    const alongX = w >= h;
    const key = (p: P) => (alongX ? p.x : p.y);
    const sorted = [...inside].sort((a, b) => key(a) - key(b));
    let cut = key(sorted[Math.floor(sorted.length / 2)] as P);
    // All points on one coordinate cannot be cut there; fall back to the box's middle.
    if (cut <= key(sorted[0] as P)) cut = alongX ? x + w / 2 : y + h / 2;
    const lower = inside.filter((p) => key(p) < cut);
    const upper = inside.filter((p) => key(p) >= cut);
    if (lower.length === 0 || upper.length === 0) {
      out.push({ id, x, y, width: w, height: h, points: inside });
      return;
    }
    if (alongX) {
      visit(`${id}0`, x, y, cut - x, h, lower);
      visit(`${id}1`, cut, y, x + w - cut, h, upper);
    } else {
      visit(`${id}0`, x, y, w, cut - y, lower);
      visit(`${id}1`, x, cut, w, y + h - cut, upper);
    }
  };
  visit("", 0, 0, options.size, options.size, [...points]);
  return out;
}
