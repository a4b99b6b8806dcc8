/**
 * Per-phase CPU and wall time of one ingest run (`npm run ingest -- --timings`), so a slow run
 * can be traced to its step without a profiler. Observation only: results never depend on it.
 */
export interface PhaseTime {
  name: string;
  /** Wall-clock milliseconds. */
  ms: number;
  /** User + system CPU milliseconds of this process (includes GC and other threads). */
  cpuMs: number;
}

export interface PhaseTimer {
  /** Runs `fn` and records its time under `name` (nested phases are recorded separately). */
  time<T>(name: string, fn: () => T): T;
  readonly phases: readonly PhaseTime[];
}

/** A timer that records every phase. */
export function phaseTimer(): PhaseTimer {
  const phases: PhaseTime[] = [];
  let depth = 0;
  return {
    phases,
    time(name, fn) {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      const prefix = "  ".repeat(depth);
      const entry: PhaseTime = { name: `${prefix}${name}`, ms: 0, cpuMs: 0 };
      phases.push(entry);
      depth++;
      try {
        return fn();
      } finally {
        depth--;
        const used = process.cpuUsage(cpu);
        entry.ms = performance.now() - wall;
        entry.cpuMs = (used.user + used.system) / 1000;
      }
    },
  };
}

/** The default: runs each phase and records nothing. */
export const NO_TIMER: PhaseTimer = { phases: [], time: (_name, fn) => fn() };

/** One line per phase, for stderr. */
export function formatTimings(phases: readonly PhaseTime[]): string {
  const width = Math.max(...phases.map((p) => p.name.length), 5);
  const rows = phases.map(
    (p) =>
      `${p.name.padEnd(width)} ${p.cpuMs.toFixed(0).padStart(7)} ${p.ms.toFixed(0).padStart(7)}`,
  );
  return [
    `${"phase".padEnd(width)} ${"cpu ms".padStart(7)} ${"wall ms".padStart(7)}`,
    ...rows,
  ].join("\n");
}
