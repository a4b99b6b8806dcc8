import { describe, expect, it } from "vitest";
import {
  BROAD_MIN_PAPERS,
  broadRequiredWords,
  describeBroadWord,
} from "../../../src/ingest/requires-check.ts";
import { tokenizePaper } from "../../../src/ingest/text/index.ts";
import { topic } from "./helpers.ts";

const agents = topic("llm-agents", { "tool use": 4 }, { requires: ["agentic", "=llm"] });
const papers = (n: number, abstract: string) =>
  Array.from({ length: n }, (_, i) => tokenizePaper({ title: `Paper ${i}`, abstract }));

describe("broadRequiredWords", () => {
  it("flags a required word the shelf passes mostly through a shorter word of its stem", () => {
    const shelf = [
      ...papers(BROAD_MIN_PAPERS, "Reinforcement learning agents share one agent policy."),
      ...papers(5, "Agentic workflows call tools."),
    ];
    const [flag, ...rest] = broadRequiredWords(shelf, [agents]);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ topic: "llm-agents", words: ["agentic"], papers: 25 });
    expect(flag?.otherPapers).toBe(BROAD_MIN_PAPERS);
    expect(flag?.others).toEqual(expect.arrayContaining(["agents", "agent"]));
    expect(describeBroadWord(flag as NonNullable<typeof flag>)).toMatch(
      /^requires: "agentic" also matches "agent(s)?", "agent(s)?" .*20 of the 25 papers.*"=agentic"/,
    );
  });

  it("leaves words whose papers say the word itself, in any inflection", () => {
    const shelf = papers(40, "Accelerating inference; we accelerated it and it accelerates.");
    const fast = topic("efficient-inference", { speed: 3 }, { requires: ["accelerate"] });
    expect(broadRequiredWords(shelf, [fast])).toEqual([]);
  });

  it("reads a topic's words of one stem together: 'image' covers what 'imaging' reaches", () => {
    const shelf = papers(40, "Image features and images.");
    const vision = topic("vision", { pixels: 3 }, { requires: ["imaging", "image"] });
    expect(broadRequiredWords(shelf, [vision])).toEqual([]);
    const [alone] = broadRequiredWords(shelf, [{ ...vision, requires: ["imaging", "imagings"] }]);
    expect(alone?.words).toEqual(["imaging"]); // one word however many plurals were written
  });

  it("stays quiet below the paper count, and for exact words", () => {
    const few = papers(BROAD_MIN_PAPERS - 1, "Many agents.");
    expect(broadRequiredWords(few, [agents])).toEqual([]);
    const exact = { ...agents, requires: ["=agentic"] };
    expect(broadRequiredWords(papers(40, "Many agents."), [exact])).toEqual([]);
  });
});
