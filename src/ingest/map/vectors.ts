import { isStopword, normaliseWord, tokenize } from "../text/index.ts";

/** A paper's text as the map needs it. */
export interface MapText {
  slug: string;
  title: string;
  abstract: string;
}

/**
 * TF-IDF vectors over stemmed title and abstract words (title counted twice), reusing the
 * shared tokenizer and stopword list of the topics step. Terms that occur in only one paper or in
 * more than half of them are dropped: they cannot say which papers are alike.
 */
export function textVectors(papers: readonly MapText[]): Map<string, number>[] {
  const counts = papers.map((p) => {
    const tf = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const t of tokenize(text)) {
        if (t.stem.length < 2 || isStopword(normaliseWord(t.surface)) || /^\d+$/.test(t.stem))
          continue;
        tf.set(t.stem, (tf.get(t.stem) ?? 0) + weight);
      }
    };
    add(p.title, 2);
    add(p.abstract, 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = papers.length;
  return counts.map((tf) => {
    const v = new Map<string, number>();
    for (const [term, c] of tf) {
      const d = df.get(term) ?? 0;
      if (d < 2 || d > n / 2) continue;
      v.set(term, (1 + Math.log(c)) * Math.log(n / d));
    }
    return v;
  });
}
