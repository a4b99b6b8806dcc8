/**
 * Query helpers for the explore page: the map's dots, the topic palette, the topic bar chart and
 * the publication timeline. Pure functions of the corpus (plus one reader for `_map.json`), so
 * they are unit-tested without Astro.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { MapPoint } from "../ingest/map/layout.ts";
import { splitRegions } from "../ingest/map/regions.ts";
import { compareCodeUnits } from "../lib/compare.ts";

/** Distinct hues. */
export const HUES = 10;
/**
 * Distinct topic styles: ten hues as filled dots, then the same hues as rings. Topics beyond the
 * `PALETTE_SIZE` with the most dots share the small grey "other" dot.
 */
export const PALETTE_SIZE = 2 * HUES;
/** Colour index used for papers whose topic has no colour of its own (or no topic). */
export const OTHER_COLOUR = PALETTE_SIZE;

/**
 * The hue a colour index is drawn in (`--xc<hue>` in explore.css): rings share the hue of their
 * filled twin, "other" is the grey at index `HUES`.
 */
export function hueOf(colour: number): number {
  return colour >= PALETTE_SIZE ? HUES : colour % HUES;
}

/** Whether a colour index is drawn as a ring (the second round of hues). */
export function isRing(colour: number): boolean {
  return colour >= HUES && colour < PALETTE_SIZE;
}

/** The minimum a helper needs of a paper. */
export interface ExplorePaper {
  slug: string;
  title: string;
  topics: readonly string[];
  published?: string | undefined;
}

/** The minimum a helper needs of a topic. */
export interface ExploreTopic {
  id: string;
  name: string;
}

/** One bar of the topic-size chart. */
export interface TopicBar {
  id: string;
  name: string;
  /** Papers that carry the topic at all (not only as first topic). */
  count: number;
  /** Colour index into the palette, `OTHER_COLOUR` when it shares the grey. */
  colour: number;
}

/**
 * Topic bars, largest first (ties by name), topics without papers left out. The style of each
 * topic is fixed here too: the topics that colour the most dots (first topics) get the distinct
 * styles, filled hues first, then rings.
 */
export function topicBars(
  papers: readonly ExplorePaper[],
  topics: readonly ExploreTopic[],
): TopicBar[] {
  const counts = new Map<string, number>();
  for (const p of papers) for (const t of p.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  const first = firstTopicCounts(papers);
  const byName = (a: ExploreTopic, b: ExploreTopic) => a.name.localeCompare(b.name, "en");
  const used = topics.filter((t) => (counts.get(t.id) ?? 0) > 0);
  const colour = new Map(
    [...used]
      .sort(
        (a, b) =>
          (first.get(b.id) ?? 0) - (first.get(a.id) ?? 0) ||
          (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) ||
          byName(a, b),
      )
      .map((t, i) => [t.id, i < PALETTE_SIZE ? i : OTHER_COLOUR]),
  );
  return used
    .map((t) => ({
      id: t.id,
      name: t.name,
      count: counts.get(t.id) ?? 0,
      colour: colour.get(t.id) ?? OTHER_COLOUR,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
}

/** A dot of the map: a paper at its layout position with the colour of its first topic. */
export interface MapDot {
  slug: string;
  title: string;
  x: number;
  y: number;
  /** First topic id, if any. */
  topic: string | undefined;
  colour: number;
}

/**
 * Joins papers with their layout points. Papers the layout file does not know (a stale
 * `_map.json`) are left out and reported in `missing`, so the page can say so instead of lying.
 */
export function mapDots(
  papers: readonly ExplorePaper[],
  points: readonly MapPoint[],
  bars: readonly TopicBar[],
): { dots: MapDot[]; missing: string[] } {
  const at = new Map(points.map((p) => [p.slug, p]));
  const colourOf = new Map(bars.map((b) => [b.id, b.colour]));
  const dots: MapDot[] = [];
  const missing: string[] = [];
  for (const paper of papers) {
    const point = at.get(paper.slug);
    if (!point) {
      missing.push(paper.slug);
      continue;
    }
    const topic = paper.topics[0];
    dots.push({
      slug: paper.slug,
      title: paper.title,
      x: point.x,
      y: point.y,
      topic,
      colour: (topic === undefined ? undefined : colourOf.get(topic)) ?? OTHER_COLOUR,
    });
  }
  return { dots, missing };
}

/** One bar of the timeline. */
export interface TimeBar {
  /** `YYYY-MM` (months) or `YYYY` (years). */
  key: string;
  year: string;
  /** Short label, e.g. "Mar 2025" or "2025". */
  label: string;
  count: number;
}

/** Longest span, in months, drawn month by month; longer spans are drawn per year. */
export const MAX_MONTHS = 60;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Papers per month for papers with a known `published` date, every month from the first to the
 * last (empty months included, so gaps show). Past {@link MAX_MONTHS} the bars are years.
 */
export function timeline(papers: readonly ExplorePaper[]): {
  unit: "month" | "year";
  bars: TimeBar[];
} {
  const months = new Map<number, number>();
  for (const p of papers) {
    const m = /^(\d{4})-(\d{2})/.exec(p.published ?? "");
    if (!m) continue;
    const index = Number(m[1]) * 12 + Number(m[2]) - 1;
    months.set(index, (months.get(index) ?? 0) + 1);
  }
  if (months.size === 0) return { unit: "month", bars: [] };
  const first = Math.min(...months.keys());
  const last = Math.max(...months.keys());
  if (last - first + 1 <= MAX_MONTHS) {
    const bars: TimeBar[] = [];
    for (let i = first; i <= last; i++) {
      const year = String(Math.floor(i / 12));
      const month = (i % 12) + 1;
      bars.push({
        key: `${year}-${String(month).padStart(2, "0")}`,
        year,
        label: `${MONTHS[month - 1]} ${year}`,
        count: months.get(i) ?? 0,
      });
    }
    return { unit: "month", bars };
  }
  const years = new Map<number, number>();
  for (const [i, c] of months)
    years.set(Math.floor(i / 12), (years.get(Math.floor(i / 12)) ?? 0) + c);
  const bars: TimeBar[] = [];
  for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++) {
    bars.push({ key: String(y), year: String(y), label: String(y), count: years.get(y) ?? 0 });
  }
  return { unit: "year", bars };
}

/** Where ingest writes the layout. */
export const MAP_FILE = "content/papers/_map.json";

/**
 * Reads the layout written by ingest. A missing file yields no points (the page then explains
 * that `npm run ingest` must run first); a malformed one throws with the file name.
 */
export function readMapPoints(root = process.cwd()): MapPoint[] {
  const file = join(root, MAP_FILE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const data: unknown = JSON.parse(text);
  if (
    !Array.isArray(data) ||
    !data.every(
      (p) => typeof p?.slug === "string" && Number.isFinite(p?.x) && Number.isFinite(p?.y),
    )
  ) {
    throw new Error(`${MAP_FILE}:1: expected [{slug, x, y}, …]`);
  }
  return data as MapPoint[];
}

/** How many papers have each topic as their first topic (= dots of that colour). */
export function firstTopicCounts(papers: readonly ExplorePaper[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of papers) {
    const t = p.topics[0];
    if (t !== undefined) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

const paletteCache = new WeakMap<readonly ExplorePaper[], Map<string, number>>();

/**
 * The colour index of a paper with the given topics, as on the map. The palette is computed once
 * per corpus (memoised on the papers array), because every paper page asks.
 */
export function colourOfPaper(
  papers: readonly ExplorePaper[],
  topics: readonly ExploreTopic[],
  paperTopics: readonly string[],
): number {
  let palette = paletteCache.get(papers);
  if (!palette) {
    palette = new Map(topicBars(papers, topics).map((b) => [b.id, b.colour]));
    paletteCache.set(papers, palette);
  }
  const first = paperTopics[0];
  return (first === undefined ? undefined : palette.get(first)) ?? OTHER_COLOUR;
}

/** A group of the map's text alternative: one topic and the papers that have it first. */
export interface MapGroup<P extends ExplorePaper> {
  id: string | undefined;
  name: string;
  colour: number;
  papers: P[];
}

/**
 * Papers grouped by first topic, in the order of the topic bars (largest first), then papers
 * without a topic. Every paper appears exactly once, like on the map. Papers keep their order.
 */
export function groupByFirstTopic<P extends ExplorePaper>(
  papers: readonly P[],
  bars: readonly TopicBar[],
): MapGroup<P>[] {
  const groups = new Map<string | undefined, MapGroup<P>>(
    bars.map((b) => [b.id, { id: b.id, name: b.name, colour: b.colour, papers: [] }]),
  );
  const none: MapGroup<P> = { id: undefined, name: "No topic", colour: OTHER_COLOUR, papers: [] };
  for (const p of papers) (groups.get(p.topics[0]) ?? none).papers.push(p);
  return [...groups.values(), none].filter((g) => g.papers.length > 0);
}

/**
 * Largest corpus drawn as one map with a link per dot. Measured: ~500 bytes of HTML per paper
 * (dot + text alternative), so 1,200 papers stay near 600 KB. Past it, /explore/ shows an
 * overview split into regions, and each region gets its own page with every dot linked.
 */
export const FULL_MAP_LIMIT = 1200;
/** Most papers on one region page. */
export const REGION_MAX = 400;

/** A region of a large map: a square of the layout with its dots, for its own page. */
export interface MapRegion {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  dots: MapDot[];
  /** Name of the most common first topic among its papers, if any. */
  mainTopic: string | undefined;
}

/** Regions of the map when the corpus is too large for one page, else `[]`. */
export function mapRegions(
  dots: readonly MapDot[],
  bars: readonly TopicBar[],
  options: { limit?: number; max?: number; size?: number } = {},
): MapRegion[] {
  if (dots.length <= (options.limit ?? FULL_MAP_LIMIT)) return [];
  const nameOf = new Map(bars.map((b) => [b.id, b.name]));
  return splitRegions(dots, { size: options.size ?? 1000, max: options.max ?? REGION_MAX }).map(
    (r, i) => {
      const counts = new Map<string, number>();
      for (const d of r.points) if (d.topic) counts.set(d.topic, (counts.get(d.topic) ?? 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0];
      return {
        // Numbered in the splitter's order, which walks the map region by neighbouring region.
        id: String(i + 1),
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        dots: r.points,
        mainTopic: top ? nameOf.get(top[0]) : undefined,
      };
    },
  );
}

/**
 * A region's dots zoomed to fill the `[0, size]` map: the bounding box of its dots (regions from
 * median cuts can be mostly empty space) scaled by one factor on both axes, so distances stay
 * true, and centred. Rounded.
 */
export function zoomRegion(region: MapRegion, size = 1000): MapDot[] {
  const xs = region.dots.map((d) => d.x);
  const ys = region.dots.map((d) => d.y);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const w = Math.max(...xs) - x0;
  const h = Math.max(...ys) - y0;
  const k = size / Math.max(w, h, 1);
  const dx = (size - w * k) / 2;
  const dy = (size - h * k) / 2;
  return region.dots.map((d) => ({
    ...d,
    x: Math.min(size, Math.round(dx + (d.x - x0) * k)),
    y: Math.min(size, Math.round(dy + (d.y - y0) * k)),
  }));
}

/** One-line description of a region, used as its link name and page title. */
export function regionLabel(region: MapRegion): string {
  const n = region.dots.length;
  return `Region ${region.id}: ${n} ${n === 1 ? "paper" : "papers"}${region.mainTopic ? `; top topic: ${region.mainTopic}` : ""}`;
}
