import type { TopicDefinition } from "../../../src/ingest/enrich.ts";
import { tokenizePaper } from "../../../src/ingest/text/index.ts";
import { assignTopics, scorePaper, type TopicMatcher } from "../../../src/ingest/topics.ts";

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

/** Title and abstract in, assigned topic ids out, as ingest does it with `matcher`. */
export function classifier(matcher: TopicMatcher): (title: string, abstract: string) => string[] {
  return (title, abstract) => assignTopics(scorePaper(tokenizePaper({ title, abstract }), matcher));
}
