import type { TopicDefinition } from "../../../src/ingest/enrich.ts";

/** A topic as the parser would return it. */
export function topic(
  id: string,
  terms: Record<string, number>,
  extra: Partial<TopicDefinition> = {},
): TopicDefinition {
  return {
    id,
    name: id,
    summary: id,
    order: 100,
    catchAll: false,
    terms,
    description: id,
    ...extra,
  };
}
