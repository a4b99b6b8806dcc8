import { isStopword, type Token, type TokenizedPaper } from "./text/index.ts";
import { cmp } from "./topics.ts";

/** A sparse vector: term ids ascending, weights matching, L2 norm 1 (or empty). */
export interface SparseVec {
  ids: Uint32Array;
  weights: Float64Array;
}

/** TF-IDF vectors of a corpus and the vocabulary behind the term ids. */
export interface Vectorised {
  /** Stems, sorted; a term id is an index into this array. */
  vocabulary: string[];
  /** Number of documents each term occurs in. */
  df: Uint32Array;
  /** One vector per input document, same order. */
  vectors: SparseVec[];
}

/** Options for {@link buildVectors}. */
export interface VectorOptions {
  /** A title word counts this many times an abstract word. Default 2. */
  titleBoost: number;
}

/** Content-word stems of a paper with their (title-boosted) counts. */
export function termCounts(doc: TokenizedPaper, titleBoost: number): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (tokens: readonly Token[], by: number) => {
    for (const t of tokens) {
      if (isStopword(t.norm)) continue;
      counts.set(t.stem, (counts.get(t.stem) ?? 0) + by);
    }
  };
  add(doc.titleTokens, titleBoost);
  add(doc.abstractTokens, 1);
  return counts;
}

/**
 * Builds L2-normalised TF-IDF vectors, tf = 1 + ln(count), idf = ln((N + 1) / df). Term ids follow
 * the sorted vocabulary, so the same set of documents gives the same ids in any input order.
 */
export function buildVectors(
  docs: readonly TokenizedPaper[],
  options: Partial<VectorOptions> = {},
): Vectorised {
  const titleBoost = options.titleBoost ?? 2;
  const counts = docs.map((d) => termCounts(d, titleBoost));
  const dfByStem = new Map<string, number>();
  for (const c of counts) for (const s of c.keys()) dfByStem.set(s, (dfByStem.get(s) ?? 0) + 1);
  const vocabulary = [...dfByStem.keys()].sort(cmp);
  const idOf = new Map(vocabulary.map((s, i) => [s, i]));
  const df = Uint32Array.from(vocabulary, (s) => dfByStem.get(s) ?? 0);
  const n = docs.length;
  const vectors = counts.map((c) => {
    const entries = [...c].map(([s, tf]) => {
      const id = idOf.get(s) as number;
      return [id, (1 + Math.log(tf)) * Math.log((n + 1) / (df[id] as number))] as const;
    });
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.hypot(...entries.map((e) => e[1])) || 1;
    return {
      ids: Uint32Array.from(entries, (e) => e[0]),
      weights: Float64Array.from(entries, (e) => e[1] / norm),
    };
  });
  return { vocabulary, df, vectors };
}

/** Dot product of two sparse vectors (a merge over the sorted ids). */
export function dot(a: SparseVec, b: SparseVec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) s += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** `[termId, weight]` pairs, the form the explore map's layout accepts. */
export function* entries(v: SparseVec): Generator<readonly [number, number]> {
  for (let i = 0; i < v.ids.length; i++) yield [v.ids[i] as number, v.weights[i] as number];
}
