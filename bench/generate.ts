import { mulberry32, type Rng } from "./prng.ts";
import {
  DATASETS,
  GENERIC_NOUNS,
  GITHUB_ORGS,
  MONTHS,
  NAME_PARTS,
  ORGANIZATIONS,
  SENTENCES,
  TITLE_PATTERNS,
  TITLE_PHRASES,
  TOPICS,
  type TopicPool,
} from "./vocab.ts";

/**
 * Synthetic corpus generator for the benchmark: N distinct papers spread over digest files in both
 * layouts of `/work/shared/DIGESTS.md`, with cross-digest duplicates, bylines, dates, upvotes, code
 * links and a few of the markup leftovers real digests carry. Pure: the result is a function of the
 * options only (seeded PRNG, no clock, no `Math.random`).
 */
export interface CorpusOptions {
  /** Number of distinct papers to produce. */
  papers: number;
  /** PRNG seed; the same seed gives byte-identical files. */
  seed: number;
  /** Index of the first paper; method names encode it, so corpora with disjoint ranges never share a title. */
  firstPaper?: number;
  /** Number of the first digest file (file names are `NNNNN_<hex>.txt`). */
  firstDigest?: number;
  /** Entries per digest, inclusive range. Default 50–100. */
  perDigest?: readonly [number, number];
  /** Share of entries that repeat a paper from an earlier digest. Default 0.05. */
  duplicateRate?: number;
}

/** One generated digest file. */
export interface DigestFile {
  /** File name, `NNNNN_<16 hex>.txt`. */
  name: string;
  layout: "A" | "B";
  /** Whether a layout-A file carries bylines and dates. */
  bylines: boolean;
  /** Entries in the file (duplicates included). */
  entries: number;
  text: string;
}

export interface Corpus {
  files: DigestFile[];
  /** Distinct papers (what the site should end up with). */
  papers: number;
  /** Entries over all files, duplicates included. */
  entries: number;
}

interface Paper {
  title: string;
  abstract: string;
  byline: string;
  /** Publication date as printed, without upvotes. */
  date: string;
}

const LISTING_YEAR = 2026;

/** Generates a corpus; see {@link CorpusOptions}. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const rng = mulberry32(options.seed);
  const [minPer, maxPer] = options.perDigest ?? [50, 100];
  const duplicateRate = options.duplicateRate ?? 0.05;
  const seen: Paper[] = [];
  const files: DigestFile[] = [];
  let next = options.firstPaper ?? 0;
  const last = next + options.papers;
  let entries = 0;
  while (next < last) {
    const size = rng.int(minPer, maxPer);
    const inDigest = new Set<Paper>();
    const papers: Paper[] = [];
    while (papers.length < size && next < last) {
      const repeat = seen.length > 0 && rng.chance(duplicateRate) ? rng.pick(seen) : undefined;
      if (repeat !== undefined && !inDigest.has(repeat)) {
        papers.push(repeat);
        inDigest.add(repeat);
        continue;
      }
      const paper = makePaper(rng, next++);
      papers.push(paper);
      inDigest.add(paper);
    }
    seen.push(...papers.filter((p) => !seen.includes(p) && rng.chance(0.5)));
    const number = (options.firstDigest ?? 0) + files.length;
    files.push(renderDigest(rng, number, papers));
    entries += papers.length;
  }
  return { files, papers: options.papers, entries };
}

function renderDigest(rng: Rng, number: number, papers: readonly Paper[]): DigestFile {
  const hex = Array.from({ length: 16 }, () => rng.int(0, 15).toString(16)).join("");
  const name = `${String(number).padStart(5, "0")}_${hex}.txt`;
  const roll = rng.next();
  if (roll < 0.3) {
    const [first, ...rest] = papers;
    const lines = [
      "Get trending papers in your email inbox once a day!",
      "Get trending papers in your email inbox!",
    ];
    if (first !== undefined) lines.push(`Subscribe${first.title}`, first.abstract);
    for (const p of rest) lines.push(p.title, p.abstract);
    return {
      name,
      layout: "B",
      bylines: false,
      entries: papers.length,
      text: `${lines.join("\n")}\n`,
    };
  }
  const bylines = roll < 0.85;
  const blocks = [
    "new",
    "Get trending papers in your email inbox!",
    "Subscribe",
    "Daily Papers",
    "byAK and the research community",
    // Listings fall in Jun–Dec and year-less publication dates in Jan–May, so no paper is
    // published after the listing that shows it.
    `${rng.pick(MONTHS.slice(5))} ${rng.int(1, 28)}`,
  ];
  for (const p of papers) {
    blocks.push(p.title);
    if (bylines && rng.chance(0.92)) {
      const upvotes = rng.chance(0.3) ? ` ${rng.int(1, 120)}` : "";
      blocks.push(`${p.abstract}\n\n${p.byline}\n·\n${p.date}${upvotes}`);
    } else {
      blocks.push(p.abstract);
    }
  }
  return { name, layout: "A", bylines, entries: papers.length, text: `${blocks.join("\n\n")}\n` };
}

function makePaper(rng: Rng, index: number): Paper {
  const topic = rng.pick(TOPICS);
  const second = rng.chance(0.35) ? rng.pick(TOPICS) : topic;
  const method = methodName(rng, index);
  return {
    title: makeTitle(rng, method, topic, second),
    abstract: makeAbstract(rng, method, topic, second),
    byline: rng.chance(0.8) ? `  • ${rng.int(1, 12)} authors` : rng.pick(ORGANIZATIONS),
    date: rng.chance(0.6)
      ? `${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${rng.int(2021, LISTING_YEAR - 1)}`
      : `${rng.pick(MONTHS.slice(0, 5))} ${rng.int(1, 28)}`,
  };
}

/** A CamelCase name whose syllables spell `index` in base 20, so it is unique per index. */
function methodName(rng: Rng, index: number): string {
  // A bijection of 0..20^4-1 (7919 is coprime to 20^4) so neighbouring papers get unlike names.
  let rest = (index * 7919 + 40_000) % NAME_PARTS.length ** 4;
  let name = "";
  for (let i = 0; i < 4; i++) {
    name += NAME_PARTS[rest % NAME_PARTS.length];
    rest = Math.floor(rest / NAME_PARTS.length);
  }
  if (rng.chance(0.03)) return `μ-${name}`;
  return rng.chance(0.2) ? `${name}-${rng.int(2, 9)}B` : name;
}

function makeTitle(rng: Rng, method: string, a: TopicPool, b: TopicPool): string {
  for (;;) {
    const first = rng.pick(a.titleWords);
    const title = rng
      .pick(TITLE_PATTERNS)
      .replace("{M}", method)
      .replace("{A}", first)
      .replace("{B}", () => otherWord(rng, b.titleWords, first))
      .replace("{X}", rng.pick(TITLE_PHRASES));
    const words = title.split(" ").length;
    if (words >= 6 && words <= 15) return rng.chance(0.05) ? `${title}?` : title;
  }
}

/** A word from `pool` other than `not` (a title never says "4-bit & 4-bit"). */
function otherWord(rng: Rng, pool: readonly string[], not: string): string {
  const choices = pool.filter((w) => w !== not);
  return choices.length > 0 ? rng.pick(choices) : rng.pick(pool);
}

function makeAbstract(rng: Rng, method: string, a: TopicPool, b: TopicPool): string {
  const target = rng.int(120, 230);
  const sentences: string[] = [];
  const unused = [...SENTENCES];
  let words = 0;
  while (words < target && unused.length > 0) {
    const [pattern = ""] = unused.splice(rng.int(0, unused.length - 1), 1);
    const sentence = pattern
      .replaceAll("{M}", method)
      .replace(/\{[TUNDG]\}/g, (slot) => fill(rng, slot, a, b));
    sentences.push(sentence);
    words += sentence.split(" ").length;
  }
  if (rng.chance(0.3)) {
    const repo = `https://github.com/${rng.pick(GITHUB_ORGS)}/${method.replace("μ-", "")}`;
    const link = rng.chance(0.2) ? `blue{${repo}}` : rng.chance(0.5) ? `${repo}.` : repo;
    sentences.push(`Code is available at ${link}`);
  }
  if (rng.chance(0.05)) sentences.push('Unlike na\\"{\\i}ve baselines, it needs no tuning.');
  return sentences.join(" ");
}

function fill(rng: Rng, slot: string, a: TopicPool, b: TopicPool): string {
  switch (slot) {
    case "{T}":
      return rng.pick(a.terms);
    case "{U}":
      return rng.pick(rng.chance(0.6) ? a.terms : b.terms);
    case "{N}":
      return String(rng.int(2, 95));
    case "{D}":
      return rng.pick(DATASETS);
    default:
      return rng.pick(GENERIC_NOUNS);
  }
}
