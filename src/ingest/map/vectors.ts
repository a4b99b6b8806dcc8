import { tokenizePaper } from "../text/index.ts";
import { buildVectors, type SparseVec } from "../vectors.ts";
import type { SparseVector } from "./pca.ts";

/** A paper's text as the map needs it. */
export interface MapText {
  title: string;
  abstract: string;
}

/**
 * The map's text vectors: the same TF-IDF vectors as related papers (src/ingest/vectors.ts), minus
 * the terms that occur in only one paper or in more than half of them — they cannot say which
 * papers are alike, and on a 2-D map they only add noise. Rows are re-normalised by the PCA.
 */
export function textVectors(papers: readonly MapText[]): SparseVector[] {
  const { vectors, df } = buildVectors(papers.map(tokenizePaper));
  return vectors.map((v) => mapVector(v, df, papers.length));
}

/** One TF-IDF vector as the map uses it: only terms in at least 2 and at most n/2 papers. */
export function mapVector(v: SparseVec, df: Uint32Array, n: number): [number, number][] {
  const kept: [number, number][] = [];
  for (let k = 0; k < v.ids.length; k++) {
    const id = v.ids[k] as number;
    const d = df[id] as number;
    if (d >= 2 && d <= n / 2) kept.push([id, v.weights[k] as number]);
  }
  return kept;
}
