import { compareCodeUnits } from "../lib/compare.ts";
import { memoized } from "../lib/memo.ts";
import type { TopicDefinition } from "./enrich.ts";
import { singular, stemPhrase, type Token, type TokenizedPaper, tokenize } from "./text/index.ts";

/** A topic ready for matching: its terms as stem sequences. */
export interface CompiledTopic {
  id: string;
  catchAll: boolean;
  terms: CompiledTerm[];
  /** The topic's `requires` words; absent when the topic needs none. */
  requires?: CompiledTerm[];
  /** An application field's topic, listed first when a paper has it (see the topic schema). */
  leads: boolean;
}

/** One term: its stems, and for an exact term (see {@link EXACT}) its words' singular forms. */
interface CompiledTerm {
  stems: string[];
  weight: number;
  forms?: string[];
}

/**
 * A term written with a leading "=" ("=indic", "=demonstrations") matches its words as written,
 * plural endings aside, instead of their Porter stems: for words whose stem collides with a
 * common word of another meaning ("indic" and "indicate", "demonstrations" and "demonstrate",
 * "referring" and "reference", "loop" in "closed-loop" and "looped").
 */
export const EXACT = "=";

/** The term's match rule: stems, plus singular forms when it is exact. */
export function compileTerm(term: string, weight: number): CompiledTerm {
  const stems = stemPhrase(term);
  if (!term.startsWith(EXACT)) return { stems, weight };
  return { stems, weight, forms: tokenize(term).map((t) => singular(t.norm)) };
}

/** How papers are scored and topics assigned; the defaults are what the site ships with. */
export interface ClassifierOptions {
  /** A title hit counts this many times an abstract hit (titles are short and deliberate). */
  titleWeight: number;
  /** Abstract length (tokens) at which the abstract score is left as is; longer ones are damped. */
  referenceLength: number;
  /** A paper needs at least this score for its best topic, else it falls back (see `enrich`). */
  minScore: number;
  /**
   * A paper below the bar may take the topic its related papers agree on (see `enrich`) only if
   * its own score for that topic reaches this: neighbours of a paper outside every topic are
   * often outside too, and their weak matches are no evidence.
   */
  fallbackMinScore: number;
  /**
   * A second or third topic needs this share of the best topic's score. Read by hand on the 10k
   * sample, topics between half and 60% of the best were wrong about as often as right.
   */
  relativeThreshold: number;
  /**
   * The share an application field's topic (`leads`) needs instead when one of its heavy phrases
   * ({@link secondaryPhraseWeight}) names the field: a paper names the field it serves once or
   * twice ("remote sensing", "medical image") while its method fills the abstract. Read on the
   * 10k sample, about 27 of the 34 papers this gives a new first topic were better for it and 6
   * worse (aerial dead-tree segmentation under remote sensing, not only domain adaptation).
   */
  leadsRelativeThreshold: number;
  /**
   * A second or third topic also needs at least this score: one passing mention ("the code is
   * available", "students" in a teacher–student setup) must not add a topic, only clear evidence.
   */
  secondaryMinScore: number;
  /**
   * A second or third topic also needs at least this many distinct terms, title and abstract
   * together: one word, however often it recurs and however heavy its weight, is too often a
   * passing mention or another sense of the word ("speakers" of a language, "temporal bias",
   * "hallucination" of a 3D prior, "agents" in multi-agent RL). A term inside a longer matched
   * term of the same topic ("speech" in "speech recognition") does not count on its own.
   */
  secondaryMinTerms: number;
  /**
   * ...unless one of its matched terms is a phrase of at least this weight: "medical image" or
   * "remote sensing" names the paper's field; it is no passing word of another sense. Read on the
   * 10k sample, about 38 of 45 topics this adds were right (medical segmentation papers gain
   * medical imaging, which then leads).
   */
  secondaryPhraseWeight: number;
  /** At most this many topics per paper. */
  maxTopics: number;
}

export const DEFAULT_CLASSIFIER: ClassifierOptions = {
  titleWeight: 3,
  referenceLength: 200,
  minScore: 6,
  fallbackMinScore: 3,
  relativeThreshold: 0.6,
  leadsRelativeThreshold: 0.4,
  secondaryMinScore: 8,
  secondaryMinTerms: 2,
  secondaryPhraseWeight: 4,
  maxTopics: 3,
};

/** A topic's score for one paper. */
export interface TopicScore {
  id: string;
  score: number;
  /**
   * How many distinct terms of the topic the paper matched, title and abstract together (see
   * {@link ClassifierOptions.secondaryMinTerms}), and the heaviest weight among its matched
   * phrases (0 without one; see {@link ClassifierOptions.secondaryPhraseWeight}). Absent on
   * hand-built scores, which then count as well evidenced.
   */
  evidence?: { terms: number; phraseWeight?: number };
  /** The topic is an application field's, listed first when assigned (see {@link assignTopics}). */
  leads?: boolean;
}

/** Stems every term once; topics come back sorted by id so that everything after is order-free. */
export function compileTopics(topics: readonly TopicDefinition[]): CompiledTopic[] {
  return [...topics]
    .sort((a, b) => compareCodeUnits(a.id, b.id))
    .map((t) => ({
      id: t.id,
      catchAll: t.catchAll,
      leads: t.leads === true,
      terms: Object.entries(t.terms)
        .map(([term, weight]) => compileTerm(term, weight))
        .filter((x) => x.stems.length > 0),
      ...(t.requires
        ? {
            requires: t.requires
              .map((term) => compileTerm(term, 1))
              .filter((x) => x.stems.length > 0),
          }
        : {}),
    }));
}

/** Every topic term, keyed by its first stem, so that one pass over a text finds all hits. */
export interface TopicMatcher {
  topics: CompiledTopic[];
  /**
   * Per first stem, the terms that start with it; an entry with `required` is the topic's
   * `requires` word number `term`, not a scoring term.
   */
  byFirstStem: Map<
    string,
    { topic: number; term: number; stems: string[]; forms?: string[]; required?: true }[]
  >;
}

/** Builds the matcher once per run. */
export function buildMatcher(topics: readonly TopicDefinition[]): TopicMatcher {
  const compiled = compileTopics(topics);
  const byFirstStem: TopicMatcher["byFirstStem"] = new Map();
  const add = (topic: number, term: number, { stems, forms }: CompiledTerm, required: boolean) => {
    const key = stems[0] as string;
    const list = byFirstStem.get(key) ?? [];
    list.push({
      topic,
      term,
      stems,
      ...(forms ? { forms } : {}),
      ...(required ? { required } : {}),
    });
    byFirstStem.set(key, list);
  };
  compiled.forEach((t, topic) => {
    for (const [term, compiledTerm] of t.terms.entries()) add(topic, term, compiledTerm, false);
    for (const [term, compiledTerm] of (t.requires ?? []).entries())
      add(topic, term, compiledTerm, true);
  });
  return { topics: compiled, byFirstStem };
}

/** Per topic, how often each of its terms occurs, and which terms make separate mentions. */
interface Hits {
  counts: number[][];
  /** Per topic, the term index of each mention (a match not inside a longer one of the topic). */
  mentions: number[][];
  /** Per topic, whether the tokens say one of its `requires` words. */
  saysRequired: boolean[];
}

/**
 * Counts how often each term of each topic occurs in the token stream (`counts[topic][term]`).
 * A phrase matches its stems in sequence and never across a clause break ("…merging. Task…" is
 * not "merging task"). A match inside a longer match of the same topic is no separate mention:
 * "speech recognition" is one mention although "speech" matches too. A topic's `requires` words
 * are found in the same pass and only mark the topic as in context.
 */
function termCounts(tokens: readonly Token[], matcher: TopicMatcher): Hits {
  const counts = matcher.topics.map((t) => t.terms.map(() => 0));
  const saysRequired = matcher.topics.map(() => false);
  const spans: { from: number; to: number; term: number }[][] = matcher.topics.map(() => []);
  tokens.forEach((first, i) => {
    for (const candidate of matcher.byFirstStem.get(first.stem) ?? []) {
      if (matchesAt(tokens, i, candidate)) {
        const { topic, term, stems } = candidate;
        if (candidate.required) {
          saysRequired[topic] = true;
          continue;
        }
        const row = counts[topic] as number[];
        row[term] = (row[term] ?? 0) + 1;
        spans[topic]?.push({ from: i, to: i + stems.length, term });
      }
    }
  });
  // Two terms of one topic never stem alike (the topic-file parser rejects that), so two spans
  // of equal extent cannot occur and "inside" can be strict.
  const mentions = spans.map((list) =>
    list
      .filter(
        (a) => !list.some((b) => b.from <= a.from && a.to <= b.to && b.to - b.from > a.to - a.from),
      )
      .map((a) => a.term),
  );
  return { counts, mentions, saysRequired };
}

/**
 * True when the term starts at token `i`: its stems in sequence, never across a clause break,
 * and for an exact term its words' singular forms too.
 */
function matchesAt(
  tokens: readonly Token[],
  i: number,
  { stems, forms }: Pick<CompiledTerm, "stems" | "forms">,
): boolean {
  if (i + stems.length > tokens.length) return false;
  for (let j = 0; j < stems.length; j++) {
    const t = tokens[i + j] as Token;
    if (t.stem !== stems[j] || (j > 0 && t.breakBefore)) return false;
    if (forms && singularOf(t) !== forms[j]) return false;
  }
  return true;
}

/** {@link singular}, kept per word: only tokens that stem like an exact term get here. */
const singularWord = memoized(singular, 100_000);
const singularOf = (t: Token) => singularWord(t.norm);

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
 * √(length / referenceLength) so that long abstracts do not win by volume. Catch-all topics score 0,
 * and so does a topic whose `requires` words the paper never says.
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
  // A topic with `requires` words counts only when the title or the abstract says one.
  const inContext = (t: CompiledTopic, i: number) =>
    !t.requires || title.saysRequired[i] || abstract.saysRequired[i];
  return matcher.topics.map((t, i) => ({
    id: t.id,
    score:
      t.catchAll || !inContext(t, i)
        ? 0
        : options.titleWeight * weighted(title.counts[i] as number[], t) +
          weighted(abstract.counts[i] as number[], t) / damp,
    evidence: evidenceOf([...(title.mentions[i] ?? []), ...(abstract.mentions[i] ?? [])], t),
    ...(t.leads ? { leads: true } : {}),
  }));
}

function evidenceOf(
  mentions: readonly number[],
  topic: CompiledTopic,
): { terms: number; phraseWeight: number } {
  const distinct = new Set(mentions);
  let phraseWeight = 0;
  for (const m of distinct) {
    const term = topic.terms[m];
    if (term && term.stems.length > 1) phraseWeight = Math.max(phraseWeight, term.weight);
  }
  return { terms: distinct.size, phraseWeight };
}

/** Best first; equal scores by topic id so that the result never depends on file order. */
export function rankScores(scores: readonly TopicScore[]): TopicScore[] {
  return [...scores].sort((a, b) => b.score - a.score || compareCodeUnits(a.id, b.id));
}

/** True when a secondary topic rests on more than one word said in passing, or on a heavy phrase. */
function corroborated(s: TopicScore, options: ClassifierOptions): boolean {
  const e = s.evidence;
  return (
    !e ||
    e.terms >= options.secondaryMinTerms ||
    (e.phraseWeight ?? 0) >= options.secondaryPhraseWeight
  );
}

/** The share of the best score a second or third topic needs (see `leadsRelativeThreshold`). */
function shareNeeded(s: TopicScore, options: ClassifierOptions): number {
  const namesField =
    s.leads === true && (s.evidence?.phraseWeight ?? 0) >= options.secondaryPhraseWeight;
  return namesField ? options.leadsRelativeThreshold : options.relativeThreshold;
}

/**
 * Picks the best topic plus up to two more that reach `relativeThreshold` of its score (an
 * application field named by a heavy phrase: `leadsRelativeThreshold`) and
 * `secondaryMinScore`, and rest on more than one passing word (`secondaryMinTerms`). The first
 * chosen topic of an application field (`leads`) then moves to the front: the field a paper
 * serves is its subject, the method it uses second.
 * Returns [] when even the best topic is below `minScore`: the caller decides the fallback.
 */
export function assignTopics(
  scores: readonly TopicScore[],
  options: ClassifierOptions = DEFAULT_CLASSIFIER,
): string[] {
  const ranked = rankScores(scores);
  const best = ranked[0];
  if (!best || best.score < options.minScore) return [];
  const chosen = ranked
    .filter(
      (s, i) =>
        i === 0 ||
        (s.score >= Math.max(options.minScore, options.secondaryMinScore) &&
          s.score >= best.score * shareNeeded(s, options) &&
          corroborated(s, options)),
    )
    .slice(0, options.maxTopics);
  const field = chosen.findIndex((s) => s.leads);
  const ordered =
    field > 0 ? [chosen[field] as TopicScore, ...chosen.filter((_, i) => i !== field)] : chosen;
  return ordered.map((s) => s.id);
}
