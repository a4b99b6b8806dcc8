/** Topic counting and ordering. Pure, so it is unit-tested without Astro. */

import { compareCodeUnits } from "../lib/compare.ts";

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

/** Another topic and how many papers it shares with the one asked about. */
export interface CoTopic {
  id: string;
  shared: number;
}

/** How many papers carry each topic, a topic listed twice on a paper counted once. */
export function topicSizes(papers: readonly { topics: readonly string[] }[]): Map<string, number> {
  return countTopics(papers.map((p) => ({ topics: [...new Set(p.topics)] })));
}

/**
 * The other topics that papers of `topicId` also carry, most shared papers first. Ties go to the
 * smaller topic (sharing 3 of its 5 papers says more than sharing 3 of 40), then to the id, so the
 * order never depends on input order. Topics sharing nothing are absent.
 */
export function coOccurring(
  papers: readonly { topics: readonly string[] }[],
  topicId: string,
  limit = Number.POSITIVE_INFINITY,
  // Every topic's size: the same for each topic of a corpus, so a caller asking for all topics
  // counts once (`topicSizes`) instead of once per topic.
  sizes: ReadonlyMap<string, number> = topicSizes(papers),
): CoTopic[] {
  const shared = new Map<string, number>();
  for (const paper of papers) {
    const ids = new Set(paper.topics);
    if (!ids.has(topicId)) continue;
    for (const id of ids) if (id !== topicId) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return [...shared]
    .map(([id, count]) => ({ id, shared: count }))
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        (sizes.get(a.id) ?? 0) - (sizes.get(b.id) ?? 0) ||
        compareCodeUnits(a.id, b.id),
    )
    .slice(0, limit);
}

/** An area as the grouping needs it: its id, name and display order. */
export interface AreaLike {
  id: string;
  name: string;
  order: number;
}

/** An area with its topics (display order) and how many papers carry at least one of them. */
export interface AreaGroup<A extends AreaLike, T extends TopicLike> {
  area: A;
  topics: T[];
  /** Papers with a topic in the area, each counted once however many of its topics it carries. */
  count: number;
}

/**
 * Groups topics under their areas, areas in display order (`order`, then name); areas with no
 * topic are left out. Topics that name no area come back in `rest` (the catch-all, usually).
 * @throws Error naming the topic file when a topic's area has no area file: a typo in `area:`
 * would otherwise hide the topic from every area list.
 */
export function groupByArea<
  A extends AreaLike,
  T extends TopicLike & { area?: string | undefined },
>(
  areas: readonly A[],
  topics: readonly T[],
  papers: readonly { topics: readonly string[] }[],
): { groups: AreaGroup<A, T>[]; rest: T[] } {
  const byId = new Map(areas.map((a) => [a.id, a]));
  for (const t of topics)
    if (t.area !== undefined && !byId.has(t.area))
      throw new Error(
        `content/topics/${t.id}.md: area "${t.area}" has no file content/areas/${t.area}.md`,
      );
  const areaOf = new Map(topics.flatMap((t) => (t.area ? [[t.id, t.area] as const] : [])));
  const counts = new Map<string, number>();
  for (const paper of papers)
    for (const a of new Set(paper.topics.flatMap((id) => areaOf.get(id) ?? [])))
      counts.set(a, (counts.get(a) ?? 0) + 1);
  const groups = sortTopics(areas)
    .map((area) => ({
      area,
      topics: sortTopics(topics.filter((t) => t.area === area.id)),
      count: counts.get(area.id) ?? 0,
    }))
    .filter((g) => g.topics.length > 0);
  return { groups, rest: sortTopics(topics.filter((t) => t.area === undefined)) };
}
