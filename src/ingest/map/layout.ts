import { fitToBox, robustScale } from "./normalise.ts";
import { principalComponents, type SparseVector } from "./pca.ts";
import { spread } from "./spread.ts";

export type { SparseVector } from "./pca.ts";

/** One paper as the map needs it. */
export interface MapInput {
  slug: string;
  /** The paper's text vector (e.g. TF-IDF of title and abstract); any term keys. */
  vector: SparseVector;
  /** Slugs of related papers; the layout pulls a paper gently towards them. */
  related?: readonly string[];
}

/** A dot on the map; integer coordinates in `[0, size]`. */
export interface MapPoint {
  slug: string;
  x: number;
  y: number;
}

/** Options for {@link layoutMap}. */
export interface LayoutOptions {
  /** Side of the square the coordinates fill. Default 1000. */
  size?: number;
  /** Seed for the random start of the SVD. Default 1. */
  seed?: number;
  /** Share of the gap to related papers closed per smoothing iteration. Default 0.15. */
  pull?: number;
}

/**
 * Lays the corpus out in 2-D at build time: the top two principal components of the
 * (row-normalised) text vectors, scaled robustly to fill the square, then a short smoothing pass
 * that draws related papers together and pushes overlapping dots apart. Pure and deterministic:
 * the same input gives the same map. Cost O(nnz·k) for the SVD plus O(n) per smoothing pass.
 *
 * Returns points in input order; coordinates are rounded to integers to keep the SVG small.
 */
export function layoutMap(papers: readonly MapInput[], options: LayoutOptions = {}): MapPoint[] {
  const size = options.size ?? 1000;
  const n = papers.length;
  if (n === 0) return [];
  const [pc1, pc2] = principalComponents(
    papers.map((p) => p.vector),
    { components: 2, seed: options.seed ?? 1 },
  );
  const xs = robustScale(pc1 as Float64Array, size);
  const ys = robustScale(pc2 as Float64Array, size);

  const indexOf = new Map(papers.map((p, i) => [p.slug, i]));
  const neighbours = papers.map((p) =>
    (p.related ?? []).map((s) => indexOf.get(s)).filter((i): i is number => i !== undefined),
  );
  // Dot spacing shrinks with corpus size so 10k papers still fit; ~0.45 of the mean free spacing.
  const minDistance = Math.max(2, Math.min(14, (0.45 * size) / Math.sqrt(n)));
  spread(xs, ys, {
    size,
    minDistance,
    neighbours,
    pull: options.pull ?? 0.15,
    iterations: 12,
  });
  fitToBox(xs, ys, size);
  // Finish with pure overlap removal so the pull cannot leave dots stacked.
  spread(xs, ys, { size, minDistance, iterations: 8 });

  return papers.map((p, i) => ({
    slug: p.slug,
    x: Math.round(xs[i] as number),
    y: Math.round(ys[i] as number),
  }));
}
