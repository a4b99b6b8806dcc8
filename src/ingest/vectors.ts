import { compareCodeUnits } from "../lib/compare.ts";
import type { Token, TokenizedPaper } from "./text/index.ts";

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
      if (t.stop) continue;
      counts.set(t.stem, (counts.get(t.stem) ?? 0) + by);
    }
  };
  add(doc.titleTokens, titleBoost);
  add(doc.abstractTokens, 1);
  return counts;
}

/** Growable per-stem-id scratch space (stem ids are small, dense integers). */
function grow(a: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Float64Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Builds L2-normalised TF-IDF vectors, tf = 1 + ln(count), idf = ln((N + 1) / df). Term ids follow
 * the sorted vocabulary, so the same set of documents gives the same ids in any input order.
 * Counting is keyed by the tokens' stem ids in typed arrays (no per-paper maps of strings).
 */
export function buildVectors(
  docs: readonly TokenizedPaper[],
  options: Partial<VectorOptions> = {},
): Vectorised {
  const titleBoost = options.titleBoost ?? 2;
  let count = new Float64Array(1024);
  /** Per document: distinct content stem ids, then their counts. */
  const docTerms: Int32Array[] = [];
  const docCounts: Float64Array[] = [];
  const stemOf = new Map<number, string>();
  let dfById = new Float64Array(1024);
  const touched: number[] = [];
  const add = (tokens: readonly Token[], by: number) => {
    for (const t of tokens) {
      if (t.stop) continue;
      const id = t.stemId;
      if (id >= count.length) {
        count = grow(count, id + 1);
        dfById = grow(dfById, id + 1);
      }
      if (count[id] === 0) {
        touched.push(id);
        if (!stemOf.has(id)) stemOf.set(id, t.stem);
      }
      count[id] = (count[id] as number) + by;
    }
  };
  for (const d of docs) {
    add(d.titleTokens, titleBoost);
    add(d.abstractTokens, 1);
    const ids = Int32Array.from(touched);
    const counts = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      counts[k] = count[id] as number;
      count[id] = 0;
      dfById[id] = (dfById[id] as number) + 1;
    }
    touched.length = 0;
    docTerms.push(ids);
    docCounts.push(counts);
  }
  const stemIdsSorted = [...stemOf.keys()].sort((a, b) =>
    compareCodeUnits(stemOf.get(a) as string, stemOf.get(b) as string),
  );
  const vocabulary = stemIdsSorted.map((id) => stemOf.get(id) as string);
  const termOf = new Int32Array(Math.max(0, ...stemIdsSorted) + 1);
  stemIdsSorted.forEach((id, term) => {
    termOf[id] = term;
  });
  const df = Uint32Array.from(stemIdsSorted, (id) => dfById[id] as number);
  const n = docs.length;
  const countOfTerm = new Float64Array(vocabulary.length);
  const vectors = docTerms.map((stemIdsOfDoc, k) => {
    const counts = docCounts[k] as Float64Array;
    const sortedIds = new Uint32Array(stemIdsOfDoc.length);
    for (let i = 0; i < stemIdsOfDoc.length; i++) {
      const term = termOf[stemIdsOfDoc[i] as number] as number;
      sortedIds[i] = term;
      countOfTerm[term] = counts[i] as number;
    }
    sortedIds.sort();
    const raw: number[] = [];
    for (const id of sortedIds) {
      raw.push((1 + Math.log(countOfTerm[id] as number)) * Math.log((n + 1) / (df[id] as number)));
    }
    // Math.hypot over the weights in id order, exactly as before: the vectors feed the related
    // lists and the map, whose ties must not move by a rounding difference.
    const norm = Math.hypot(...raw) || 1;
    return {
      ids: sortedIds,
      weights: Float64Array.from(raw, (w) => w / norm),
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
