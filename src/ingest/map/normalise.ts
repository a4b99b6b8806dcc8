/**
 * Scales one axis into `[0, size]`. Half of the position is the robust linear value (the
 * 2nd–98th percentile range fills the box, outliers are clamped to the edge) and half is the
 * rank (histogram equalisation). PCA of TF-IDF piles most papers into one dense core with a
 * sparse fringe; mixing in the rank opens the core up while keeping every paper's order on the
 * axis, so neighbours stay neighbours.
 */
export function robustScale(
  values: Float64Array,
  size: number,
  options: { margin?: number; rankShare?: number } = {},
): Float64Array {
  const margin = options.margin ?? 0.04;
  const rankShare = options.rankShare ?? 0.5;
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number) || a - b,
  );
  const sorted = order.map((i) => values[i] as number);
  const pick = (q: number) =>
    sorted[Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))] as number;
  const lo = pick(0.02);
  const hi = pick(0.98);
  const span = hi - lo;
  const rank = new Float64Array(n);
  // Ties share their mean rank, so identical papers stay together.
  for (let a = 0; a < n; ) {
    let b = a;
    while (b + 1 < n && sorted[b + 1] === sorted[a]) b++;
    for (let k = a; k <= b; k++) rank[order[k] as number] = n > 1 ? (a + b) / 2 / (n - 1) : 0.5;
    a = b + 1;
  }
  const inner = size * (1 - 2 * margin);
  for (let i = 0; i < n; i++) {
    const linear =
      span > 1e-12 ? Math.min(1, Math.max(0, ((values[i] as number) - lo) / span)) : 0.5;
    const t = (1 - rankShare) * linear + rankShare * (rank[i] as number);
    out[i] = size * margin + t * inner;
  }
  return out;
}

/**
 * Stretches the points linearly (each axis on its own) so they span `[margin·size,
 * (1 − margin)·size]` again: smoothing towards related papers shrinks the cloud, and the map
 * should use its whole box.
 */
export function fitToBox(xs: Float64Array, ys: Float64Array, size: number, margin = 0.03): void {
  for (const axis of [xs, ys]) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of axis) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const span = hi - lo;
    for (let i = 0; i < axis.length; i++) {
      axis[i] =
        span > 1e-9
          ? size * margin + (((axis[i] as number) - lo) / span) * size * (1 - 2 * margin)
          : size / 2;
    }
  }
}
