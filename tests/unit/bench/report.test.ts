import { describe, expect, it } from "vitest";
import { latestPerSize, renderBenchmarks, totalMs } from "../../../bench/report.ts";
import type { PhaseResult, RunResult, SizeResult } from "../../../bench/results.ts";
import { parseReported, reusedPageCount } from "../../../bench/tool-output.ts";

const phase = (ms: number, peakRssMb = 100, exitCode = 0): PhaseResult => ({
  ms,
  peakRssMb,
  maxProcessRssMb: peakRssMb,
  cpuS: ms / 1000,
  exitCode,
});

const size = (papers: number, scale: number): SizeResult => ({
  papers,
  digests: papers / 75,
  entries: Math.round(papers * 1.05),
  pagesWritten: papers,
  phases: {
    ingest: phase(papers * scale),
    astro: phase(papers * 10 * scale, 2000),
    pagefind: phase(papers * scale),
    hugo: phase(papers * 0.5),
    "hugo-pagefind": phase(papers * 0.5),
    "incr:ingest": phase(papers * scale),
    "incr:astro": phase(papers * 2 * scale),
    "incr:pagefind": phase(papers * scale),
  },
  dist: {
    bytes: papers * 20_000,
    files: papers * 2,
    byFolder: { papers: papers * 15_000, pagefind: papers * 5_000 },
    paperPages: papers,
    bytesPerPaperPage: 15_000,
  },
  hugoDist: null,
  search: null,
  notes: [],
});

const run = (startedAt: string, sizes: SizeResult[]): RunResult => ({
  startedAt,
  commit: "abc1234",
  machine: {
    cpus: 2,
    cpuModel: "Test CPU",
    memTotalGb: 24,
    loadAvgAtStart: 0.1,
    node: "v24",
    astro: "7.3.5",
    pagefind: "1.6.0",
    hugo: "v0.111.3",
  },
  maxLoadAvg: 0.5,
  sizes,
});

describe("benchmark report", () => {
  it("adds phase times and refuses totals with a failed phase", () => {
    const ok = size(1000, 1);
    expect(totalMs(ok, ["ingest", "astro", "pagefind"])).toBe(12_000);
    const failed = { ...ok, phases: { ...ok.phases, astro: phase(5, 1, 1) } };
    expect(totalMs(failed, ["ingest", "astro", "pagefind"])).toBeNull();
  });

  it("keeps the newest result per size across runs", () => {
    const old = run("2026-01-01T00:00:00Z", [size(1000, 1), size(10_000, 1)]);
    const fresh = run("2026-02-01T00:00:00Z", [size(1000, 2)]);
    const latest = latestPerSize([fresh, old]);
    expect(latest.map((l) => [l.size.papers, l.run.startedAt])).toEqual([
      [1000, fresh.startedAt],
      [10_000, old.startedAt],
    ]);
  });

  it("shows the Hugo ratio, incremental share, growth and the Pages limit", () => {
    const md = renderBenchmarks([run("2026-01-01T00:00:00Z", [size(1000, 1), size(10_000, 1.5)])]);
    // Full build 12 s vs Hugo + Pagefind 1 s at 1,000 papers.
    expect(md).toMatch(/\| 1,000 \| 12\.0 s \| 1\.0 s \| 12\.00× \|/);
    // Incremental 4 s of a 12 s full build.
    expect(md).toContain("| 0.33× |");
    expect(md).toMatch(
      /\| full build \| 12\.00 \| 18\.00 \| 1\.50× \| 12\.00 \| 18\.00 \| 1\.50× \|/,
    );
    expect(md).toContain("about 50,000 papers");
    expect(md).toContain("Test CPU");
    expect(md).toContain(
      "| phase | wall ms/paper at 1,000 | at 10,000 | growth | CPU ms/paper at 1,000 |",
    );
    expect(md).toContain("`dist/` by folder: papers 15.0 MB, pagefind 5.0 MB.");
  });
});

describe("tool output parsing", () => {
  it("reads Astro's stages, Pagefind's counts and ingest's own time", () => {
    const astro = [
      "08:26:34 [types] Generated 8.57s",
      "08:26:38 [vite] ✓ built in 3.41s",
      "08:26:39 [vite] ✓ built in 219ms",
      " generating static routes ",
      "08:26:40   ├─ /404.html (+122ms) ",
      "08:26:57 ✓ Completed in 17.87s.",
      "08:26:57 [build] 1232 page(s) built in 61.20s",
    ].join("\n");
    expect(parseReported("astro", astro)).toEqual({
      pages: 1232,
      "total ms": 61_200,
      "sync ms": 8570,
      "vite ms": 3629,
      "render ms": 17_870,
    });
    const pagefind = "Indexed 1000 pages\nIndexed 5000 words\nFinished in 7.933 seconds\n";
    expect(parseReported("incr:pagefind", pagefind)).toEqual({
      pages: 1000,
      words: 5000,
      "index ms": 7933,
    });
    const long =
      "08:35:58 [types] Generated 1m 21s\n08:37:39 [build] 11180 page(s) built in 3m 4s\n";
    expect(parseReported("astro", long)).toEqual({
      pages: 11_180,
      "total ms": 184_000,
      "sync ms": 81_000,
    });
    const ingest = "ingest: 14 digests read, 1000 unique papers → content/papers (812 ms)\n";
    expect(parseReported("ingest", ingest)).toEqual({ "in-process ms": 812 });
  });

  it("counts the pages an incremental Astro build reused, whether still in dist/ or restored", () => {
    const log = [
      "  ├─ /papers/a/index.html (cached)",
      "  ├─ /papers/b/index.html (restored)",
      "  ├─ /papers/c/index.html (+3ms)",
    ].join("\n");
    expect(reusedPageCount(log)).toBe(2);
  });
});
