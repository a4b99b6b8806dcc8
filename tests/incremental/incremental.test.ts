/**
 * The incremental build must never serve a stale page. A curator's second build (one digest
 * more, Astro's cache from the first build in place) has to produce byte for byte the site a clean
 * build produces from the same digests; and it has to have reused pages, or the cache silently
 * stopped working. Runs in a throwaway copy of the project (bench/workspace.ts), so the real
 * content/, dist/ and caches are untouched.
 *
 * Three steps, each checked against a clean build: a new digest (most pages change: related
 * papers, keyphrases and topics all depend on the whole corpus), a renamed topic (no paper file
 * changes, so only the key's topic names can tell which pages to render again), and the digest
 * removed again (its papers' pages, left in dist/ by the previous build, must be deleted). The
 * search index is compared too: Pagefind's output is kept between builds and pruned.
 *
 * `npm run test:incremental` (part of `npm test`); about forty seconds.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reusedPageCount } from "../../bench/tool-output.ts";
import { makeWorkspace } from "../../bench/workspace.ts";

const repo = join(import.meta.dirname, "..", "..");
const ws = join(tmpdir(), `papershelf-incremental-${process.pid}`);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", BASE_PATH: "/", SITE_URL: "" };

function run(args: string[]): string {
  return execFileSync("npx", args, {
    cwd: ws,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Relative path → sha256 of every file under `dir`. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
  }
  return files;
}

interface Outcome {
  /** Pages the incremental build copied instead of rendering. */
  reused: number;
  incremental: Map<string, string>;
  clean: Map<string, string>;
}

/** `astro build` (with `args`), then the search index, as `npm run build` runs them. */
function build(args: string[] = []): string {
  const log = run(["astro", "build", ...args]);
  execFileSync("npm", ["run", "--silent", "search-index"], { cwd: ws, env, stdio: "ignore" });
  return log;
}

/**
 * An incremental build on top of the previous one's dist/ and caches, then a clean build of the
 * same input from an empty dist/ (which also leaves a fresh cache, so each step starts from a
 * known-good one).
 */
function buildBoth(): Outcome {
  const log = build();
  const incremental = tree(join(ws, "dist"));
  rmSync(join(ws, "dist"), { recursive: true });
  build(["--force"]);
  return { reused: reusedPageCount(log), incremental, clean: tree(join(ws, "dist")) };
}

let newDigest: Outcome;
let renamedTopic: Outcome;
let removedDigest: Outcome;
/** The topic renamed in the second step (on about twenty paper pages of the shipped digests). */
const TOPIC = "quantization";

beforeAll(async () => {
  await makeWorkspace(repo, ws, "working");
  const seeds = join(repo, "seeds");
  const digests = readdirSync(seeds).filter((n) => n.endsWith(".txt"));
  const size = (name: string) => statSync(join(seeds, name)).size;
  const newest = digests.reduce((a, b) => (size(b) < size(a) ? b : a));
  const before = join(ws, "seeds-before");
  mkdirSync(before);
  for (const name of digests) if (name !== newest) cpSync(join(seeds, name), join(before, name));
  const ingest = (dir: string) =>
    run(["tsx", "src/ingest/cli.ts", "--seeds", dir, "--out", "content/papers"]);

  // Step 1: a curator adds a digest (every shipped digest but the smallest, then all of them).
  ingest(before);
  build();
  ingest(seeds);
  newDigest = buildBoth();

  // Step 2: a topic is renamed; no paper file changes, but every page naming the topic must.
  const topicFile = join(ws, "content", "topics", `${TOPIC}.md`);
  const text = readFileSync(topicFile, "utf8");
  const renamed = text.replace(/^name: .*$/m, 'name: "Renamed topic"');
  if (renamed === text) throw new Error(`${topicFile}: no name line to rename`);
  writeFileSync(topicFile, renamed);
  ingest(seeds);
  renamedTopic = buildBoth();

  // Step 3: the digest is taken out again; the pages of its papers must go, from dist/ and the
  // search index alike.
  ingest(before);
  removedDigest = buildBoth();
}, 600_000);

afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe.each([
  ["after a new digest", () => newDigest, 1],
  ["after a topic is renamed", () => renamedTopic, 100],
  ["after a digest is removed", () => removedDigest, 1],
])("incremental build %s", (_name, outcome, minReused) => {
  it(`reuses at least ${minReused} unchanged pages`, () => {
    expect(outcome().reused, "pages copied from the previous build").toBeGreaterThanOrEqual(
      minReused,
    );
  });

  it("writes the same files as a clean build", () => {
    expect([...outcome().incremental.keys()].sort()).toEqual([...outcome().clean.keys()].sort());
  });

  it("writes every file with the same bytes as a clean build", () => {
    const { incremental, clean } = outcome();
    const stale = [...clean]
      .filter(([path, hash]) => incremental.get(path) !== hash)
      .map(([path]) => path);
    expect(stale, "pages that differ from a clean build").toEqual([]);
  });
});
