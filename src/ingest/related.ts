import { compareCodeUnits } from "../lib/compare.ts";
import { overlaps } from "./keyphrases.ts";
import type { SparseVec } from "./vectors.ts";

/** Tuning of {@link relatedPapers}; defaults keep 10,000 papers to about a second. */
export interface RelatedOptions {
  /** Related papers per paper. Default 5. */
  count: number;
  /** Only a paper's heaviest terms look for candidates. Default 20. */
  queryTerms: number;
  /**
   * Postings kept per term, heaviest first ("champion lists", Manning et al., Introduction to
   * Information Retrieval §7.1.3): common terms stop costing O(N) per query. Default 100.
   */
  championSize: number;
  /** Candidates re-scored with the exact cosine. Default 30. */
  rerank: number;
}

export const DEFAULT_RELATED: RelatedOptions = {
  count: 5,
  queryTerms: 20,
  championSize: 100,
  rerank: 30,
};

/** Champion lists: per term, the documents holding it and their weights, heaviest first. */
interface Postings {
  docs: Int32Array;
  weights: Float64Array;
}

function championLists(vectors: readonly SparseVec[], size: number): Map<number, Postings> {
  // Counting sort by term id: postings come out in document order, with no per-term arrays.
  let terms = 0;
  for (const v of vectors) for (const id of v.ids) terms = Math.max(terms, id + 1);
  const start = new Int32Array(terms + 1);
  for (const v of vectors) for (const id of v.ids) start[id + 1] = (start[id + 1] as number) + 1;
  for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
  const fill = start.slice(0, terms);
  const allDocs = new Int32Array(start[terms] as number);
  const allWeights = new Float64Array(start[terms] as number);
  vectors.forEach((v, doc) => {
    for (let i = 0; i < v.ids.length; i++) {
      const term = v.ids[i] as number;
      const at = fill[term] as number;
      fill[term] = at + 1;
      allDocs[at] = doc;
      allWeights[at] = v.weights[i] as number;
    }
  });
  const out = new Map<number, Postings>();
  for (let term = 0; term < terms; term++) {
    const from = start[term] as number;
    const to = start[term + 1] as number;
    if (to - from < 2) continue; // a term only one paper has links nobody
    const docs = allDocs.subarray(from, to);
    const weights = allWeights.subarray(from, to);
    if (docs.length <= size) {
      out.set(term, { docs, weights });
      continue;
    }
    const order = heaviest(weights, size);
    out.set(term, {
      docs: Int32Array.from(order, (k) => docs[k] as number),
      weights: Float64Array.from(order, (k) => weights[k] as number),
    });
  }
  return out;
}

/**
 * Indices of the `k` largest weights, heaviest first, equal weights by lower index: the first
 * `k` of a full sort by (weight desc, index asc), found with one native numeric sort for the
 * cut-off and a comparator sort over the `k` survivors only.
 */
export function heaviest(weights: Float64Array, k: number): number[] {
  const byWeight = (a: number, b: number) =>
    (weights[b] as number) - (weights[a] as number) || a - b;
  if (weights.length <= k) return Array.from(weights.keys()).sort(byWeight);
  const cut = Float64Array.from(weights).sort()[weights.length - k] as number;
  const picked: number[] = [];
  for (let i = 0; i < weights.length; i++) if ((weights[i] as number) > cut) picked.push(i);
  // Weights equal to the cut-off fill the remaining places, lowest index first.
  for (let i = 0; i < weights.length && picked.length < k; i++)
    if (weights[i] === cut) picked.push(i);
  return picked.sort(byWeight);
}

/** Indices of the `k` heaviest query terms (ties: lower id). */
function topTerms(v: SparseVec, k: number): number[] {
  return heaviest(v.weights, k);
}

/**
 * For every document, the `count` most similar others by cosine (most similar first), never
 * itself. Candidates come from an inverted index over each document's heaviest terms, then the
 * best `rerank` are scored exactly; near-linear in the corpus size. Equal scores are ordered by
 * `keys` (slugs), so the result does not depend on input order. A document that shares no
 * indexed term with enough others is scored against every paper listed under any of its
 * terms, then filled up by key order.
 */
export function relatedPapers(
  vectors: readonly SparseVec[],
  keys: readonly string[],
  options: Partial<RelatedOptions> = {},
): number[][] {
  const o = { ...DEFAULT_RELATED, ...options };
  const n = vectors.length;
  const rank = new Int32Array(n);
  const byKey = Array.from(keys.keys()).sort((a, b) =>
    compareCodeUnits(keys[a] as string, keys[b] as string),
  );
  byKey.forEach((doc, r) => {
    rank[doc] = r;
  });
  const better = (sa: number, a: number, sb: number, b: number) =>
    sa > sb || (sa === sb && (rank[a] as number) < (rank[b] as number));
  const lists = championLists(vectors, o.championSize);
  const acc = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const want = Math.min(o.count, n - 1);
  let terms = 0;
  for (const v of vectors) for (const id of v.ids) terms = Math.max(terms, id + 1);
  /** The current document's weights by term id (zero elsewhere), for exact re-scoring. */
  const query = new Float64Array(terms);
  return vectors.map((v, self) => {
    for (const i of topTerms(v, o.queryTerms)) {
      const list = lists.get(v.ids[i] as number);
      if (!list) continue;
      const w = v.weights[i] as number;
      for (let k = 0; k < list.docs.length; k++) {
        const d = list.docs[k] as number;
        if (d === self) continue;
        if (!seen[d]) {
          seen[d] = 1;
          touched.push(d);
        }
        // Partial dot product: enough to shortlist, re-scored exactly below.
        acc[d] = (acc[d] as number) + w * (list.weights[k] as number);
      }
    }
    const shortlist = selectTop(touched, (d) => acc[d] as number, o.rerank, better);
    for (const d of touched) {
      acc[d] = 0;
      seen[d] = 0;
    }
    touched.length = 0;
    for (let i = 0; i < v.ids.length; i++) query[v.ids[i] as number] = v.weights[i] as number;
    const exact = (d: number) => ({ d, s: denseDot(query, vectors[d] as SparseVec) });
    const scored = shortlist.map(exact);
    if (scored.length < want) {
      // Rare (a paper of rare words): every paper in the lists of any of its terms, scored
      // exactly, then papers sharing nothing in key order (what a scan of all would rank next).
      // Bounded by terms × championSize + count, never a scan of the corpus: a corpus of such
      // papers must not turn quadratic.
      for (const d of shortlist) seen[d] = 1;
      for (let i = 0; i < v.ids.length; i++) {
        const list = lists.get(v.ids[i] as number);
        if (!list) continue;
        for (const d of list.docs) {
          if (d === self || seen[d]) continue;
          seen[d] = 1;
          touched.push(d);
          scored.push(exact(d));
        }
      }
      // The first `want` unscored papers by key beat every later one with the same zero score.
      for (let r = 0, added = 0; r < n && added < want; r++) {
        const d = byKey[r] as number;
        if (d === self || seen[d]) continue;
        seen[d] = 1;
        touched.push(d);
        scored.push({ d, s: 0 });
        added++;
      }
      for (const d of shortlist) seen[d] = 0;
      for (const d of touched) seen[d] = 0;
      touched.length = 0;
    }
    for (let i = 0; i < v.ids.length; i++) query[v.ids[i] as number] = 0;
    scored.sort((a, b) => (better(a.s, a.d, b.s, b.d) ? -1 : better(b.s, b.d, a.s, a.d) ? 1 : 0));
    return scored.slice(0, want).map((x) => x.d);
  });
}

/**
 * `dot(query, b)` with the query spread out by term id: the same products summed in the same
 * (ascending id) order, so the same number, but one pass over `b` instead of a merge.
 */
function denseDot(query: Float64Array, b: SparseVec): number {
  let s = 0;
  for (let j = 0; j < b.ids.length; j++) {
    const q = query[b.ids[j] as number] as number;
    if (q !== 0) s += q * (b.weights[j] as number);
  }
  return s;
}

/** The `k` best items (bounded insertion: `k` is small), best first. */
function selectTop(
  items: readonly number[],
  score: (d: number) => number,
  k: number,
  better: (sa: number, a: number, sb: number, b: number) => boolean,
): number[] {
  const top: number[] = [];
  const scores: number[] = [];
  for (const d of items) {
    const s = score(d);
    if (top.length === k && !better(s, d, scores[k - 1] as number, top[k - 1] as number)) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && better(s, d, scores[i - 1] as number, top[i - 1] as number)) {
      top[i] = top[i - 1] as number;
      scores[i] = scores[i - 1] as number;
      i--;
    }
    top[i] = d;
    scores[i] = s;
  }
  return top;
}

/** How many shared phrases a related paper names at most ("Shares: a, b, c"). */
export const MAX_SHARED = 3;

/**
 * Why two papers are related, in words: the phrases both papers' pools hold (see
 * `analysePhrases` in src/ingest/keyphrases.ts), best for the pair first (lowest sum of the two
 * ranks; ties by phrase key, so the order is input-free), never a phrase and a part of it: the
 * longer one is named ("video generation", not "video"). Empty when they share none. Pure.
 */
export function sharedPhrases(
  a: readonly number[],
  b: readonly number[],
  key: (id: number) => string,
  max = MAX_SHARED,
): number[] {
  const rankInB = new Map(b.map((id, r) => [id, r]));
  const both = a.flatMap((id, r) => {
    const rb = rankInB.get(id);
    return rb === undefined ? [] : [{ id, rank: r + rb, key: key(id) }];
  });
  both.sort((x, y) => x.rank - y.rank || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const picked: { id: number; key: string }[] = [];
  for (const x of both) {
    const clash = picked.filter((p) => overlaps(p.key, x.key));
    if (clash.length === 0) {
      if (picked.length < max) picked.push(x);
    } else if (clash.length === 1 && (clash[0] as { key: string }).key.length < x.key.length) {
      // "diffusion distillation" replaces an already named "diffusion": it says more.
      picked[picked.indexOf(clash[0] as { id: number; key: string })] = x;
    }
  }
  return picked.map((p) => p.id);
}
