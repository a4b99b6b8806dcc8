/**
 * Topic quality on real papers: classifies N papers of the real arXiv corpus with the shipped
 * topics (the same `enrich` ingest runs, neighbour fallback included), prints each topic's and
 * area's share, the catch-all's share, and writes a deterministic random sample of assignments
 * to judge by hand (title, abstract, topics).
 *
 *   npx tsx bench/topic-quality.ts [--corpus FILE] [--n 10000] [--seed 15]
 *                                  [--sample 50] [--sample-seed 2026] [--out bench/out/topic-sample.md]
 *                                  [--dump FILE] [--categories]
 *
 * `--seed` picks the papers, `--sample-seed` the sample among them: tune on one sample, then
 * judge a fresh one (another `--sample-seed`) so that the score is not the tuning set's.
 * `--dump FILE` also writes every paper's title and topics, one JSON object a line, so that two
 * versions of the topic files can be compared paper by paper (`diff` the two dumps).
 * `--categories` prints, per arXiv primary category of the corpus, where its papers went: a
 * category whose papers mostly land in `other` or in unrelated topics (information theory, game
 * theory) is a field the taxonomy lacks.
 *
 * The corpus is read from `../../shared/corpus/arxiv-listings-45k.jsonl.gz` (or `--corpus`,
 * or `PAPERSHELF_CORPUS`); it is never copied into the repository. Without it the script says
 * so and exits 0, so nothing else depends on it. Only titles and abstracts are classified: the
 * arXiv categories (which digests never carry) are read for `--categories` alone, to find gaps,
 * never to score or tune terms against.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { cleanText } from "../src/ingest/clean.ts";
import { enrich, type PaperText } from "../src/ingest/enrich.ts";
import { parseTopicFile } from "../src/ingest/topic-file.ts";
import { mulberry32 } from "./prng.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    n: { type: "string", default: "10000" },
    sample: { type: "string", default: "50" },
    seed: { type: "string", default: "15" },
    "sample-seed": { type: "string", default: "2026" },
    out: { type: "string", default: "bench/out/topic-sample.md" },
    dump: { type: "string" },
    categories: { type: "boolean", default: false },
  },
});

const corpusFile =
  values.corpus ??
  process.env.PAPERSHELF_CORPUS ??
  [
    join(root, "..", "..", "shared", "corpus", "arxiv-listings-45k.jsonl.gz"),
    join(root, "..", "shared", "corpus", "arxiv-listings-45k.jsonl.gz"),
  ].find(existsSync);
if (!corpusFile || !existsSync(corpusFile)) {
  console.log("topic-quality: no corpus found (pass --corpus FILE); nothing measured.");
  process.exit(0);
}

interface Row {
  title: string;
  abstract: string;
  date: string;
  /** arXiv categories, primary first; only `--categories` reads them. */
  categories?: string[];
}

const rows: Row[] = gunzipSync(readFileSync(corpusFile))
  .toString("utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => {
    const { title, abstract, date, categories } = JSON.parse(l) as Row;
    return { title, abstract, date, ...(categories ? { categories } : {}) };
  });

const n = Math.min(Number(values.n), rows.length);
const rng = mulberry32(Number(values.seed));
// A seeded partial shuffle: N papers drawn evenly from every date of the corpus.
const order = rows.map((_, i) => i);
for (let i = 0; i < n; i++) {
  const j = i + Math.floor(rng.next() * (order.length - i));
  [order[i], order[j]] = [order[j] as number, order[i] as number];
}
const chosen = order.slice(0, n).map((i) => rows[i] as Row);
const papers: PaperText[] = chosen.map((r, i) => ({
  slug: `p${String(i).padStart(5, "0")}`,
  title: r.title.replace(/\s+/g, " ").trim(),
  abstract: cleanText(r.abstract),
}));

const topicDir = join(root, "content", "topics");
const topics = readdirSync(topicDir)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => parseTopicFile(f.replace(/\.md$/, ""), readFileSync(join(topicDir, f), "utf8")));

const started = performance.now();
const result = enrich(papers, topics);
const ms = performance.now() - started;

const counts = new Map(topics.map((t) => [t.id, 0]));
const areaCounts = new Map<string, number>();
const perPaper = [0, 0, 0, 0];
const areaOf = new Map(topics.map((t) => [t.id, t.area ?? "(none)"]));
for (const e of result.values()) {
  for (const t of e.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const a of new Set(e.topics.map((t) => areaOf.get(t) ?? "(none)")))
    areaCounts.set(a, (areaCounts.get(a) ?? 0) + 1);
  perPaper[Math.min(3, e.topics.length)] = (perPaper[Math.min(3, e.topics.length)] ?? 0) + 1;
}
const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
const catchAll = topics.find((t) => t.catchAll)?.id;
const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

console.log(
  `topic-quality: ${n} papers from ${corpusFile}, ${topics.length} topics, ${ms.toFixed(0)} ms`,
);
console.log(`topics per paper: 1 → ${perPaper[1]}, 2 → ${perPaper[2]}, 3 → ${perPaper[3]}`);
console.log(`largest topic: ${ranked[0]?.[0]} ${pct(ranked[0]?.[1] ?? 0)}`);
console.log(
  `catch-all (${catchAll ?? "none"}): ${pct(catchAll ? (counts.get(catchAll) ?? 0) : 0)}`,
);
console.log("\ntopic share (papers carrying the topic / papers):");
for (const [id, k] of ranked)
  console.log(`  ${pct(k).padStart(6)}  ${String(k).padStart(5)}  ${id}  [${areaOf.get(id)}]`);
if (topics.some((t) => t.area)) {
  console.log("\narea share (papers with a topic in the area / papers):");
  for (const [id, k] of [...areaCounts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${pct(k).padStart(6)}  ${String(k).padStart(5)}  ${id}`);
}

if (values.categories) {
  // Per primary category: how many papers, how many went to the catch-all, and their first topics.
  const byCategory = new Map<string, { n: number; other: number; first: Map<string, number> }>();
  chosen.forEach((r, i) => {
    const key = r.categories?.[0] ?? "(none)";
    const entry = byCategory.get(key) ?? { n: 0, other: 0, first: new Map() };
    const first = result.get((papers[i] as PaperText).slug)?.topics[0] ?? "(none)";
    entry.n += 1;
    if (first === catchAll) entry.other += 1;
    entry.first.set(first, (entry.first.get(first) ?? 0) + 1);
    byCategory.set(key, entry);
  });
  console.log("\nby arXiv primary category (papers, in the catch-all, commonest first topics):");
  for (const [cat, e] of [...byCategory].sort((a, b) => b[1].n - a[1].n)) {
    if (e.n < 20) continue;
    const top = [...e.first]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([t, k]) => `${t} ${k}`)
      .join(", ");
    console.log(
      `  ${cat.padEnd(16)} ${String(e.n).padStart(5)}  ${`${((100 * e.other) / e.n).toFixed(1)}%`.padStart(6)}  ${top}`,
    );
  }
}

// The sample: its own seeded draw, so re-running with the same topics gives the same rows.
const pick = mulberry32(Number(values["sample-seed"]));
const sampleSize = Math.min(Number(values.sample), n);
const picked = new Set<number>();
while (picked.size < sampleSize) picked.add(Math.floor(pick.next() * n));
const name = new Map(topics.map((t) => [t.id, t.name]));
const lines = [
  "# Topic sample to judge",
  "",
  `${sampleSize} random papers of ${n} (seed ${values.seed}, sample seed ${values["sample-seed"]}), with the topics the shipped taxonomy gives them.`,
  "Mark each row right (every topic fits the paper, the first one is its main subject) or wrong.",
  "",
];
[...picked].forEach((i, k) => {
  const p = papers[i] as PaperText;
  const e = result.get(p.slug);
  lines.push(
    `## ${k + 1}. ${p.title}`,
    "",
    `${(chosen[i] as Row).date} · topics: ${(e?.topics ?? []).map((t) => `${name.get(t)} (\`${t}\`)`).join(", ")}`,
    "",
    `> ${p.abstract.replace(/\s+/g, " ")}`,
    "",
    "Verdict: ",
    "",
  );
});
const out = resolve(root, values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`\nsample of ${sampleSize} written to ${out}`);

if (values.dump) {
  const dump = resolve(root, values.dump);
  mkdirSync(dirname(dump), { recursive: true });
  const rowsOut = papers.map((p) =>
    JSON.stringify({ title: p.title, topics: result.get(p.slug)?.topics ?? [] }),
  );
  writeFileSync(dump, `${rowsOut.join("\n")}\n`);
  console.log(`every paper's topics written to ${dump}`);
}
