import { tokenizePaper } from "../text/index.ts";
import { buildVectors } from "../vectors.ts";
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
  const n = papers.length;
  return vectors.map((v) => {
    const kept: [number, number][] = [];
    v.ids.forEach((id, k) => {
      const d = df[id] as number;
      if (d >= 2 && d <= n / 2) kept.push([id, v.weights[k] as number]);
    });
    return kept;
  });
}
