/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--slugs FILE] [--year YYYY] [--today YYYY-MM-DD]`
 * The only module of ingest that touches the file system: it reads the digests, topic files and
 * slug registry, runs the pure pipeline, and replaces the output folder in one step.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatWarning, IngestError } from "./errors.ts";
import { type DigestFile, runIngest, type TopicFile } from "./pipeline.ts";
import { parseRegistry } from "./registry.ts";
import { formatTimings, NO_TIMER, phaseTimer } from "./timings.ts";
import { replaceFolder } from "./write-folder.ts";

interface Options {
  seeds: string;
  out: string;
  slugs: string;
  topics: string;
  year?: number;
  /** The build date (`--today`, `BUILD_DATE`, else today in UTC). */
  today: string;
  timings: boolean;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: "string" },
      out: { type: "string" },
      slugs: { type: "string" },
      topics: { type: "string" },
      year: { type: "string" },
      today: { type: "string" },
      timings: { type: "boolean", default: false },
    },
  });
  // An empty variable counts as unset (`SEEDS_DIR= npm run build`).
  const seeds = values.seeds ?? (process.env.SEEDS_DIR || "seeds");
  const out = values.out ?? "content/papers";
  const yearText = values.year ?? (process.env.DIGEST_YEAR || undefined);
  const opts: Options = {
    seeds,
    out,
    // The registry lives beside the output folder (content/slugs.json), so a throwaway run with
    // --out elsewhere never touches the committed one; the hand-written topics are always read.
    slugs: values.slugs ?? join(dirname(resolve(out)), "slugs.json"),
    topics: values.topics ?? "content/topics",
    timings: values.timings ?? false,
    today: values.today ?? (process.env.BUILD_DATE || new Date().toISOString().slice(0, 10)),
  };
  if (yearText !== undefined) {
    if (!/^\d{4}$/.test(yearText))
      throw new IngestError("--year", 1, `expected a four-digit year, got "${yearText}"`);
    opts.year = Number(yearText);
  }
  return opts;
}

/** Path as shown in messages: relative to the working directory when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

async function readDigests(dir: string): Promise<DigestFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    throw new IngestError(shown(dir), 1, `cannot read the seeds folder (${e.code ?? e.message})`);
  });
  const names = entries.filter((e) => e.isFile() && e.name.endsWith(".txt")).map((e) => e.name);
  if (names.length === 0)
    throw new IngestError(shown(dir), 1, "no digests (*.txt) in the seeds folder");
  names.sort();
  return Promise.all(
    names.map(async (name) => ({
      path: shown(join(dir, name)),
      bytes: new Uint8Array(await readFile(join(dir, name))),
    })),
  );
}

async function readTopics(dir: string): Promise<TopicFile[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => n.endsWith(".md")).sort();
  return Promise.all(
    names.map(async (n) => ({
      id: basename(n, ".md"),
      text: await readFile(join(dir, n), "utf8"),
    })),
  );
}

async function readRegistry(file: string): Promise<Map<string, string>> {
  if (!existsSync(file)) return new Map();
  return parseRegistry(shown(file), await readFile(file, "utf8"));
}

/** Replaces one file atomically (write beside it, then rename over it). */
async function replaceFile(file: string, content: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await mkdir(dirname(resolve(file)), { recursive: true });
  await writeFile(tmp, content);
  await rename(tmp, file);
}

function progress(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} digests`,
  );
  if (done === total) process.stderr.write("\n");
}

async function main(): Promise<number> {
  const started = performance.now();
  const opts = options(process.argv.slice(2));
  const timer = opts.timings ? phaseTimer() : NO_TIMER;
  const readStarted = { wall: performance.now(), cpu: process.cpuUsage() };
  const [digests, topics, registry] = await Promise.all([
    readDigests(opts.seeds),
    readTopics(opts.topics),
    readRegistry(opts.slugs),
  ]);
  const since = (t: typeof readStarted) => ({
    ms: performance.now() - t.wall,
    cpuMs: (process.cpuUsage(t.cpu).user + process.cpuUsage(t.cpu).system) / 1000,
  });
  const timings = [{ name: "read", ...since(readStarted) }];
  const result = runIngest({
    timer,
    digests,
    topics,
    registry,
    today: opts.today,
    ...(opts.year === undefined ? {} : { year: opts.year }),
    ...(process.stderr.isTTY ? { onProgress: progress } : {}),
  });
  for (const w of result.warnings) console.error(formatWarning(w));
  if (result.errors.length) {
    for (const e of result.errors) console.error(e.message);
    console.error(
      `ingest failed: ${result.errors.length} problem(s); ${shown(opts.out)} left unchanged`,
    );
    return 1;
  }
  // Registry first: if the folder swap then fails, the registry only holds extra reservations
  // for the same papers, never a slug that disagrees with a written page.
  const writeStarted = { wall: performance.now(), cpu: process.cpuUsage() };
  await replaceFile(opts.slugs, result.registryJson);
  const written = replaceFolder(opts.out, [
    ...result.pages,
    { file: "_digests.json", content: result.digestsJson },
    { file: "_map.json", content: result.mapJson },
  ]);
  if (opts.timings)
    console.error(
      formatTimings([...timings, ...timer.phases, { name: "write", ...since(writeStarted) }]),
    );
  const s = result.summary;
  const ms = Math.round(performance.now() - started);
  console.log(
    `ingest: ${s.digests} digests read, ${s.entries} entries, ${s.papers} unique papers, ${s.duplicates} duplicates merged, ${s.warnings} warnings → ${shown(opts.out)}: ${written.written} files written, ${written.unchanged} unchanged (${ms} ms)`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
