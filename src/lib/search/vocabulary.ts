/**
 * The corpus vocabulary for "did you mean": the words of every title (and byline), with how many
 * papers use them. Built once at build time and fetched by the browser only when a query finds
 * nothing. Pure.
 */

import { compareCodeUnits } from "../compare.ts";

/** Word → number of papers whose text contains it. Sorted by word, for a stable file. */
export type Vocabulary = Record<string, number>;

/** Words shorter than this are not worth correcting (and match too much). */
const MIN_LENGTH = 3;

/**
 * Lowercase words of a text: letters and digits (any script), inner hyphens and apostrophes split.
 * `"LLaMA-2: Open Foundation"` → `["llama", "2", "open", "foundation"]`.
 */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The vocabulary of some texts (one text per paper), counting each word once per text. */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(tokenize(text))) {
      if (word.length >= MIN_LENGTH && !/^\d+$/.test(word)) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => compareCodeUnits(a, b)));
}
