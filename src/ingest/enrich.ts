import { compareCodeUnits } from "../lib/compare.ts";
import type { Topic } from "../schema/topic.ts";
import { analysePhrases } from "./keyphrases.ts";
import { relatedPapers, sharedPhrases } from "./related.ts";
import { type BroadRequiredWord, broadRequiredWords } from "./requires-check.ts";
import { membership, type SubtopicFile, type SubtopicResult, splitTopics } from "./subtopics.ts";
import { tokenizePaper } from "./text/index.ts";
import { NO_TIMER, type PhaseTimer } from "./timings.ts";
import {
  assignTopics,
  buildMatcher,
  DEFAULT_CLASSIFIER,
  rankScores,
  scorePaper,
} from "./topics.ts";
import { buildVectors, dot, type SparseVec } from "./vectors.ts";

/**
 * Contract between ingest and the topics/related step (issue 4).
 * Ingest calls `enrich` once with every merged paper and every topic, and writes the result into
 * the frontmatter (`topics`, `keyphrases`, `related`). Pure and deterministic: the result does
 * not depend on the order of `papers` or `topics`.
 */
export interface PaperText {
  slug: string;
  title: string;
  abstract: string;
}

export interface TopicDefinition extends Topic {
  /** File name without `.md`. */
  id: string;
  /** The one-paragraph description (the file's body). */
  description: string;
}

export interface Enrichment {
  /** Topic ids, best first; one to three (none only when there are no topics at all). */
  topics: string[];
  /** Three to five tags, best first (fewer for very short texts). */
  keyphrases: string[];
  /** Slugs of the five most similar papers, most similar first (fewer if the corpus is tiny). */
  related: string[];
  /** Per related paper (same order), the keyphrases both papers share, best first; may be empty. */
  relatedShares: string[][];
  /** The subtopic the paper is in, per topic that is split (src/ingest/subtopics.ts). */
  subtopics: { topic: string; id: string; name: string }[];
}

/** Everything `enrich` computes, for callers that reuse the text vectors (the explore map). */
export interface CorpusEnrichment {
  /** Per slug, what goes into the frontmatter. */
  bySlug: Map<string, Enrichment>;
  /** Slugs sorted by code unit; `vectors[i]` belongs to `slugs[i]`. */
  slugs: string[];
  /** TF-IDF vectors of title and abstract (src/ingest/vectors.ts). */
  vectors: SparseVec[];
  /** Document frequency per term id of `vectors`. */
  df: Uint32Array;
  /** Curator notes from splitting topics (subtopic files that matched nothing). */
  subtopicNotes: SubtopicResult["notes"];
  /** Required words the shelf's papers mostly pass on other words of the same stem. */
  broadRequiredWords: BroadRequiredWord[];
}

/**
 * Topics, keyphrases and related papers for every paper. A paper whose text matches no topic
 * well enough takes the topic most of its related papers have; failing that the catch-all
 * topic, failing that its best-scoring topic (ties by id).
 */
export function enrich(
  papers: readonly PaperText[],
  topics: readonly TopicDefinition[],
): Map<string, Enrichment> {
  return enrichCorpus(papers, topics).bySlug;
}

/** {@link enrich}, also returning the vectors it built, so that nothing tokenises twice. */
export function enrichCorpus(
  papers: readonly PaperText[],
  topics: readonly TopicDefinition[],
  timer: PhaseTimer = NO_TIMER,
  subtopicFiles: readonly SubtopicFile[] = [],
): CorpusEnrichment {
  const sorted = [...papers].sort((a, b) => compareCodeUnits(a.slug, b.slug));
  const slugs = sorted.map((p) => p.slug);
  const texts = timer.time("tokenize", () => sorted.map(tokenizePaper));
  const { vectors, df } = timer.time("vectors", () => buildVectors(texts));
  const related = timer.time("related", () => relatedPapers(vectors, slugs));
  const phrases = timer.time("keyphrases", () => analysePhrases(texts));
  const shares = timer.time("shares", () =>
    related.map((list, i) =>
      list.map((d) => sharedPhrases(phrases.pool[i] ?? [], phrases.pool[d] ?? [], phrases.key)),
    ),
  );
  const forms = timer.time("surfaces", () =>
    phrases.surfaces([...phrases.tags.flat(), ...shares.flat(2)]),
  );
  const shown = (ids: readonly number[]) => ids.map((id) => forms.get(id) as string);

  const matcher = buildMatcher(topics);
  const scores = timer.time("topics", () => texts.map((p) => scorePaper(p, matcher)));
  const assigned = scores.map((s) => assignTopics(s));
  const catchAll = matcher.topics.find((t) => t.catchAll)?.id;
  const final = assigned.map((own, i) => {
    if (own.length > 0 || matcher.topics.length === 0) return own;
    const ownScore = new Map((scores[i] ?? []).map((s) => [s.id, s.score]));
    const votes = new Map<string, number>();
    (related[i] ?? []).forEach((d, rank) => {
      // A neighbour that shares no word (list filled up by key order) is no evidence.
      if (dot(vectors[i] as SparseVec, vectors[d] as SparseVec) <= 0) return;
      // Only first-hand assignments vote, nearer neighbours more.
      // ...and only for a topic the paper itself shows some evidence of.
      for (const t of (assigned[d] ?? []).slice(0, 1))
        if ((ownScore.get(t) ?? 0) >= DEFAULT_CLASSIFIER.fallbackMinScore)
          votes.set(t, (votes.get(t) ?? 0) + 5 - rank);
    });
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]));
    const top = ranked[0];
    // One weak vote is not a neighbourhood: require two neighbours to agree.
    if (top && top[1] >= 6) return [top[0]];
    if (catchAll) return [catchAll];
    return [rankScores(scores[i] ?? [])[0]?.id as string];
  });

  const split = timer.time("subtopics", () =>
    splitTopics({ ...phrases, keys: slugs, topics: final, vectors, texts }, subtopicFiles),
  );
  const subtopicsOf = membership(split);
  const bySlug = new Map(
    sorted.map((p, i) => [
      p.slug,
      {
        topics: final[i] ?? [],
        keyphrases: shown(phrases.tags[i] ?? []),
        related: (related[i] ?? []).map((d) => slugs[d] as string),
        relatedShares: (shares[i] ?? []).map(shown),
        subtopics: subtopicsOf.get(i) ?? [],
      },
    ]),
  );
  const broad = timer.time("requires", () => broadRequiredWords(texts, topics));
  return { bySlug, slugs, vectors, df, subtopicNotes: split.notes, broadRequiredWords: broad };
}
