/**
 * Small dense linear-algebra helpers for the map layout. Vectors are plain `Float64Array`s;
 * nothing here allocates more than O(n·k) for n rows and k (≤ 16) columns.
 */

/** Deterministic 32-bit PRNG (mulberry32), so the same corpus always gets the same map. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dot product of two equally long vectors. */
export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

/**
 * Orthonormalises the columns in place (modified Gram–Schmidt, twice for stability).
 * A column that collapses to zero is refilled from `rand`, so the basis keeps full rank.
 */
export function orthonormalise(cols: Float64Array[], rand: () => number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < cols.length; j++) {
      const c = cols[j] as Float64Array;
      for (let i = 0; i < j; i++) {
        const p = cols[i] as Float64Array;
        const d = dot(c, p);
        for (let t = 0; t < c.length; t++) c[t] = (c[t] as number) - d * (p[t] as number);
      }
      let norm = Math.sqrt(dot(c, c));
      if (norm < 1e-12) {
        for (let t = 0; t < c.length; t++) c[t] = rand() - 0.5;
        norm = Math.sqrt(dot(c, c));
      }
      for (let t = 0; t < c.length; t++) c[t] = (c[t] as number) / norm;
    }
  }
}

/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations.
 * Returns eigenvalues (descending) and the matching unit eigenvectors.
 */
export function symmetricEigen(m: number[][]): { values: number[]; vectors: number[][] } {
  const k = m.length;
  const a = m.map((row) => row.slice());
  const v = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)),
  );
  const at = (r: number, c: number) => (a[r] as number[])[c] as number;
  const set = (mat: number[][], r: number, c: number, x: number) => {
    (mat[r] as number[])[c] = x;
  };
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += at(p, q) ** 2;
    if (off < 1e-24) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = at(p, q);
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (at(q, q) - at(p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = at(r, p);
          const arq = at(r, q);
          set(a, r, p, c * arp - s * arq);
          set(a, r, q, s * arp + c * arq);
        }
        for (let r = 0; r < k; r++) {
          const apr = at(p, r);
          const aqr = at(q, r);
          set(a, p, r, c * apr - s * aqr);
          set(a, q, r, s * apr + c * aqr);
        }
        for (let r = 0; r < k; r++) {
          const vrp = (v[r] as number[])[p] as number;
          const vrq = (v[r] as number[])[q] as number;
          set(v, r, p, c * vrp - s * vrq);
          set(v, r, q, s * vrp + c * vrq);
        }
      }
    }
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((i, j) => at(j, j) - at(i, i));
  return {
    values: order.map((i) => at(i, i)),
    vectors: order.map((i) => v.map((row) => row[i] as number)),
  };
}
