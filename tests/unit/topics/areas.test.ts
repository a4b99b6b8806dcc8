import { describe, expect, it } from "vitest";
import { groupByArea } from "../../../src/data/topics.ts";

const areas = [
  { id: "vision", name: "Computer vision", order: 20 },
  { id: "language", name: "Language", order: 10 },
  { id: "speech", name: "Speech", order: 30 },
];
const topics = [
  { id: "detection", name: "Detection", order: 10, area: "vision" },
  { id: "3d", name: "3D vision", order: 5, area: "vision" },
  { id: "translation", name: "Translation", order: 10, area: "language" },
  { id: "other", name: "Other papers", order: 99 },
];
const papers = [
  { topics: ["detection", "3d"] },
  { topics: ["3d"] },
  { topics: ["translation", "detection"] },
  { topics: ["other"] },
];

describe("groupByArea", () => {
  const { groups, rest } = groupByArea(areas, topics, papers);

  it("lists areas in display order with their topics in display order", () => {
    expect(groups.map((g) => [g.area.id, g.topics.map((t) => t.id)])).toEqual([
      ["language", ["translation"]],
      ["vision", ["3d", "detection"]],
    ]);
  });

  it("counts a paper once per area however many of the area's topics it carries", () => {
    expect(Object.fromEntries(groups.map((g) => [g.area.id, g.count]))).toEqual({
      language: 1,
      vision: 3,
    });
  });

  it("leaves out empty areas and returns topics without an area separately", () => {
    expect(groups.some((g) => g.area.id === "speech")).toBe(false);
    expect(rest.map((t) => t.id)).toEqual(["other"]);
  });

  it("names the topic file when its area has no area file", () => {
    expect(() =>
      groupByArea(areas, [{ id: "asr", name: "ASR", order: 1, area: "audio" }], []),
    ).toThrow('content/topics/asr.md: area "audio" has no file content/areas/audio.md');
  });
});
