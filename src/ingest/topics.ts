import { compareCodeUnits } from "../lib/compare.ts";
import type { TopicDefinition } from "./enrich.ts";
import { stemPhrase, type Token, type TokenizedPaper } from "./text/index.ts";

/** A topic ready for matching: its terms as stem sequences. */
export interface CompiledTopic {
  id: string;
  catchAll: boolean;
  terms: { stems: string[]; weight: number }[];
}

/** How papers are scored and topics assigned; the defaults are what the site ships with. */
export interface ClassifierOptions {
  /** A title hit counts this many times an abstract hit (titles are short and deliberate). */
  titleWeight: number;
  /** Abstract length (tokens) at which the abstract score is left as is; longer ones are damped. */
  referenceLength: number;
  /** A paper needs at least this score for its best topic, else it falls back (see `enrich`). */
  minScore: number;
  /** A second or third topic needs this share of the best topic's score. */
  relativeThreshold: number;
  /**
   * A second or third topic also needs at least this score: one passing mention ("the code is
   * available", "students" in a teacher–student setup) must not add a topic, only clear evidence.
   */
  secondaryMinScore: number;
  /** At most this many topics per paper. */
  maxTopics: number;
}

export const DEFAULT_CLASSIFIER: ClassifierOptions = {
  titleWeight: 3,
  referenceLength: 200,
  minScore: 5,
  relativeThreshold: 0.5,
  secondaryMinScore: 8,
  maxTopics: 3,
};

/** A topic's score for one paper. */
export interface TopicScore {
  id: string;
  score: number;
}

/** Stems every term once; topics come back sorted by id so that everything after is order-free. */
export function compileTopics(topics: readonly TopicDefinition[]): CompiledTopic[] {
  return [...topics]
    .sort((a, b) => compareCodeUnits(a.id, b.id))
    .map((t) => ({
      id: t.id,
      catchAll: t.catchAll,
      terms: Object.entries(t.terms)
        .map(([term, weight]) => ({ stems: stemPhrase(term), weight }))
        .filter((x) => x.stems.length > 0),
    }));
}

/** Every topic term, keyed by its first stem, so that one pass over a text finds all hits. */
export interface TopicMatcher {
  topics: CompiledTopic[];
  byFirstStem: Map<string, { topic: number; term: number; stems: string[] }[]>;
}

/** Builds the matcher once per run. */
export function buildMatcher(topics: readonly TopicDefinition[]): TopicMatcher {
  const compiled = compileTopics(topics);
  const byFirstStem: TopicMatcher["byFirstStem"] = new Map();
  compiled.forEach((t, topic) => {
    t.terms.forEach(({ stems }, term) => {
      const key = stems[0] as string;
      const list = byFirstStem.get(key) ?? [];
      list.push({ topic, term, stems });
      byFirstStem.set(key, list);
    });
  });
  return { topics: compiled, byFirstStem };
}

/**
 * Counts how often each term of each topic occurs in the token stream (`counts[topic][term]`).
 * A phrase matches its stems in sequence and never across a clause break ("…merging. Task…" is
 * not "merging task").
 */
function termCounts(tokens: readonly Token[], matcher: TopicMatcher): number[][] {
  const counts = matcher.topics.map((t) => t.terms.map(() => 0));
  tokens.forEach((first, i) => {
    for (const { topic, term, stems } of matcher.byFirstStem.get(first.stem) ?? []) {
      let ok = i + stems.length <= tokens.length;
      for (let j = 1; j < stems.length && ok; j++) {
        const t = tokens[i + j] as Token;
        ok = t.stem === stems[j] && !t.breakBefore;
      }
      if (ok) {
        const row = counts[topic] as number[];
        row[term] = (row[term] ?? 0) + 1;
      }
    }
  });
  return counts;
}

/** Sum of weight × (1 + ln tf): repeating a term helps, but less and less. */
function weighted(counts: readonly number[], topic: CompiledTopic): number {
  let s = 0;
  counts.forEach((n, i) => {
    if (n > 0) s += (topic.terms[i]?.weight ?? 0) * (1 + Math.log(n));
  });
  return s;
}

/**
 * Scores one paper against every topic: title hits × `titleWeight` plus abstract hits damped by
 * √(length / referenceLength) so that long abstracts do not win by volume. Catch-all topics score 0.
 */
export function scorePaper(
  paper: TokenizedPaper,
  matcher: TopicMatcher,
  options: ClassifierOptions = DEFAULT_CLASSIFIER,
): TopicScore[] {
  const title = termCounts(paper.titleTokens, matcher);
  const abstractTokens = paper.abstractTokens;
  const abstract = termCounts(abstractTokens, matcher);
  const damp = Math.sqrt(
    Math.max(abstractTokens.length, options.referenceLength) / options.referenceLength,
  );
  return matcher.topics.map((t, i) => ({
    id: t.id,
    score: t.catchAll
      ? 0
      : options.titleWeight * weighted(title[i] as number[], t) +
        weighted(abstract[i] as number[], t) / damp,
  }));
}

/** Best first; equal scores by topic id so that the result never depends on file order. */
export function rankScores(scores: readonly TopicScore[]): TopicScore[] {
  return [...scores].sort((a, b) => b.score - a.score || compareCodeUnits(a.id, b.id));
}

/**
 * Picks the best topic plus up to two more that reach `relativeThreshold` of its score and
 * `secondaryMinScore`.
 * Returns [] when even the best topic is below `minScore`: the caller decides the fallback.
 */
export function assignTopics(
  scores: readonly TopicScore[],
  options: ClassifierOptions = DEFAULT_CLASSIFIER,
): string[] {
  const ranked = rankScores(scores);
  const best = ranked[0];
  if (!best || best.score < options.minScore) return [];
  return ranked
    .filter(
      (s, i) =>
        i === 0 ||
        (s.score >= Math.max(options.minScore, options.secondaryMinScore) &&
          s.score >= best.score * options.relativeThreshold),
    )
    .slice(0, options.maxTopics)
    .map((s) => s.id);
}
