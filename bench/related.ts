/**
 * Benchmark of the topics/related step (issue 4): generates N synthetic papers with a realistic
 * vocabulary (Zipf-distributed common words, clustered subject words, stopwords), then times
 * `enrich()` and, separately, the related-papers part (tokenize → TF-IDF vectors → related).
 *
 *   npx tsx bench/related.ts [N ...]      default: 1000 10000 50000
 *
 * Self-contained: its own seeded PRNG and word generator; reads the shipped topic files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { enrich, type PaperText } from "../src/ingest/enrich.ts";
import { relatedPapers } from "../src/ingest/related.ts";
import { tokenizePaper } from "../src/ingest/text/index.ts";
import { parseTopicFile } from "../src/ingest/topic-file.ts";
import { buildVectors } from "../src/ingest/vectors.ts";

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOP =
  "the of and to a in for is on that with we by as this are an be from at our which these it can".split(
    " ",
  );
const ML =
  `model models training learning network networks language large parameter parameters fine-tuning
attention transformer layer layers weights data performance method tasks inference efficient sparse
expert experts merging quantization pruning rank adaptation memory compute token tokens gradient loss
optimization representation features neurons vision image reasoning reward alignment graph retrieval`.split(
    /\s+/,
  );

/** Pronounceable pseudo-words ("kavomi", "trelun"): a long tail like real technical vocabulary. */
function pseudoWords(n: number, rand: () => number): string[] {
  const on = ["k", "t", "tr", "m", "v", "s", "pl", "gr", "d", "n", "b", "ch", "f", "r", "l", "z"];
  const vo = ["a", "e", "i", "o", "u", "ai", "ou", "ea"];
  const out = new Set<string>();
  while (out.size < n) {
    const syll = 2 + Math.floor(rand() * 2);
    let w = "";
    for (let i = 0; i < syll; i++)
      w +=
        (on[Math.floor(rand() * on.length)] as string) +
        (vo[Math.floor(rand() * vo.length)] as string);
    if (rand() < 0.3) w += ["n", "s", "m", "x", "ing", "ed", "tion"][Math.floor(rand() * 7)];
    out.add(w);
  }
  return [...out];
}

/** N papers in N/25 subjects; each draws from its subject words, ML words and a Zipf tail. */
export function syntheticPapers(n: number, seed = 42): PaperText[] {
  const rand = prng(seed);
  const vocab = pseudoWords(30_000, rand);
  const subjects = Math.max(4, Math.round(n / 25));
  const subjectWords = Array.from({ length: subjects }, () =>
    Array.from({ length: 30 }, () => vocab[Math.floor(rand() * 5000)] as string),
  );
  const zipf = () =>
    vocab[
      Math.min(vocab.length - 1, Math.floor(Math.exp(rand() * Math.log(vocab.length))) - 1)
    ] as string;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const subject = subjectWords[Math.floor(rand() * subjects)] as string[];
    const word = () => {
      const r = rand();
      return r < 0.3 ? pick(STOP) : r < 0.5 ? pick(subject) : r < 0.7 ? pick(ML) : zipf();
    };
    const title = Array.from({ length: 6 + Math.floor(rand() * 6) }, () =>
      rand() < 0.6 ? pick(subject) : pick(ML),
    ).join(" ");
    const sentences = Array.from({ length: 6 + Math.floor(rand() * 5) }, () =>
      Array.from({ length: 12 + Math.floor(rand() * 14) }, word).join(" "),
    );
    return {
      slug: `paper-${i.toString().padStart(6, "0")}`,
      title,
      abstract: `${sentences.join(". ")}.`,
    };
  });
}

/** User + system CPU seconds since `since`. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}

function loadTopics() {
  const dir = join(import.meta.dirname, "..", "content", "topics");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseTopicFile(f.replace(/\.md$/, ""), readFileSync(join(dir, f), "utf8")));
}

/** Runs when executed directly (not when a profiler imports `syntheticPapers`). */
function main(): void {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  const topics = loadTopics();
  console.log("papers  related-step wall/cpu (s)  enrich wall/cpu (s)  heap(MB)");
  for (const n of sizes.length ? sizes : [1000, 10_000, 50_000]) {
    const papers = syntheticPapers(n);
    let t = performance.now();
    let cpu = process.cpuUsage();
    const texts = papers.map(tokenizePaper);
    const { vectors } = buildVectors(texts);
    relatedPapers(
      vectors,
      papers.map((p) => p.slug),
    );
    const relatedSeconds = (performance.now() - t) / 1000;
    // CPU time too: on a shared machine wall time mostly measures the neighbours.
    const relatedCpu = cpuSeconds(cpu);
    t = performance.now();
    cpu = process.cpuUsage();
    const result = enrich(papers, topics);
    const enrichSeconds = (performance.now() - t) / 1000;
    const enrichCpu = cpuSeconds(cpu);
    if (result.size !== n) throw new Error("enrich lost papers");
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    const f = (x: number) => x.toFixed(2);
    console.log(
      `${String(n).padStart(6)}  ${`${f(relatedSeconds)} / ${f(relatedCpu)}`.padStart(26)}  ${`${f(enrichSeconds)} / ${f(enrichCpu)}`.padStart(19)}  ${heap.toFixed(0).padStart(8)}`,
    );
  }
}

if (process.argv[1]?.endsWith("related.ts")) main();
