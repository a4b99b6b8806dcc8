/**
 * Readability pass over a 2-D layout: pulls each paper a little towards its related papers
 * (so neighbourhoods read as clusters) and pushes apart dots closer than `minDistance` (so dots
 * don't hide each other). Repulsion only looks at the 3×3 neighbouring cells of a uniform grid,
 * so each iteration costs O(n + edges) on average. Deterministic: no randomness, fixed order.
 */
export interface SpreadOptions {
  /** Box side; coordinates stay within [0, size]. */
  size: number;
  /** Dots closer than this are pushed apart. */
  minDistance: number;
  /** For each point, indices of the points it should sit near. */
  neighbours?: readonly (readonly number[])[];
  /** Share of the gap to neighbours closed per iteration (0 = none). */
  pull?: number;
  iterations?: number;
}

/** Moves the points in place; see {@link SpreadOptions}. */
export function spread(xs: Float64Array, ys: Float64Array, options: SpreadOptions): void {
  const n = xs.length;
  const { size, minDistance: d } = options;
  const pull = options.pull ?? 0;
  const cells = Math.max(1, Math.floor(size / d));
  const cell = size / cells;
  const head = new Int32Array(cells * cells);
  const next = new Int32Array(n);
  const clamp = (v: number) => Math.min(size, Math.max(0, v));
  const far = d * d * (1 + 1e-9);
  for (let it = 0; it < (options.iterations ?? 20); it++) {
    if (pull > 0 && options.neighbours) {
      // Jacobi-style update: every target is computed from the old positions, so order doesn't matter.
      const nx = Float64Array.from(xs);
      const ny = Float64Array.from(ys);
      for (let i = 0; i < n; i++) {
        const nb = options.neighbours[i] ?? [];
        if (nb.length === 0) continue;
        let cx = 0;
        let cy = 0;
        for (const j of nb) {
          cx += xs[j] as number;
          cy += ys[j] as number;
        }
        nx[i] = (xs[i] as number) + pull * (cx / nb.length - (xs[i] as number));
        ny[i] = (ys[i] as number) + pull * (cy / nb.length - (ys[i] as number));
      }
      xs.set(nx);
      ys.set(ny);
    }
    head.fill(-1);
    const cellOf = (v: number) => Math.min(cells - 1, Math.floor(v / cell));
    for (let i = 0; i < n; i++) {
      const c = cellOf(xs[i] as number) * cells + cellOf(ys[i] as number);
      next[i] = head[c] as number;
      head[c] = i;
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      const cx = cellOf(xs[i] as number);
      const cy = cellOf(ys[i] as number);
      for (let gx = Math.max(0, cx - 1); gx <= Math.min(cells - 1, cx + 1); gx++) {
        for (let gy = Math.max(0, cy - 1); gy <= Math.min(cells - 1, cy + 1); gy++) {
          for (let j = head[gx * cells + gy] as number; j !== -1; j = next[j] as number) {
            if (j <= i) continue;
            let dx = (xs[j] as number) - (xs[i] as number);
            let dy = (ys[j] as number) - (ys[i] as number);
            // Most pairs in the 3×3 cells are clearly too far apart: skip them on the squared
            // distance (with a margin, so no pair Math.hypot would keep is dropped).
            if (dx * dx + dy * dy > far) continue;
            let dist = Math.hypot(dx, dy);
            if (dist >= d) continue;
            if (dist < 1e-9) {
              // Coincident dots: separate along a direction fixed by their indices.
              const angle = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
              dx = Math.cos(angle);
              dy = Math.sin(angle);
              dist = 0;
            } else {
              dx /= dist;
              dy /= dist;
            }
            const push = (d - dist) / 2;
            xs[i] = clamp((xs[i] as number) - dx * push);
            ys[i] = clamp((ys[i] as number) - dy * push);
            xs[j] = clamp((xs[j] as number) + dx * push);
            ys[j] = clamp((ys[j] as number) + dy * push);
            moved = true;
          }
        }
      }
    }
    if (!moved && pull === 0) break;
  }
}
