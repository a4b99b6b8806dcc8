/**
 * A realistic shelf of daily digests built from real arXiv papers
 * (`../shared/corpus/arxiv-listings-45k.jsonl.gz`, see its README): one digest a listing day,
 * named by the day (`2025-03-18.txt`), in the layouts of DIGESTS.md as curators save them.
 *
 *   npx tsx bench/real-shelf.ts --out /tmp/shelf/seeds [--papers 10000] [--days 321] [--seed 1]
 *                               [--truth /tmp/shelf/truth.json] [--corpus PATH]
 *
 * What the files carry, as real listings do:
 * - most digests in layout A with bylines ("• N authors", or an organisation handle and name such as
 *   "meta-llama Meta Llama"); some in layout A without bylines; some in layout B;
 * - publication dates a few days before the listing day, sometimes one or two days after it (a
 *   listing features papers before their arXiv date); the year left out when it is the listing's
 *   year, upvotes after the date on most entries;
 * - a paper listed again on a later day (about 4%), sometimes without its byline;
 * - the corpus's real titles and abstracts: TeX, `<`, `&`, Unicode, long titles, paragraphs joined.
 *
 * The truth file maps each title to the day it was first listed and the publication date printed,
 * so a build can be checked against what the digests meant. Deterministic for a seed and corpus.
 * The corpus is read from its shared folder and never copied into the repository.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { mulberry32, type Rng } from "./prng.ts";

/** One line of the corpus. */
export interface CorpusPaper {
  title: string;
  abstract: string;
  /** The listing day, YYYY-MM-DD. */
  date: string;
  authors?: number;
  code_url?: string;
}

export interface ShelfOptions {
  /** Distinct papers on the shelf (spread evenly over the chosen days). */
  papers: number;
  /** Listing days to use, evenly spaced over the corpus's days (at most all of them). */
  days?: number;
  seed: number;
}

/** One generated digest file. */
export interface ShelfFile {
  name: string;
  layout: "A" | "A-plain" | "B";
  text: string;
}

/** What a title's digests say, for checking a build. */
export interface Truth {
  /** First listing day, YYYY-MM-DD. */
  listed: string;
  /** Publication date printed in a byline, YYYY-MM-DD, when one was. */
  published?: string;
}

/** Organisation bylines as Hugging Face prints them: handle, then display name. */
const ORGANISATIONS = [
  "meta-llama Meta Llama",
  "deepseek-ai DeepSeek",
  "nvidia NVIDIA",
  "google Google",
  "Qwen Qwen",
  "microsoft Microsoft",
  "allenai Ai2",
  "MediaTek-Research MediaTek Research",
  "OpenGVLab OpenGVLab",
  "ByteDance-Seed ByteDance Seed",
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const A_HEADER =
  "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n";
const B_HEADER =
  "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe";

/** Reads the gzipped JSON-lines corpus. */
export async function readCorpus(path: string): Promise<CorpusPaper[]> {
  const text = gunzipSync(await readFile(path)).toString("utf8");
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusPaper);
}

const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** `2025-02-23` as a byline prints it: `Feb 23, 2025`, or `Feb 23` in the listing's own year. */
function printedDate(iso: string, listingYear: string): string {
  const [year, month, day] = iso.split("-");
  const short = `${MONTHS[Number(month) - 1]} ${Number(day)}`;
  return year === listingYear ? short : `${short}, ${year}`;
}

/** The shelf's files and the truth about every title; pure for its inputs. */
export function buildShelf(corpus: readonly CorpusPaper[], options: ShelfOptions) {
  const rng = mulberry32(options.seed);
  const byDay = new Map<string, CorpusPaper[]>();
  const seen = new Set<string>();
  for (const paper of corpus) {
    // The corpus has no duplicate titles today; skip any so that truth stays one entry per title.
    if (seen.has(paper.title)) continue;
    seen.add(paper.title);
    byDay.set(paper.date, [...(byDay.get(paper.date) ?? []), paper]);
  }
  const allDays = [...byDay.keys()].sort();
  const dayCount = Math.min(options.days ?? allDays.length, allDays.length);
  const days = Array.from(
    { length: dayCount },
    (_, i) => allDays[Math.floor((i * allDays.length) / dayCount)] as string,
  );
  const perDay = Math.ceil(options.papers / dayCount);
  const files: ShelfFile[] = [];
  const truth = new Map<string, Truth>();
  /** Entries waiting to be listed again on a later day. */
  let relist: { paper: CorpusPaper; published?: string }[] = [];
  let placed = 0;
  for (const day of days) {
    const todays = shuffled(byDay.get(day) ?? [], rng).slice(
      0,
      Math.min(perDay, options.papers - placed),
    );
    placed += todays.length;
    const layout: ShelfFile["layout"] = rng.chance(0.7) ? "A" : rng.chance(0.4) ? "A-plain" : "B";
    const entries: string[] = [];
    const listingYear = day.slice(0, 4);
    const again = relist;
    relist = [];
    for (const [index, paper] of [...todays, ...again.map((r) => r.paper)].entries()) {
      const repeat = index >= todays.length;
      let published = again[index - todays.length]?.published;
      if (!repeat) {
        // Mostly a few days before the listing, sometimes a day or two after it.
        published = shiftDays(day, rng.chance(0.1) ? rng.int(1, 2) : -rng.int(0, 6));
        truth.set(paper.title, { listed: day });
        if (rng.chance(0.04)) relist.push({ paper, published });
      }
      const abstract = paper.abstract.replace(/\s*\n\s*/g, " ").trim();
      if (layout === "B") {
        entries.push(`${paper.title}\n${abstract}\n`);
        continue;
      }
      let entry = `${paper.title}\n\n${abstract}\n\n`;
      // A repeated listing sometimes comes without its byline, as on the real site.
      if (layout === "A" && published && !(repeat && rng.chance(0.5))) {
        const who = rng.chance(0.06)
          ? rng.pick(ORGANISATIONS)
          : `• ${paper.authors ?? rng.int(1, 12)} authors`;
        const upvotes = rng.chance(0.8) ? ` ${Math.floor(rng.next() ** 3 * 300)}` : "";
        entry += `  ${who}\n·\n${printedDate(published, listingYear)}${upvotes}\n`;
        const known = truth.get(paper.title);
        if (known) known.published = published;
      }
      entries.push(entry);
    }
    if (layout === "B") {
      files.push({ name: `${day}.txt`, layout, text: B_HEADER + entries.join("") });
    } else {
      const [, month, dayOfMonth] = day.split("-");
      const header = `${A_HEADER}${MONTHS[Number(month) - 1]} ${Number(dayOfMonth)}\n\n`;
      files.push({ name: `${day}.txt`, layout, text: header + entries.join("\n") });
    }
  }
  return { files, truth, papers: placed };
}

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string, fallback?: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const corpusPath =
    arg("corpus") ??
    fileURLToPath(new URL("../../shared/corpus/arxiv-listings-45k.jsonl.gz", import.meta.url));
  const out = arg("out");
  if (!out)
    throw new Error(
      "usage: npx tsx bench/real-shelf.ts --out DIR [--papers N] [--days N] [--seed N] [--truth FILE]",
    );
  const days = arg("days");
  const shelf = buildShelf(await readCorpus(corpusPath), {
    papers: Number(arg("papers", "10000")),
    ...(days && { days: Number(days) }),
    seed: Number(arg("seed", "1")),
  });
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await Promise.all(shelf.files.map((f) => writeFile(join(out, f.name), f.text)));
  const truthPath = arg("truth");
  if (truthPath)
    await writeFile(truthPath, `${JSON.stringify(Object.fromEntries(shelf.truth), null, 1)}\n`);
  const layouts = shelf.files.reduce<Record<string, number>>((n, f) => {
    n[f.layout] = (n[f.layout] ?? 0) + 1;
    return n;
  }, {});
  console.log(
    `${shelf.files.length} digests, ${shelf.papers} papers, layouts ${JSON.stringify(layouts)} → ${out}`,
  );
}
