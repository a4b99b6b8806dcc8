import { describe, expect, it } from "vitest";
import {
  colourOfPaper,
  type ExplorePaper,
  firstTopicCounts,
  groupByFirstTopic,
  HUES,
  hueOf,
  isRing,
  MAX_MONTHS,
  mapDots,
  OTHER_COLOUR,
  PALETTE_SIZE,
  timeline,
  topicBars,
} from "../../../src/data/explore.ts";

const paper = (slug: string, topics: string[], published?: string): ExplorePaper => ({
  slug,
  title: `Title ${slug}`,
  topics,
  published,
});

const topics = [
  { id: "merge", name: "Model merging" },
  { id: "moe", name: "Mixture of experts" },
  { id: "quant", name: "Quantization" },
  { id: "empty", name: "Nobody" },
];
const papers = [
  paper("a", ["merge", "moe"], "2025-01-03"),
  paper("b", ["merge"], "2025-03-20"),
  paper("c", ["moe"], "2025-03-01"),
  paper("d", ["quant", "merge"]),
  paper("e", []),
];

describe("topicBars", () => {
  it("counts every topic a paper carries, largest first, empty topics left out", () => {
    expect(topicBars(papers, topics).map((b) => [b.id, b.count])).toEqual([
      ["merge", 3],
      ["moe", 2],
      ["quant", 1],
    ]);
  });

  it("gives the largest topics their own colours and the rest the shared one", () => {
    const many = Array.from({ length: PALETTE_SIZE + 3 }, (_, i) => ({
      id: `t${i}`,
      name: `T${i}`,
    }));
    const ps = many.flatMap((t, i) =>
      Array.from({ length: 20 - i }, (_, k) => paper(`${t.id}-${k}`, [t.id])),
    );
    const bars = topicBars(ps, many);
    expect(bars.slice(0, PALETTE_SIZE).map((b) => b.colour)).toEqual(
      Array.from({ length: PALETTE_SIZE }, (_, i) => i),
    );
    expect(bars.slice(PALETTE_SIZE).every((b) => b.colour === OTHER_COLOUR)).toBe(true);
  });
});

it("gives the first colours to the topics that colour the most dots", () => {
  // "quant" is on more papers, but "moe" is the first topic of more papers (more dots);
  // "quant" and "merge" colour one dot each, and the tie goes to the larger topic.
  const ps = [
    paper("1", ["moe", "quant"]),
    paper("2", ["moe", "quant"]),
    paper("3", ["merge", "quant"]),
    paper("4", ["quant"]),
  ];
  const bars = topicBars(ps, topics);
  expect(bars.map((b) => [b.id, b.count, b.colour])).toEqual([
    ["quant", 4, 1],
    ["moe", 2, 0],
    ["merge", 1, 2],
  ]);
  expect(isRing(0)).toBe(false);
  expect(isRing(PALETTE_SIZE - 1)).toBe(true);
  expect(isRing(OTHER_COLOUR)).toBe(false);
});

it("draws a ring in the hue of its filled twin and 'other' in the grey after the hues", () => {
  expect(hueOf(3)).toBe(3);
  expect(hueOf(HUES + 3)).toBe(3);
  expect(hueOf(OTHER_COLOUR)).toBe(HUES);
});

describe("mapDots", () => {
  it("colours each dot by its first topic and reports papers missing from the layout", () => {
    const bars = topicBars(papers, topics);
    const points = ["a", "b", "c", "e"].map((slug, i) => ({ slug, x: i, y: i }));
    const { dots, missing } = mapDots(papers, points, bars);
    expect(missing).toEqual(["d"]);
    expect(dots.map((d) => [d.slug, d.colour])).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 1],
      ["e", OTHER_COLOUR],
    ]);
    expect(colourOfPaper(papers, topics, ["moe"])).toBe(1);
    expect(colourOfPaper(papers, topics, [])).toBe(OTHER_COLOUR);
  });
});

describe("grouping by first topic", () => {
  it("lists every paper exactly once, under the topic that colours its dot", () => {
    const groups = groupByFirstTopic(papers, topicBars(papers, topics));
    expect(groups.map((g) => [g.name, g.papers.map((p) => p.slug)])).toEqual([
      ["Model merging", ["a", "b"]],
      ["Mixture of experts", ["c"]],
      ["Quantization", ["d"]],
      ["No topic", ["e"]],
    ]);
    const counts = firstTopicCounts(papers);
    expect(counts.get("merge")).toBe(2);
    expect([...counts.values()].reduce((s, n) => s + n, 0)).toBe(4);
  });
});

describe("timeline", () => {
  it("counts dated papers per month, empty months included", () => {
    const { unit, bars } = timeline(papers);
    expect(unit).toBe("month");
    expect(bars.map((b) => [b.key, b.count])).toEqual([
      ["2025-01", 1],
      ["2025-02", 0],
      ["2025-03", 2],
    ]);
    expect(bars[0]?.label).toBe("Jan 2025");
    expect(bars[0]?.year).toBe("2025");
  });

  it("switches to years when the span is long, keeping the total", () => {
    const spread = [
      paper("x", [], "2015-06-01"),
      paper("y", [], "2025-03-01"),
      paper("z", [], "2025-04-01"),
    ];
    const { unit, bars } = timeline(spread);
    expect(unit).toBe("year");
    expect(bars).toHaveLength(11);
    expect(bars.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(bars.at(-1)).toMatchObject({ key: "2025", count: 2 });
    expect(MAX_MONTHS).toBeLessThan(12 * 10);
  });

  it("is empty when no paper has a date", () => {
    expect(timeline([paper("e", [])]).bars).toEqual([]);
  });
});

describe("mapRegions", () => {
  const dotsOf = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      slug: `p${i}`,
      title: `P${i}`,
      x: (i * 37) % 1001,
      y: (i * 91) % 1001,
      topic: i % 3 === 0 ? "merge" : "moe",
      colour: 0,
    }));
  const bars = topicBars(papers, topics);

  it("keeps small maps whole", async () => {
    const { mapRegions } = await import("../../../src/data/explore.ts");
    expect(mapRegions(dotsOf(50), bars, { limit: 100 })).toEqual([]);
  });

  it("splits large maps into numbered regions that hold every dot once and zoom inside the frame", async () => {
    const { mapRegions, regionLabel, zoomRegion } = await import("../../../src/data/explore.ts");
    const dots = dotsOf(1000);
    const regions = mapRegions(dots, bars, { limit: 100, max: 120 });
    expect(regions.map((r) => r.id)).toEqual(regions.map((_, i) => String(i + 1)));
    expect(regions.flatMap((r) => r.dots.map((d) => d.slug)).sort()).toEqual(
      dots.map((d) => d.slug).sort(),
    );
    const first = regions[0] as (typeof regions)[number];
    expect(regionLabel(first)).toMatch(/^Region 1: \d+ papers; top topic: Mixture of experts$/);
    const zoomed = zoomRegion(first);
    // The zoom fills the frame along at least one axis.
    expect(
      Math.max(
        Math.max(...zoomed.map((d) => d.x)) - Math.min(...zoomed.map((d) => d.x)),
        Math.max(...zoomed.map((d) => d.y)) - Math.min(...zoomed.map((d) => d.y)),
      ),
    ).toBeGreaterThanOrEqual(999);
    for (const d of zoomed) {
      expect(d.x).toBeGreaterThanOrEqual(0);
      expect(d.x).toBeLessThanOrEqual(1000);
      expect(d.y).toBeGreaterThanOrEqual(0);
      expect(d.y).toBeLessThanOrEqual(1000);
    }
  });
});
