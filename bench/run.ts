import { cp, link, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { distStats } from "./dist-stats.ts";
import { describeCommit, describeMachine } from "./machine.ts";
import { measure } from "./measure.ts";
import { INCREMENTAL, PHASE_HEADER, phaseRows, renderBenchmarks, table } from "./report.ts";
import {
  PHASES,
  type PhaseName,
  type PhaseResult,
  type RunResult,
  type SizeResult,
} from "./results.ts";
import { measureSearch } from "./search.ts";
import { parseReported, reusedPageCount } from "./tool-output.ts";
import { makeWorkspace, type Source } from "./workspace.ts";
import { writeSeeds } from "./write-seeds.ts";

/**
 * `npm run bench -- [--sizes 1000,10000,50000] [--out bench/out] [--skip-hugo] [--phases a,b]
 * [--no-search] [--no-topics] [--tree head|working] [--seed 1] [--workdir /tmp/papershelf-bench] [--report-only]`
 *
 * For each size: generate seeds, then in a throwaway copy of the project time ingest, astro build
 * and Pagefind, the Hugo + Pagefind baseline on the same Markdown, one search in Chromium, and a
 * rebuild after one extra digest of 20 papers. Writes `<out>/results-<timestamp>.json` after each
 * size and regenerates BENCHMARKS.md from the latest result per size.
 */
const repo = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,50000" },
    out: { type: "string", default: "bench/out" },
    "skip-hugo": { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    phases: { type: "string", default: PHASES.join(",") },
    seed: { type: "string", default: "1" },
    workdir: { type: "string", default: "/tmp/papershelf-bench" },
    "report-only": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    // Runs ingest without content/topics (a folder that does not exist), e.g. while topic files
    // cannot be parsed yet. Recorded in the results' notes, because topic matching is then skipped.
    "no-topics": { type: "boolean", default: false },
    // "head" (default) benchmarks the last commit; "working" the working tree, uncommitted edits included.
    tree: { type: "string", default: "head" },
  },
});
const outDir = resolve(repo, values.out);
if (values.tree !== "head" && values.tree !== "working")
  throw new Error(`--tree: want "head" or "working", got "${values.tree}"`);
const source: Source = values.tree;
const wanted = new Set(values.phases.split(",").flatMap(expandPhase));
if (values["skip-hugo"]) {
  wanted.delete("hugo");
  wanted.delete("hugo-pagefind");
}

/** `incr` stands for the three incremental phases. */
function expandPhase(name: string): PhaseName[] {
  if (name === "incr") return ["incr:ingest", "incr:astro", "incr:pagefind"];
  if ((PHASES as readonly string[]).includes(name)) return [name as PhaseName];
  throw new Error(`--phases: unknown phase "${name}" (known: ${PHASES.join(", ")}, incr)`);
}

await mkdir(outDir, { recursive: true });
if (!values["report-only"]) await benchmark();
await writeReport();

async function benchmark(): Promise<void> {
  const sizes = values.sizes.split(",").map((x) => Number(x.trim()));
  if (sizes.some((x) => !Number.isInteger(x) || x < 20))
    throw new Error(`--sizes: want integers ≥ 20, got ${values.sizes}`);
  const run: RunResult = {
    startedAt: new Date().toISOString(),
    commit: describeCommit(repo, source),
    machine: describeMachine(repo),
    maxLoadAvg: loadavg()[0] ?? 0,
    sizes: [],
  };
  const loadTimer = setInterval(() => {
    run.maxLoadAvg = Math.max(run.maxLoadAvg, loadavg()[0] ?? 0);
  }, 5000);
  const file = join(outDir, `results-${run.startedAt.replaceAll(":", "-")}.json`);
  try {
    for (const papers of sizes) {
      run.sizes.push(await benchSize(papers));
      await writeFile(file, `${JSON.stringify(run, null, 2)}\n`);
      console.log(`wrote ${file}`);
    }
  } finally {
    clearInterval(loadTimer);
  }
}

async function benchSize(papers: number): Promise<SizeResult> {
  const dir = join(outDir, String(papers));
  const ws = join(values.workdir, String(papers));
  const seeds = join(dir, "seeds");
  const logFile = join(dir, "log.txt");
  await mkdir(dir, { recursive: true });
  await writeFile(logFile, "");
  console.log(`\n== ${papers} papers: workspace ${ws}, log ${logFile}`);
  await makeWorkspace(repo, ws, source);
  const seed = Number(values.seed);
  const corpus = await writeSeeds(seeds, { papers, seed });
  const result: SizeResult = {
    papers,
    digests: corpus.files,
    entries: corpus.entries,
    pagesWritten: null,
    phases: {},
    dist: null,
    hugoDist: null,
    search: null,
    notes: [],
  };
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" };
  // Build for the local root, whatever the caller's shell says about deployment.
  for (const key of ["SITE_URL", "BASE_PATH", "GITHUB_ACTIONS", "GITHUB_REPOSITORY"])
    delete env[key];

  /** Runs one phase if selected; returns false if it ran and failed (later phases depend on it). */
  const phase = async (
    name: PhaseName,
    cmd: string,
    args: string[],
    cwd = ws,
  ): Promise<boolean> => {
    if (!wanted.has(name)) return true;
    process.stdout.write(`  ${name} … `);
    const m = await measure(cmd, args, { cwd, env, logFile });
    const r: PhaseResult = {
      ms: m.ms,
      peakRssMb: m.peakRssMb,
      maxProcessRssMb: m.maxProcessRssMb,
      cpuS: m.cpuS,
      exitCode: m.exitCode,
      reported: parseReported(name, m.output),
    };
    result.phases[name] = r;
    console.log(
      m.exitCode === 0
        ? `${(m.ms / 1000).toFixed(1)} s, ${Math.round(m.peakRssMb)} MiB`
        : `FAILED (exit ${m.exitCode}, see log)`,
    );
    if (m.exitCode !== 0)
      result.notes.push(`${name} failed with exit ${m.exitCode}: ${lastLine(m.output)}`);
    return m.exitCode === 0;
  };
  const ingestArgs = [
    "run",
    "ingest",
    "--silent",
    "--",
    "--seeds",
    seeds,
    "--out",
    "content/papers",
  ];
  if (values["no-topics"]) {
    ingestArgs.push("--topics", join(ws, "no-topics"));
    result.notes.push("ingest ran with --no-topics: no topic files, so topic matching was skipped");
  }

  const built =
    (await phase("ingest", "npm", ingestArgs)) &&
    (await phase("astro", "npx", ["astro", "build"])) &&
    (await phase("pagefind", "npm", ["run", "--silent", "search-index"]));
  const slugs = await paperSlugs(join(ws, "content/papers"));
  result.pagesWritten = slugs.length;
  if (built && wanted.has("astro")) {
    result.dist = await distStats(join(ws, "dist"), slugs);
    if (wanted.has("pagefind") && !values["no-search"]) {
      result.search = await measureSearch(join(ws, "dist")).catch((error: unknown) => {
        result.notes.push(`search measurement failed: ${String(error).split("\n")[0]}`);
        return null;
      });
    }
  }
  if (slugs.length > 0 && (wanted.has("hugo") || wanted.has("hugo-pagefind"))) {
    const site = join(ws, "hugo-site");
    await prepareHugo(site, join(ws, "content/papers"), slugs);
    if (await phase("hugo", "hugo", ["--minify", "--source", site])) {
      await phase("hugo-pagefind", "npx", ["pagefind", "--site", join(site, "public")]);
      result.hugoDist = await distStats(join(site, "public"), slugs);
    }
  }
  if (built && INCREMENTAL.some((p) => wanted.has(p))) {
    await writeSeeds(
      seeds,
      { papers: 20, seed: seed + 1, firstPaper: papers, firstDigest: corpus.files },
      false,
    );
    (await phase("incr:ingest", "npm", ingestArgs)) &&
      (await phase("incr:astro", "npx", ["astro", "build"])) &&
      (await phase("incr:pagefind", "npm", ["run", "--silent", "search-index"]));
    const reused = await reusedPages(logFile);
    if (reused !== null)
      result.notes.push(`incremental: Astro reused ${reused} pages from the previous build`);
    const after = await paperSlugs(join(ws, "content/papers"));
    if (after.length !== slugs.length + 20)
      result.notes.push(
        `incremental: expected ${slugs.length + 20} pages after adding 20 papers, found ${after.length}`,
      );
  }
  if (result.pagesWritten !== papers)
    result.notes.push(`ingest wrote ${result.pagesWritten} pages for ${papers} distinct papers`);
  console.log(table(PHASE_HEADER, phaseRows(result)));
  if (result.search)
    console.log(
      `  search "${result.search.query}": ${result.search.searchBytes} bytes in ${result.search.searchRequests} requests, first result ${Math.round(result.search.msToFirstResult)} ms`,
    );
  if (!values.keep) await rm(ws, { recursive: true, force: true });
  return result;
}

/** Pages the last `astro build` in the log reused from its cache; null when there is none. */
async function reusedPages(logFile: string): Promise<number | null> {
  const log = await readFile(logFile, "utf8");
  const start = log.lastIndexOf("astro build)\n");
  if (start < 0) return null;
  const end = log.indexOf("\n$ (cd", start);
  return reusedPageCount(log.slice(start, end < 0 ? undefined : end));
}

async function paperSlugs(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => []);
  return names.filter((n) => n.endsWith(".md") && !n.startsWith("_")).map((n) => n.slice(0, -3));
}

/** bench/hugo's config and layouts, plus the generated Markdown hard-linked (not `_digests.json`). */
async function prepareHugo(
  site: string,
  papersDir: string,
  slugs: readonly string[],
): Promise<void> {
  await rm(site, { recursive: true, force: true });
  await cp(join(repo, "bench/hugo"), site, { recursive: true });
  const content = join(site, "content/papers");
  await mkdir(content, { recursive: true });
  for (const slug of slugs) await link(join(papersDir, `${slug}.md`), join(content, `${slug}.md`));
}

function lastLine(text: string): string {
  return text.trim().split("\n").at(-1)?.slice(0, 200) ?? "";
}

async function writeReport(): Promise<void> {
  const runs: RunResult[] = [];
  for (const name of (await readdir(outDir)).filter((n) => /^results-.*\.json$/.test(n)).sort()) {
    runs.push(JSON.parse(await readFile(join(outDir, name), "utf8")) as RunResult);
  }
  await writeFile(join(repo, "BENCHMARKS.md"), renderBenchmarks(runs));
  console.log(`\nBENCHMARKS.md regenerated from ${runs.length} run(s).`);
}
