import { dot, orthonormalise, seededRandom, symmetricEigen } from "./linalg.ts";

/** A sparse row: term (any key) → weight. A `Map` works as is. */
export type SparseVector = Iterable<readonly [string | number, number]>;

/** Rows in compressed sparse row form, each row scaled to unit length (cosine geometry). */
interface Csr {
  rows: number;
  cols: number;
  start: Int32Array;
  index: Int32Array;
  value: Float64Array;
}

function toCsr(vectors: readonly SparseVector[]): Csr {
  const columnOf = new Map<string | number, number>();
  const start = [0];
  const index: number[] = [];
  const value: number[] = [];
  for (const vector of vectors) {
    const rowStart = index.length;
    for (const [term, weight] of vector) {
      if (!Number.isFinite(weight) || weight === 0) continue;
      let col = columnOf.get(term);
      if (col === undefined) {
        col = columnOf.size;
        columnOf.set(term, col);
      }
      index.push(col);
      value.push(weight);
    }
    let norm = 0;
    for (let i = rowStart; i < value.length; i++) norm += (value[i] as number) ** 2;
    norm = Math.sqrt(norm);
    if (norm > 0)
      for (let i = rowStart; i < value.length; i++) value[i] = (value[i] as number) / norm;
    start.push(index.length);
  }
  return {
    rows: vectors.length,
    cols: columnOf.size,
    start: Int32Array.from(start),
    index: Int32Array.from(index),
    value: Float64Array.from(value),
  };
}

/** Options for {@link principalComponents}. */
export interface PcaOptions {
  /** How many components to return. */
  components: number;
  /** Seed of the random start block; same seed, same answer. */
  seed?: number;
  /** Subspace (power) iterations; each costs two passes over the non-zeros. */
  iterations?: number;
}

/**
 * Projects sparse rows onto their top principal components (PCA of the row-normalised matrix,
 * centred implicitly so the sparse matrix is never densified). Randomized subspace iteration
 * with a few extra columns, then Rayleigh–Ritz on the small block: O(nnz·k) per iteration,
 * which is what lets the map scale to tens of thousands of papers.
 *
 * Returns one `Float64Array` of length `rows` per component, strongest first. Signs are fixed
 * (positive skew) so small corpus edits do not mirror the map.
 */
export function principalComponents(
  vectors: readonly SparseVector[],
  options: PcaOptions,
): Float64Array[] {
  const m = toCsr(vectors);
  const n = m.rows;
  const want = options.components;
  if (n === 0) return Array.from({ length: want }, () => new Float64Array(0));
  const k = Math.max(1, Math.min(want + 6, n, m.cols));
  const rand = seededRandom(options.seed ?? 1);

  const mean = new Float64Array(m.cols);
  for (let i = 0; i < m.index.length; i++) {
    const c = m.index[i] as number;
    mean[c] = (mean[c] as number) + (m.value[i] as number) / n;
  }

  /** Y = (X − 1·meanᵀ) Q, one column per basis vector. */
  const times = (q: Float64Array[]): Float64Array[] =>
    q.map((col) => {
      const shift = dot(mean, col);
      const y = new Float64Array(n);
      for (let r = 0; r < n; r++) {
        let s = 0;
        for (let i = m.start[r] as number; i < (m.start[r + 1] as number); i++) {
          s += (m.value[i] as number) * (col[m.index[i] as number] as number);
        }
        y[r] = s - shift;
      }
      return y;
    });
  /** Z = (X − 1·meanᵀ)ᵀ Y. */
  const timesTransposed = (y: Float64Array[]): Float64Array[] =>
    y.map((col) => {
      const z = new Float64Array(m.cols);
      let total = 0;
      for (let r = 0; r < n; r++) {
        const yr = col[r] as number;
        total += yr;
        if (yr === 0) continue;
        for (let i = m.start[r] as number; i < (m.start[r + 1] as number); i++) {
          const c = m.index[i] as number;
          z[c] = (z[c] as number) + (m.value[i] as number) * yr;
        }
      }
      for (let c = 0; c < m.cols; c++) z[c] = (z[c] as number) - (mean[c] as number) * total;
      return z;
    });

  let basis: Float64Array[] = Array.from({ length: k }, () => {
    const col = new Float64Array(m.cols);
    for (let c = 0; c < m.cols; c++) col[c] = rand() - 0.5;
    return col;
  });
  orthonormalise(basis, rand);
  for (let it = 0; it < (options.iterations ?? 10); it++) {
    basis = timesTransposed(times(basis));
    orthonormalise(basis, rand);
  }

  // Rayleigh–Ritz: the best rank-`want` directions inside the converged subspace.
  const block = times(basis);
  const gram = block.map((a) => block.map((b) => dot(a, b)));
  const { vectors: ritz } = symmetricEigen(gram);
  const out: Float64Array[] = [];
  for (let j = 0; j < want; j++) {
    const w = ritz[j];
    const coord = new Float64Array(n);
    if (w) {
      for (let r = 0; r < n; r++) {
        let s = 0;
        for (let t = 0; t < k; t++)
          s += ((block[t] as Float64Array)[r] as number) * (w[t] as number);
        coord[r] = s;
      }
    }
    let skew = 0;
    for (const x of coord) skew += x * x * x;
    if (skew < 0) for (let r = 0; r < n; r++) coord[r] = -(coord[r] as number);
    out.push(coord);
  }
  return out;
}
