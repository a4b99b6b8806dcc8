/** Why a related paper is related, as the paper page says it. Pure, so it is unit-tested. */

/** The reason shown under one related paper. */
export interface RelatedReason {
  /** "phrases": keyphrases both share; "topics": no shared phrase, but shared topics. */
  kind: "phrases" | "topics";
  items: string[];
}

/**
 * Per related paper (in `related` order), what it shares with `paper`: the keyphrases ingest
 * found both use (`relatedShares`, same order as `related`), or else the names of the topics
 * both carry, or undefined when neither (a neighbour by vocabulary alone).
 */
export function relatedReasons(
  paper: {
    related: readonly string[];
    relatedShares: readonly (readonly string[])[];
    topics: readonly string[];
  },
  related: readonly { slug: string; topics: readonly string[] }[],
  topicName: (id: string) => string | undefined,
): (RelatedReason | undefined)[] {
  return related.map((other) => {
    const at = paper.related.indexOf(other.slug);
    const phrases = at >= 0 ? (paper.relatedShares[at] ?? []) : [];
    if (phrases.length > 0) return { kind: "phrases", items: [...phrases] };
    const topics = paper.topics
      .filter((t) => other.topics.includes(t))
      .flatMap((t) => topicName(t) ?? []);
    return topics.length > 0 ? { kind: "topics", items: topics } : undefined;
  });
}
