/**
 * Scales one axis into `[0, size]` robustly: the 2nd–98th percentile range fills the box
 * minus a margin and the few outliers beyond it are clamped to the edge, so one odd paper
 * cannot squeeze everyone else into a corner.
 */
export function robustScale(values: Float64Array, size: number, margin = 0.04): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const sorted = Float64Array.from(values).sort();
  const pick = (q: number) =>
    sorted[Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))] as number;
  const lo = pick(0.02);
  const hi = pick(0.98);
  const span = hi - lo;
  const inner = size * (1 - 2 * margin);
  for (let i = 0; i < n; i++) {
    const t = span > 1e-12 ? ((values[i] as number) - lo) / span : 0.5;
    out[i] = Math.min(size, Math.max(0, size * margin + t * inner));
  }
  return out;
}
