import { type CollectionEntry, getCollection } from "astro:content";
import { htmlToText } from "../lib/text.ts";
import type { Digest, PaperFrontmatter } from "../schema/paper.ts";
import { sortDigests } from "./digests.ts";
import { listPapers, SORTS, type SortKey, TOPIC_SORTS } from "./sort.ts";
import { type CoTopic, coOccurring, countTopics, sortTopics, topicSizes } from "./topics.ts";

/** A paper as pages use it: the frontmatter plus the abstract as plain text. */
export interface Paper extends PaperFrontmatter {
  /** The collection entry, for `render()`. */
  entry: CollectionEntry<"papers">;
  /** The abstract as plain text (for descriptions, feeds and JSON). */
  abstract: string;
}

/** A topic with its description entry and size. */
export interface TopicView {
  id: string;
  name: string;
  summary: string;
  order: number;
  /** Number of papers that carry the topic. */
  count: number;
  entry: CollectionEntry<"topics">;
}

/** A subtopic of a split topic (src/ingest/subtopics.ts), as its pages use it. */
export interface SubtopicView {
  /** The parent topic. */
  topic: TopicView;
  id: string;
  name: string;
  /** Its papers, newest first. */
  papers: Paper[];
  /** A curator's file for it (`parent` in content/topics), for its description. */
  entry?: CollectionEntry<"topics"> | undefined;
}

/** The whole corpus, loaded and sorted once per build. */
export interface Corpus {
  /** Every paper, newest first. */
  papers: Paper[];
  /** The papers of each list order (see `listPapers`: "most upvoted" holds only upvoted papers). */
  sorted: Record<SortKey, Paper[]>;
  bySlug: Map<string, Paper>;
  /** Every digest, newest listing first. */
  digests: Digest[];
  digestById: Map<string, Digest>;
  /** Every defined topic, in display order. */
  topics: TopicView[];
  topicById: Map<string, TopicView>;
  /** Each topic's papers in every order a topic page offers, grouped once per build. */
  topicLists: Map<string, Partial<Record<SortKey, Paper[]>>>;
  /** Each topic's most co-occurring topics (at most NEIGHBOUR_LIMIT). */
  topicNeighbours: Map<string, { topic: TopicView; shared: number }[]>;
  /** Each split topic's subtopics, largest first (ties by name). */
  subtopics: Map<string, SubtopicView[]>;
}

/** How many topics a topic page names as neighbours. */
export const NEIGHBOUR_LIMIT = 6;

let cached: Promise<Corpus> | undefined;

/**
 * The corpus, computed once and shared by every page of the build (pages run in one process,
 * so the module-level promise is reused instead of re-sorting 10,000 papers per page).
 */
export function getCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Corpus> {
  const [paperEntries, digestEntries, topicEntries] = await Promise.all([
    getCollection("papers"),
    getCollection("digests"),
    getCollection("topics"),
  ]);
  const all: Paper[] = paperEntries.map((entry) => ({
    ...entry.data,
    entry,
    // The collection keeps no raw body (retainBody: false), so the rendered HTML is the source.
    abstract: htmlToText(entry.rendered?.html ?? ""),
  }));
  const sorted = Object.fromEntries(SORTS.map(({ key }) => [key, listPapers(all, key)])) as Record<
    SortKey,
    Paper[]
  >;
  const counts = countTopics(all);
  // A file with `parent` describes a subtopic, not a topic of its own.
  const subtopicEntries = topicEntries.filter((e) => e.data.parent !== undefined);
  const topics = sortTopics(
    topicEntries
      .filter((e) => e.data.parent === undefined)
      .map((entry) => ({
        id: entry.id,
        name: entry.data.name,
        summary: entry.data.summary,
        order: entry.data.order,
        count: counts.get(entry.id) ?? 0,
        entry,
      })),
  );
  const digests = sortDigests(digestEntries.map((e) => e.data));
  const topicById = new Map(topics.map((t) => [t.id, t]));
  // Grouped here once: every page of a topic needs its list and neighbours, and recomputing them
  // per page was a pass over the corpus each time (~70 ms a page at 50,000 papers).
  const topicLists = groupByTopic(sorted);
  const sizes = topicSizes(all);
  const topicNeighbours = new Map(
    topics.map((t) => [
      t.id,
      coOccurring(all, t.id, Number.POSITIVE_INFINITY, sizes)
        .flatMap(({ id, shared }: CoTopic) => {
          const topic = topicById.get(id);
          return topic ? [{ topic, shared }] : [];
        })
        .slice(0, NEIGHBOUR_LIMIT),
    ]),
  );
  const subtopics = groupBySubtopic(sorted.newest, topicById, subtopicEntries);
  return {
    papers: sorted.newest,
    sorted,
    bySlug: new Map(all.map((p) => [p.slug, p])),
    digests,
    digestById: new Map(digests.map((d) => [d.id, d])),
    topics,
    topicById,
    topicLists,
    topicNeighbours,
    subtopics,
  };
}

/** Each split topic's subtopics with their papers (newest first), largest first. */
function groupBySubtopic(
  newest: readonly Paper[],
  topicById: ReadonlyMap<string, TopicView>,
  files: readonly CollectionEntry<"topics">[],
): Map<string, SubtopicView[]> {
  const byKey = new Map<string, SubtopicView>();
  for (const paper of newest)
    for (const ref of paper.subtopics) {
      const topic = topicById.get(ref.topic);
      if (!topic) continue;
      const key = `${ref.topic}/${ref.id}`;
      let view = byKey.get(key);
      if (!view) {
        const entry = files.find((e) => e.id === ref.id && e.data.parent === ref.topic);
        view = { topic, id: ref.id, name: ref.name, papers: [], entry };
        byKey.set(key, view);
      }
      view.papers.push(paper);
    }
  const out = new Map<string, SubtopicView[]>();
  for (const view of byKey.values())
    out.set(view.topic.id, [...(out.get(view.topic.id) ?? []), view]);
  for (const list of out.values())
    list.sort((a, b) => b.papers.length - a.papers.length || a.name.localeCompare(b.name, "en"));
  return out;
}

/** The subtopics of a topic (none when it is not split). */
export function topicSubtopics(corpus: Corpus, topicId: string): SubtopicView[] {
  return corpus.subtopics.get(topicId) ?? [];
}

/** Splits each topic-page order into per-topic lists, keeping the order; one pass per order. */
function groupByTopic(
  sorted: Record<SortKey, Paper[]>,
): Map<string, Partial<Record<SortKey, Paper[]>>> {
  const byTopic = new Map<string, Partial<Record<SortKey, Paper[]>>>();
  for (const { key } of TOPIC_SORTS) {
    for (const paper of sorted[key]) {
      for (const id of new Set(paper.topics)) {
        let lists = byTopic.get(id);
        if (!lists) {
          lists = {};
          byTopic.set(id, lists);
        }
        let list = lists[key];
        if (!list) {
          list = [];
          lists[key] = list;
        }
        list.push(paper);
      }
    }
  }
  return byTopic;
}

/** Papers of a digest in the digest's own order (slugs the corpus lacks are skipped). */
export function digestPapers(corpus: Corpus, digest: Digest): Paper[] {
  return digest.papers.flatMap((slug) => corpus.bySlug.get(slug) ?? []);
}

/** Papers of a topic in one order a topic page offers (newest first by default). */
export function topicPapers(corpus: Corpus, topicId: string, sort: SortKey = "newest"): Paper[] {
  return corpus.topicLists.get(topicId)?.[sort] ?? [];
}

/** A topic's papers in every order a topic page offers (an order with no paper is empty). */
export function topicLists(corpus: Corpus, topicId: string): Partial<Record<SortKey, Paper[]>> {
  return Object.fromEntries(TOPIC_SORTS.map(({ key }) => [key, topicPapers(corpus, topicId, key)]));
}

/** The defined topics that share the most papers with `topicId`, with their shared counts. */
export function topicNeighbours(
  corpus: Corpus,
  topicId: string,
): { topic: TopicView; shared: number }[] {
  return corpus.topicNeighbours.get(topicId) ?? [];
}
