import { compareCodeUnits } from "../compare.ts";
import { tokenize, type Vocabulary } from "./vocabulary.ts";

/**
 * "Did you mean": close terms from the corpus's own vocabulary for a query that found nothing.
 * Pure.
 */

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, the commonest
 * typo), stopping early once the distance must exceed `max`; then returns `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Typos allowed for a word: one for short words, two from 8 letters on (as spell checkers do). */
export function allowedTypos(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/**
 * Vocabulary words closest to `word`, best first: fewest edits, then most papers, then A–Z.
 * A word already in the vocabulary has no suggestions.
 */
export function closeTerms(word: string, vocabulary: Vocabulary, limit = 5): string[] {
  const w = word.toLowerCase();
  if (w.length < 3 || w in vocabulary) return [];
  const max = allowedTypos(w);
  const found: { term: string; distance: number; count: number }[] = [];
  for (const [term, count] of Object.entries(vocabulary)) {
    const distance = editDistance(w, term, max);
    if (distance <= max) found.push({ term, distance, count });
  }
  found.sort(
    (a, b) => a.distance - b.distance || b.count - a.count || compareCodeUnits(a.term, b.term),
  );
  return found.slice(0, limit).map((f) => f.term);
}

export interface Suggestion {
  /** The whole query with each unknown word replaced by its best correction, if any changed. */
  query?: string;
  /** Close terms for each unknown word, best first. */
  terms: string[];
}

/**
 * Suggestions for a query that matched nothing. Words the vocabulary knows are kept; unknown
 * words are corrected to their closest term. Empty when nothing looks misspelled.
 */
export function suggest(query: string, vocabulary: Vocabulary, limit = 5): Suggestion {
  const words = tokenize(query);
  const terms: string[] = [];
  let changed = false;
  const corrected = words.map((word) => {
    const close = closeTerms(word, vocabulary, limit);
    for (const t of close) if (!terms.includes(t)) terms.push(t);
    const best = close[0];
    if (best === undefined) return word;
    changed = true;
    return best;
  });
  const result: Suggestion = { terms: terms.slice(0, limit) };
  if (changed) result.query = corrected.join(" ");
  return result;
}
