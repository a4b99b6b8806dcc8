import { mulberry32, type Rng } from "./prng.ts";
import {
  DATASETS,
  GENERIC_NOUNS,
  GITHUB_ORGS,
  MARKUP_CLAUSES,
  MONTHS,
  NAME_PARTS,
  ORGANIZATIONS,
  SENTENCES,
  SHORT_ABSTRACTS,
  TEX_SNIPPETS,
  TITLE_PATTERNS,
  TITLE_PHRASES,
  TOPICS,
  type TopicPool,
} from "./vocab.ts";

/**
 * Synthetic corpus generator for the benchmark: N distinct papers spread over digest files in both
 * layouts of `/work/shared/DIGESTS.md`, with cross-digest duplicates, bylines, dates, upvotes, code
 * links and a few of the markup leftovers real digests carry. Its distributions follow the real
 * corpus: one digest per listing day, most files named by that day (`2024-03-18.txt`); papers
 * published up to ten days before the listing day or a day or two after it; a few short abstracts
 * (withdrawn notes), titles up to 400 characters, `$...$` TeX, `<` and `&` in titles, organisation
 * bylines with handles ("deepseek-ai DeepSeek"), bylines without their `·` line.
 * Pure: the result is a function of the options only (seeded PRNG, no clock, no `Math.random`).
 */
export interface CorpusOptions {
  /** Number of distinct papers to produce. */
  papers: number;
  /** PRNG seed; the same seed gives byte-identical files. */
  seed: number;
  /** Index of the first paper; method names encode it, so corpora with disjoint ranges never share a title. */
  firstPaper?: number;
  /** Number of the first digest file: its listing day is FIRST_LISTING plus this many days. */
  firstDigest?: number;
  /** Entries per digest, inclusive range. Default 50–100. */
  perDigest?: readonly [number, number];
  /** Share of entries that repeat a paper from an earlier digest. Default 0.05. */
  duplicateRate?: number;
}

/** One generated digest file. */
export interface DigestFile {
  /** File name: the listing day (`2024-03-18.txt`), or `NNNNN_<16 hex>.txt` for one in five. */
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
  /** Publication day (days since 1970), set by the first digest that lists the paper. */
  published?: number;
}

/** The listing day of digest number 0; digest n is listed n days later. */
const FIRST_LISTING = Date.UTC(2024, 0, 8) / 86_400_000;

/** A day number as the listing prints it: the year only when it is not the listing's year. */
function printedDate(day: number, listingYear: number): string {
  const d = new Date(day * 86_400_000);
  const md = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return d.getUTCFullYear() === listingYear ? md : `${md}, ${d.getUTCFullYear()}`;
}

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
  const day = FIRST_LISTING + number;
  const listing = new Date(day * 86_400_000);
  const name = rng.chance(0.8)
    ? `${listing.toISOString().slice(0, 10)}.txt`
    : `${String(number).padStart(5, "0")}_${hex}.txt`;
  for (const p of papers)
    p.published ??= rng.chance(0.1) ? day + rng.int(1, 2) : day - rng.int(0, 10);
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
    `${MONTHS[listing.getUTCMonth()]} ${listing.getUTCDate()}`,
  ];
  for (const p of papers) {
    blocks.push(p.title);
    if (bylines && rng.chance(0.92)) {
      const upvotes = rng.chance(0.3) ? ` ${rng.int(1, 120)}` : "";
      const date = `${printedDate(p.published as number, listing.getUTCFullYear())}${upvotes}`;
      // A few bylines come without their "·" line, as some tools save them.
      const meta = rng.chance(0.02) ? `${p.byline}\n${date}` : `${p.byline}\n·\n${date}`;
      blocks.push(`${p.abstract}\n\n${meta}`);
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
    title: decorateTitle(rng, makeTitle(rng, method, topic, second)),
    abstract: rng.chance(0.015)
      ? rng.pick(SHORT_ABSTRACTS)
      : makeAbstract(rng, method, topic, second),
    byline: rng.chance(0.8) ? `  • ${rng.int(1, 12)} authors` : rng.pick(ORGANIZATIONS),
  };
}

/** Real titles: a few with TeX, HTML-like characters, or a subtitle up to 400 characters. */
function decorateTitle(rng: Rng, title: string): string {
  if (rng.chance(0.03)) return `${title} with ${rng.pick(TEX_SNIPPETS)}`;
  if (rng.chance(0.03)) return `${rng.pick(MARKUP_CLAUSES)}: ${title}`;
  if (rng.chance(0.01)) {
    let long = `${title}:`;
    const limit = rng.int(300, 400);
    for (;;) {
      const next = `${long} ${rng.pick(TITLE_PHRASES)},`;
      if (next.length > limit) break;
      long = next;
    }
    return `${long} and ${rng.pick(GENERIC_NOUNS)}`.slice(0, 400);
  }
  return title;
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
