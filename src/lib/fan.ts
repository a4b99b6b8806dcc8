/**
 * Geometry of the neighbourhood fan on paper pages (src/components/explore/Neighbourhood.astro):
 * the paper on the left, up to `FAN_MAX` related papers stacked on the right, one edge to each,
 * thicker for closer papers. The edges depend only on how many related papers there are, so
 * they are drawn once per count in the shared sprite (`fan-<n>` in icons.svg), nodes and their
 * numbers included, and every page `<use>`s them. Only the colours differ per page: each node
 * fills with a custom property (`--n0` for the paper, `--n1`… for its related papers), which the
 * page sets on the `<svg>` and which inherits into the `<use>` (issue 7: ~400 bytes less per page).
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

/** Node radius and number style, in the symbol itself: page CSS does not reach into a `<use>`d sprite. */
const NODE_RADIUS = 'r="10"';
const NUMBER_STYLE =
  "font-size:11px;font-weight:600;text-anchor:middle;dominant-baseline:central;fill:var(--x-halo)";

/**
 * The nodes of a fan: the paper's own (`--n0`) and one numbered node per related paper
 * (`--n1`…), each filled with its custom property.
 */
export function fanNodes(count: number): string {
  const g = fanGeometry(count);
  const node = (x: number, y: number, i: number) =>
    `<circle cx="${x}" cy="${y}" ${NODE_RADIUS} style="fill:var(--n${i})"/>`;
  return [
    node(g.centre.x, g.centre.y, 0),
    ...g.nodes.map(
      (n, i) =>
        `${node(n.x, n.y, i + 1)}<text x="${n.x}" y="${n.y}" style="${NUMBER_STYLE}">${i + 1}</text>`,
    ),
  ].join("");
}

/**
 * The colour variables a page sets on its fan: `--n<i>` → the explore palette hue `--xc<hue>` of
 * the paper (i = 0) and of each related paper.
 */
export function fanColours(hues: readonly number[]): string {
  return hues.map((hue, i) => `--n${i}:var(--xc${hue})`).join(";");
}

/** Sprite symbols `fan-1` … `fan-<FAN_MAX>`, one per count: edges, then nodes on top. */
export function fanSymbols(): string {
  return Array.from({ length: FAN_MAX }, (_, i) => {
    const g = fanGeometry(i + 1);
    return `<symbol id="fan-${i + 1}" viewBox="0 0 ${g.width} ${g.height}"><g stroke="currentColor">${fanEdges(i + 1)}</g>${fanNodes(i + 1)}</symbol>`;
  }).join("");
}
