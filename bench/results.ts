import type { SearchCost } from "./search.ts";

/** One measured phase (a child process). Times in ms, memory in MiB. */
export interface PhaseResult {
  ms: number;
  peakRssMb: number;
  maxProcessRssMb: number;
  cpuS: number | null;
  exitCode: number;
  /** Timings or counts the tool printed itself (e.g. ingest sub-phases, pages indexed). */
  reported?: Record<string, number>;
}

/** Phase names, in pipeline order. `incr:*` are the rebuild after one extra digest. */
export const PHASES = [
  "ingest",
  "astro",
  "pagefind",
  "hugo",
  "hugo-pagefind",
  "incr:ingest",
  "incr:astro",
  "incr:pagefind",
] as const;
export type PhaseName = (typeof PHASES)[number];

/** Size and shape of a built site. */
export interface DistStats {
  bytes: number;
  files: number;
  /** Bytes per top-level folder (`papers/by` apart from the paper pages), to see what grows. */
  byFolder?: Record<string, number>;
  /** Paper pages found (`<slug>/index.html` under `papers/`). */
  paperPages: number;
  /** Mean size of a paper page's HTML, bytes. */
  bytesPerPaperPage: number | null;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
  papers: number;
  digests: number;
  /** Entries over all digests, cross-digest duplicates included. */
  entries: number;
  /** Pages written by ingest (should equal `papers`). */
  pagesWritten: number | null;
  phases: Partial<Record<PhaseName, PhaseResult>>;
  dist: DistStats | null;
  hugoDist: DistStats | null;
  search: SearchCost | null;
  /** Free-form notes: failures, skipped phases. */
  notes: string[];
}

/** Describes the machine a run was taken on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memTotalGb: number;
  /** 1-minute load average just before the run: >0.5 means other jobs competed for the CPU. */
  loadAvgAtStart: number;
  node: string;
  astro: string;
  pagefind: string;
  hugo: string;
}

/** The JSON file `bench/out/results-<timestamp>.json`. */
export interface RunResult {
  startedAt: string;
  /** Short commit hash of the measured tree, with `+dirty` for uncommitted changes. */
  commit: string;
  machine: Machine;
  /** Highest 1-minute load average sampled during the run. */
  maxLoadAvg: number;
  sizes: SizeResult[];
}
