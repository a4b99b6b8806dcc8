/**
 * Geometry of the neighbourhood fan on paper pages (src/components/explore/Neighbourhood.astro):
 * the paper on the left, up to `FAN_MAX` related papers stacked on the right, one edge to each,
 * thicker for closer papers. The edges depend only on how many related papers there are, so
 * they are drawn once per count in the shared sprite (`fan-<n>` in icons.svg) and every page
 * `<use>`s them; the coloured, numbered nodes stay in the page.
 */

/** Row pitch in px: one node (and one row of the related list) per row. */
export const FAN_ROW = 28;
/** Width of the drawing in px. */
export const FAN_WIDTH = 96;
/** Most related papers a paper has (ingest keeps five); larger counts are drawn inline. */
export const FAN_MAX = 5;

export interface FanGeometry {
  width: number;
  height: number;
  /** The paper's own node. */
  centre: { x: number; y: number };
  /** The related papers' nodes, closest first. */
  nodes: { x: number; y: number }[];
  /** Edge width per node, px: 4 for the closest, thinner down to 1. */
  widths: number[];
}

/** Where the nodes and edges of a fan with `count` related papers go. Pure. */
export function fanGeometry(count: number): FanGeometry {
  const height = count * FAN_ROW;
  const nodes = Array.from({ length: count }, (_, i) => ({
    x: FAN_WIDTH - 12,
    y: i * FAN_ROW + FAN_ROW / 2,
  }));
  return {
    width: FAN_WIDTH,
    height,
    centre: { x: 14, y: height / 2 },
    nodes,
    widths: nodes.map((_, i) => Math.round(Math.max(1, 4 - i * 0.6) * 10) / 10),
  };
}

/** The edges of a fan as SVG `<line>`s (stroke from the surrounding `color`). */
export function fanEdges(count: number): string {
  const g = fanGeometry(count);
  return g.nodes
    .map(
      (n, i) =>
        `<line x1="${g.centre.x}" y1="${g.centre.y}" x2="${n.x}" y2="${n.y}" stroke-width="${g.widths[i]}"/>`,
    )
    .join("");
}

/** Sprite symbols `fan-1` … `fan-<FAN_MAX>`, one per count. */
export function fanSymbols(): string {
  return Array.from({ length: FAN_MAX }, (_, i) => {
    const g = fanGeometry(i + 1);
    return `<symbol id="fan-${i + 1}" viewBox="0 0 ${g.width} ${g.height}" stroke="currentColor">${fanEdges(i + 1)}</symbol>`;
  }).join("");
}
