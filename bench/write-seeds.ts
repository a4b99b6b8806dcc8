import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type CorpusOptions, generateCorpus } from "./generate.ts";

/**
 * Writes a generated corpus into `dir` (emptied first) and returns its summary.
 * CLI: `npx tsx bench/write-seeds.ts --papers 1000 --seed 1 --out DIR`.
 */
export async function writeSeeds(dir: string, options: CorpusOptions, clear = true) {
  const corpus = generateCorpus(options);
  if (clear) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(corpus.files.map((f) => writeFile(join(dir, f.name), f.text)));
  return { files: corpus.files.length, papers: corpus.papers, entries: corpus.entries };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const summary = await writeSeeds(arg("out", "bench/out/seeds"), {
    papers: Number(arg("papers", "1000")),
    seed: Number(arg("seed", "1")),
  });
  console.log(summary);
}
