import type { Topic } from "../schema/topic.ts";

/**
 * Contract between ingest and the topics/related step (issue 4).
 * Ingest calls `enrich` once with every merged paper and every topic, and writes the result into
 * the frontmatter (`topics`, `keyphrases`, `related`). Must be pure and deterministic.
 */
export interface PaperText {
  slug: string;
  title: string;
  abstract: string;
}

export interface TopicDefinition extends Topic {
  /** File name without `.md`. */
  id: string;
  /** The one-paragraph description (the file's body). */
  description: string;
}

export interface Enrichment {
  topics: string[];
  keyphrases: string[];
  related: string[];
}

/** Placeholder until the topics issue lands: no topics, no keyphrases, no related papers. */
export function enrich(
  papers: readonly PaperText[],
  _topics: readonly TopicDefinition[],
): Map<string, Enrichment> {
  return new Map(papers.map((p) => [p.slug, { topics: [], keyphrases: [], related: [] }]));
}
