import { compareCodeUnits as cmp } from "../lib/compare.ts";
import type { TopicDefinition } from "./enrich.ts";
import { baseSlug } from "./slug.ts";
import { localVectors, seedOf, sphericalKMeans } from "./subtopics-cluster.ts";
import type { TokenizedPaper } from "./text/index.ts";
import { assignTopics, buildMatcher, scorePaper } from "./topics.ts";
import type { SparseVec } from "./vectors.ts";

/**
 * A topic with more papers than this is split into subtopics. 300 papers are six pages of 50:
 * past that a reader pages through a list they cannot take in, and on a real 10,000-paper shelf
 * (bench/real-shelf.ts) a topic that size already mixes several lines of work (a vision topic
 * holds both 3D Gaussian splatting and medical image segmentation). Below it, a split would
 * leave subtopics of a page or less, which say little the topic page does not.
 */
export const SUBTOPIC_THRESHOLD = 300;

/** Discovered subtopics aim at about this many papers: two to three pages each. */
export const PAPERS_PER_SUBTOPIC = 120;

/** A topic splits into at least two and at most this many discovered subtopics. */
export const MAX_SUBTOPICS = 12;

/**
 * A discovered cluster smaller than this share of the papers it was found among (and at least
 * `MIN_SUBTOPIC_PAPERS`) joins its nearest neighbours: a handful of papers is no subtopic.
 */
export const MIN_SUBTOPIC_SHARE = 0.03;
export const MIN_SUBTOPIC_PAPERS = 10;

/** Path segments a subtopic id must not take: they are routes of the topic itself. */
const RESERVED_IDS = new Set(["by", "rss-xml"]);

/** How many subtopics to look for among `n` papers. */
export function subtopicCount(n: number): number {
  return Math.max(2, Math.min(MAX_SUBTOPICS, Math.round(n / PAPERS_PER_SUBTOPIC)));
}

/** One subtopic of a topic, as ingest writes it into each member's frontmatter. */
export interface Subtopic {
  /** The parent topic's id. */
  topic: string;
  /** Unique within the topic; the URL `/topics/<topic>/<id>/`. */
  id: string;
  name: string;
  /** Indices of its papers (into the corpus arrays), ascending. */
  members: number[];
  /**
   * "discovered" (clustered and named from the data), "pinned" (a curator's topic file with
   * `parent` and terms) or "renamed" (discovered, named by a curator's file with `renames`).
   */
  origin: "discovered" | "pinned" | "renamed";
}

/** The corpus as the split needs it; every array is in the same (slug) order. */
export interface SubtopicCorpus {
  /** Slugs. */
  keys: readonly string[];
  /** Topic ids of each paper (as assigned). */
  topics: readonly (readonly string[])[];
  vectors: readonly SparseVec[];
  texts: readonly TokenizedPaper[];
  /** Each paper's pool of shared phrase ids (src/ingest/keyphrases.ts). */
  pool: readonly (readonly number[])[];
  /** Phrase id → stems (the phrase's identity). */
  key(id: number): string;
  /** Phrase ids → written form. */
  surfaces(ids: Iterable<number>): Map<number, string>;
}

/** A curator's subtopic file: a topic file with `parent` (see README, Topics). */
export interface SubtopicFile extends TopicDefinition {
  parent: string;
  /** Id of a discovered subtopic this file names (instead of pinning papers by its terms). */
  renames?: string | undefined;
}

/** What {@link splitTopics} found, plus curator files that matched nothing (for warnings). */
export interface SubtopicResult {
  /** Per topic id, its subtopics, largest first (ties by name). */
  byTopic: Map<string, Subtopic[]>;
  /** Messages about curator files: a `renames` that names no discovered subtopic, etc. */
  notes: { file: string; message: string }[];
}

/**
 * Splits every topic with more than {@link SUBTOPIC_THRESHOLD} papers into subtopics. Pinned
 * subtopics (curator files with `parent` and terms) first take the parent's papers their terms
 * match (scored like topics, src/ingest/topics.ts); the rest is clustered by spherical k-means
 * over the TF-IDF vectors (seeded from the members' slugs, so the same papers always give the
 * same clusters), and each cluster is named by the phrases that set it apart from the rest of
 * the topic. A discovered subtopic's id is its name in kebab-case: same papers, same name, same
 * URL, whatever the file order. Pure.
 */
export function splitTopics(
  corpus: SubtopicCorpus,
  files: readonly SubtopicFile[] = [],
): SubtopicResult {
  const byTopic = new Map<string, Subtopic[]>();
  const notes: SubtopicResult["notes"] = [];
  const membersOf = new Map<string, number[]>();
  corpus.topics.forEach((ids, d) => {
    for (const t of ids) {
      let list = membersOf.get(t);
      if (!list) {
        list = [];
        membersOf.set(t, list);
      }
      list.push(d);
    }
  });
  const sortedFiles = [...files].sort((a, b) => cmp(a.id, b.id));
  for (const f of sortedFiles)
    if (!membersOf.has(f.parent))
      notes.push({ file: fileOf(f), message: `parent "${f.parent}" is no topic with papers` });
  for (const [topic, members] of [...membersOf].sort((a, b) => cmp(a[0], b[0]))) {
    if (members.length <= SUBTOPIC_THRESHOLD) continue;
    const mine = sortedFiles.filter((f) => f.parent === topic);
    const pins = mine.filter((f) => f.renames === undefined);
    const renames = mine.filter((f) => f.renames !== undefined);
    const subtopics: Subtopic[] = [];
    const pinned = pinPapers(corpus, members, pins);
    for (const [i, list] of pinned.lists.entries()) {
      const pin = pins[i] as SubtopicFile;
      if (list.length === 0) notes.push({ file: fileOf(pin), message: "its terms match no paper" });
      else subtopics.push({ topic, id: pin.id, name: pin.name, members: list, origin: "pinned" });
    }
    const taken = new Set(subtopics.map((s) => s.id));
    const found = discover(corpus, members, pinned.rest, taken);
    for (const s of found) {
      const file = renames.find((f) => f.renames === s.id);
      subtopics.push(
        file ? { ...s, topic, id: file.id, name: file.name, origin: "renamed" } : { ...s, topic },
      );
    }
    for (const f of renames)
      if (!found.some((s) => s.id === f.renames))
        notes.push({
          file: fileOf(f),
          message: `renames "${f.renames}", which is no discovered subtopic of "${topic}" (any more)`,
        });
    subtopics.sort((a, b) => b.members.length - a.members.length || cmp(a.name, b.name));
    byTopic.set(topic, subtopics);
  }
  return { byTopic, notes };
}

/** Per paper index, the subtopics it is in, in the order of its topics' subtopic lists. */
export function membership(
  result: SubtopicResult,
): Map<number, { topic: string; id: string; name: string }[]> {
  const out = new Map<number, { topic: string; id: string; name: string }[]>();
  for (const [topic, list] of [...result.byTopic].sort((a, b) => cmp(a[0], b[0])))
    for (const s of list)
      for (const d of s.members) {
        const mine = out.get(d) ?? [];
        mine.push({ topic, id: s.id, name: s.name });
        out.set(d, mine);
      }
  return out;
}

const fileOf = (f: { id: string }) => `content/topics/${f.id}.md`;

/** Papers of the parent each pin takes (its best-scoring pin), and the ones left over. */
function pinPapers(
  corpus: SubtopicCorpus,
  members: readonly number[],
  pins: readonly SubtopicFile[],
): { lists: number[][]; rest: number[] } {
  if (pins.length === 0) return { lists: [], rest: [...members] };
  const matcher = buildMatcher(pins.map((p) => ({ ...p, catchAll: false })));
  const index = new Map(pins.map((p, i) => [p.id, i]));
  const lists: number[][] = pins.map(() => []);
  const rest: number[] = [];
  for (const d of members) {
    const best = assignTopics(scorePaper(corpus.texts[d] as TokenizedPaper, matcher))[0];
    if (best === undefined) rest.push(d);
    else lists[index.get(best) as number]?.push(d);
  }
  return { lists, rest };
}

/** Clusters `rest` (papers of one topic) and names each cluster against `all` of the topic. */
function discover(
  corpus: SubtopicCorpus,
  all: readonly number[],
  rest: readonly number[],
  taken: Set<string>,
): Omit<Subtopic, "topic">[] {
  const minSize = Math.max(MIN_SUBTOPIC_PAPERS, Math.ceil(rest.length * MIN_SUBTOPIC_SHARE));
  if (rest.length < 2 * minSize) return [];
  const local = localVectors(rest.map((d) => corpus.vectors[d] as SparseVec));
  const assign = sphericalKMeans(local.docs, subtopicCount(rest.length), local.dims, {
    seed: seedOf(rest.map((d) => corpus.keys[d] as string)),
    minSize,
  });
  const found: number[][] = Array.from({ length: Math.max(0, ...assign) + 1 }, () => []);
  assign.forEach((c, i) => {
    found[c]?.push(rest[i] as number);
  });
  // Clusters led by the same phrase are one subject split in two (k was a guess), and clusters
  // with no distinctive phrase are one "other" group: merge each, then name the result again.
  const groups = new Map<number, number[]>();
  nameClusters(corpus, all, found).forEach((ids, c) => {
    const lead = ids[0] ?? -1;
    groups.set(lead, [...(groups.get(lead) ?? []), ...(found[c] ?? [])]);
  });
  if (groups.size < 2) return [];
  const clusters = [...groups.values()].map((m) => m.sort((a, b) => a - b));
  const named = nameClusters(corpus, all, clusters);
  const forms = corpus.surfaces(named.flat());
  const out: Omit<Subtopic, "topic">[] = clusters.map((members, c) => ({
    id: "",
    name: subtopicName((named[c] ?? []).map((id) => forms.get(id) as string)),
    members,
    origin: "discovered" as const,
  }));
  // Ids in a fixed order (largest first, then name), so a clash is resolved the same way always.
  const order = [...out].sort((a, b) => b.members.length - a.members.length || cmp(a.name, b.name));
  for (const s of order) {
    const base = baseSlug(s.name, 60) || "papers";
    let id = base;
    for (let n = 2; taken.has(id) || RESERVED_IDS.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    s.id = id;
  }
  return out;
}

/** "Gaussian splatting, point clouds": the phrases joined, the first letter a capital. */
export function subtopicName(phrases: readonly string[]): string {
  const name = phrases.join(", ");
  return name === "" ? "Other papers" : name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * True when `short` is one word that abbreviates the phrase `long` ("cot" for "chain of thought", "moe" for "mixture of experts",
 * "vlms" for "vision language model", "mcts" for "monte carlo"): both are keys (stems).
 */
export function isAcronymOf(short: string, long: string): boolean {
  if (short.includes(" ")) return false;
  const initials = long
    .split(" ")
    .map((w) => w[0])
    .join("");
  const letters = short.replace(/s$/, "");
  if (initials.length < 2 || letters.length < 2) return false;
  return letters.startsWith(initials) || initials.startsWith(letters);
}

/** How many phrases name a subtopic. */
const NAME_PHRASES = 2;
/** A second phrase found mostly (this share) in papers that hold the first adds nothing. */
const REDUNDANT_SHARE = 0.6;

/**
 * Per cluster, the phrase ids that best set it apart from the rest of the topic: a phrase is
 * scored by how many of the cluster's papers hold it in their pool times the log of how much more
 * common it is there than in the rest of the topic (smoothed), so it must be both frequent in the
 * cluster and rare outside. A second phrase that shares a word with the first, or is found mostly
 * in the same papers (an acronym and its expansion), is skipped. Ties by phrase key. Pure.
 */
export function nameClusters(
  corpus: Pick<SubtopicCorpus, "pool" | "key">,
  all: readonly number[],
  clusters: readonly (readonly number[])[],
): number[][] {
  const inTopic = new Map<number, number>();
  for (const d of all)
    for (const id of corpus.pool[d] ?? []) inTopic.set(id, (inTopic.get(id) ?? 0) + 1);
  return clusters.map((members) => {
    const inCluster = new Map<number, number>();
    for (const d of members)
      for (const id of corpus.pool[d] ?? []) inCluster.set(id, (inCluster.get(id) ?? 0) + 1);
    const restSize = all.length - members.length;
    const floor = Math.max(2, Math.ceil(members.length * 0.05));
    const scored = [...inCluster]
      .filter(([, c]) => c >= floor)
      .map(([id, c]) => {
        const out = (inTopic.get(id) ?? 0) - c;
        const lift = c / members.length / ((out + 1) / (restSize + 1));
        return { id, score: c * Math.log(lift), key: corpus.key(id) };
      })
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || cmp(a.key, b.key));
    const picked: { id: number; key: string; papers: Set<number> }[] = [];
    const papersWith = (id: number) => new Set(members.filter((d) => corpus.pool[d]?.includes(id)));
    for (const x of scored.slice(0, 20)) {
      if (picked.length >= NAME_PHRASES) break;
      const words = x.key.split(" ");
      // "image segmentation" after "semantic segmentation" repeats a word; "CoT" after
      // "Chain-of-Thought" names the same papers: neither says more.
      if (picked.some((p) => p.key.split(" ").some((w) => words.includes(w)))) continue;
      if (picked.some((p) => isAcronymOf(x.key, p.key))) continue;
      const papers = papersWith(x.id);
      const redundant = picked.some((p) => {
        let both = 0;
        for (const d of papers) if (p.papers.has(d)) both++;
        return both >= REDUNDANT_SHARE * papers.size;
      });
      if (!redundant) picked.push({ ...x, papers });
    }
    return picked.map((p) => p.id);
  });
}
