import { getCollection } from "astro:content";
import { getCorpus, type TopicView } from "./corpus.ts";
import { type AreaGroup, groupByArea } from "./topics.ts";

/** An area as pages show it. */
export interface AreaView {
  id: string;
  name: string;
  summary: string;
  order: number;
}

/** The topics grouped by area (see `groupByArea`), plus the topics with no area. */
export interface AreaIndex {
  groups: AreaGroup<AreaView, TopicView & { area?: string | undefined }>[];
  rest: (TopicView & { area?: string | undefined })[];
  /** Area of each topic id that has one. */
  areaOfTopic: Map<string, AreaView>;
}

let cached: Promise<AreaIndex> | undefined;

/** The corpus's topics grouped by area, computed once per build. */
export function getAreas(): Promise<AreaIndex> {
  cached ??= load();
  return cached;
}

async function load(): Promise<AreaIndex> {
  const [{ topics, papers }, entries] = await Promise.all([getCorpus(), getCollection("areas")]);
  const areas: AreaView[] = entries.map((e) => ({
    id: e.id,
    name: e.data.name,
    summary: e.data.summary,
    order: e.data.order,
  }));
  const withArea = topics.map((t) => ({ ...t, area: t.entry.data.area }));
  const { groups, rest } = groupByArea(areas, withArea, papers);
  const areaOfTopic = new Map(groups.flatMap((g) => g.topics.map((t) => [t.id, g.area] as const)));
  return { groups, rest, areaOfTopic };
}
