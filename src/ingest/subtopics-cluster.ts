import { seededRandom } from "./map/linalg.ts";
import { keyHash } from "./slug.ts";
import type { SparseVec } from "./vectors.ts";

/**
 * Spherical k-means over TF-IDF vectors (Dhillon & Modha, "Concept decompositions for large
 * sparse text data using clustering", 2001): documents and centroids on the unit sphere,
 * similarity is the cosine. Deterministic: the random start comes from a seed, and callers
 * derive the seed from the documents themselves. Pure.
 */

/** Tuning of {@link sphericalKMeans}. */
export interface KMeansOptions {
  /** At most this many assign/update rounds (it usually settles in 10–20). Default 30. */
  iterations: number;
  /** Seed of the k-means++ start. */
  seed: number;
  /**
   * A cluster smaller than this is dissolved (its documents join their next most similar
   * cluster) and the rounds resume, smallest first, while more than one cluster is left. Default 1.
   */
  minSize: number;
}

/** The seed of a set of documents: a hash of their sorted keys, so any input order gives it. */
export function seedOf(keys: readonly string[]): number {
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Number.parseInt(keyHash(sorted.join("\n"), 8), 16);
}

/** `v · c` for a sparse document and a dense centroid. */
function dotDense(v: SparseVec, c: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.ids.length; i++)
    s += (v.weights[i] as number) * (c[v.ids[i] as number] as number);
  return s;
}

/**
 * The documents over their own vocabulary: term ids renumbered 0 … m−1 (in id order), terms that
 * only one of them uses dropped (they cannot pull two documents together), rows re-normalised.
 * Keeps centroids as small as the documents' vocabulary, not the corpus's.
 */
export function localVectors(docs: readonly SparseVec[]): { docs: SparseVec[]; dims: number } {
  const df = new Map<number, number>();
  for (const v of docs) for (const id of v.ids) df.set(id, (df.get(id) ?? 0) + 1);
  const kept = [...df].filter(([, d]) => d >= 2).map(([id]) => id);
  kept.sort((a, b) => a - b);
  const local = new Map(kept.map((id, i) => [id, i]));
  const out = docs.map((v) => {
    const ids: number[] = [];
    const weights: number[] = [];
    for (let i = 0; i < v.ids.length; i++) {
      const l = local.get(v.ids[i] as number);
      if (l === undefined) continue;
      ids.push(l);
      weights.push(v.weights[i] as number);
    }
    const norm = Math.hypot(...weights) || 1;
    return { ids: Uint32Array.from(ids), weights: Float64Array.from(weights, (w) => w / norm) };
  });
  return { docs: out, dims: kept.length };
}

/**
 * Cluster of each document (0 … k−1; every cluster non-empty when there are at least `k`
 * documents with distinct vectors). Starts from k-means++ seeding (each next centre drawn with
 * probability ∝ its distance 1 − cos to the nearest centre so far), then alternates assigning
 * every document to its most similar centroid (ties: lower cluster) and re-normalising the
 * centroids, until nothing moves. Term ids must be below `dims` (see {@link localVectors}).
 */
export function sphericalKMeans(
  docs: readonly SparseVec[],
  k: number,
  dims: number,
  options: Partial<KMeansOptions> = {},
): Int32Array {
  const n = docs.length;
  const assign = new Int32Array(n);
  if (n === 0 || k <= 1) return assign;
  const rand = seededRandom(options.seed ?? 1);
  const iterations = options.iterations ?? 30;
  const centroids = Array.from({ length: k }, () => new Float64Array(dims));
  const setCentre = (c: Float64Array, v: SparseVec) => {
    c.fill(0);
    for (let i = 0; i < v.ids.length; i++) c[v.ids[i] as number] = v.weights[i] as number;
  };

  // k-means++: the first centre at random, then far-away documents are likelier.
  const nearest = new Float64Array(n).fill(-Infinity);
  let first = Math.floor(rand() * n);
  for (let j = 0; j < k; j++) {
    setCentre(centroids[j] as Float64Array, docs[first] as SparseVec);
    let total = 0;
    for (let d = 0; d < n; d++) {
      const s = dotDense(docs[d] as SparseVec, centroids[j] as Float64Array);
      if (s > (nearest[d] as number)) nearest[d] = s;
      total += Math.max(0, 1 - (nearest[d] as number));
    }
    if (j === k - 1) break;
    let pick = rand() * total;
    first = n - 1;
    for (let d = 0; d < n; d++) {
      pick -= Math.max(0, 1 - (nearest[d] as number));
      if (pick <= 0 && 1 - (nearest[d] as number) > 0) {
        first = d;
        break;
      }
    }
  }

  const minSize = options.minSize ?? 1;
  let live = Array.from({ length: k }, (_, j) => j);
  for (;;) {
    settle(docs, centroids, live, assign, iterations, dims);
    const sizes = new Map(live.map((j) => [j, 0]));
    for (const j of assign) sizes.set(j, (sizes.get(j) ?? 0) + 1);
    // Smallest first, ties by cluster number: deterministic.
    const [smallest, size] = [...sizes].sort((a, b) => a[1] - b[1] || a[0] - b[0])[0] as [
      number,
      number,
    ];
    if (size >= minSize || live.length <= 1) break;
    live = live.filter((j) => j !== smallest);
  }
  // Renumber the surviving clusters 0 … m−1 in their original order.
  const renumber = new Map(live.map((j, i) => [j, i]));
  return assign.map((j) => renumber.get(j) as number);
}

/** Assign/update rounds over the `live` centroids until no document moves. */
function settle(
  docs: readonly SparseVec[],
  centroids: Float64Array[],
  live: readonly number[],
  assign: Int32Array,
  iterations: number,
  dims: number,
): void {
  const n = docs.length;
  assign.fill(-1);
  for (let round = 0; round < iterations; round++) {
    let moved = 0;
    for (let d = 0; d < n; d++) {
      const v = docs[d] as SparseVec;
      let best = live[0] as number;
      let bestScore = -Infinity;
      for (const j of live) {
        const s = dotDense(v, centroids[j] as Float64Array);
        if (s > bestScore) {
          bestScore = s;
          best = j;
        }
      }
      if (assign[d] !== best) {
        assign[d] = best;
        moved++;
      }
    }
    if (moved === 0) break;
    for (const j of live) (centroids[j] as Float64Array).fill(0);
    for (let d = 0; d < n; d++) {
      const v = docs[d] as SparseVec;
      const c = centroids[assign[d] as number] as Float64Array;
      for (let i = 0; i < v.ids.length; i++) {
        const id = v.ids[i] as number;
        c[id] = (c[id] as number) + (v.weights[i] as number);
      }
    }
    for (const j of live) {
      const c = centroids[j] as Float64Array;
      let norm = 0;
      for (let i = 0; i < dims; i++) norm += (c[i] as number) ** 2;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let i = 0; i < dims; i++) c[i] = (c[i] as number) / norm;
    }
  }
}
