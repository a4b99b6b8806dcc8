/** Topic counting and ordering. Pure, so it is unit-tested without Astro. */

export interface TopicLike {
  id: string;
  name: string;
  order: number;
}

/** Display order: `order` ascending, then name. */
export function sortTopics<T extends TopicLike>(topics: readonly T[]): T[] {
  return [...topics].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, "en"));
}

/** How many papers carry each topic id (ids no paper uses are absent). */
export function countTopics(papers: readonly { topics: readonly string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paper of papers)
    for (const id of paper.topics) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
