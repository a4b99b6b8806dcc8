import type { TopicDefinition } from "./enrich.ts";

/**
 * Parses one hand-written topic file (`content/topics/<id>.md`: YAML frontmatter per
 * `src/schema/topic.ts`, body = description). Pure; the CLI does the reading.
 * Placeholder until the topics issue lands.
 */
export function parseTopicFile(id: string, _text: string): TopicDefinition {
  throw new Error(`content/topics/${id}.md: topic files are not supported yet`);
}
