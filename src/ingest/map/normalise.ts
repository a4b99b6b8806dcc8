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
