import { describe, expect, it } from "vitest";
import {
  effectiveSort,
  emptyState,
  isBlank,
  pagefindFilters,
  pagefindSort,
  parseState,
  serializeState,
  toggleFilter,
} from "../../../src/lib/search/state.ts";

describe("search URL state", () => {
  it("round-trips a shared link", () => {
    const url = "?q=model+merging&topic=llm&topic=vision&year=2025&code=yes&sort=upvotes&page=2";
    const state = parseState(url);
    expect(state.q).toBe("model merging");
    expect(state.filters.topic).toEqual(["llm", "vision"]);
    expect(state.filters.year).toEqual(["2025"]);
    expect(state.sort).toBe("upvotes");
    expect(state.pages).toBe(2);
    expect(parseState(serializeState(state))).toEqual(state);
  });

  it("gives one URL per view: defaults left out, values sorted", () => {
    const a = parseState("?topic=b&topic=a&sort=relevance&page=1");
    expect(serializeState(a)).toBe("?topic=a&topic=b");
    expect(serializeState(emptyState())).toBe("");
  });

  it("ignores unknown sorts, blank values and junk pages", () => {
    const state = parseState("?sort=random&topic=&page=-3&year=2024&year=2024&x=1");
    expect(state.sort).toBe("relevance");
    expect(state.filters.topic).toEqual([]);
    expect(state.filters.year).toEqual(["2024"]);
    expect(state.pages).toBe(1);
  });

  it("keeps awkward query text intact", () => {
    const q = 'a&b=c "quoted" <script>#x';
    expect(parseState(serializeState({ ...emptyState(), q })).q).toBe(q);
  });

  it("toggles filters and restarts paging", () => {
    const on = toggleFilter({ ...emptyState(), pages: 3 }, "topic", "llm");
    expect(on.filters.topic).toEqual(["llm"]);
    expect(on.pages).toBe(1);
    expect(toggleFilter(on, "topic", "llm").filters.topic).toEqual([]);
  });

  it("maps to Pagefind options: OR within a facet, one facet left out on request", () => {
    const state = parseState("?topic=a&topic=b&year=2025");
    expect(pagefindFilters(state)).toEqual({ topic: { any: ["a", "b"] }, year: { any: ["2025"] } });
    expect(pagefindFilters(state, "topic")).toEqual({ year: { any: ["2025"] } });
    expect(pagefindSort("newest")).toEqual({ date: "desc" });
    expect(pagefindSort("upvotes")).toEqual({ upvotes: "desc" });
    expect(pagefindSort("relevance")).toBeUndefined();
  });

  it("browses newest first when there is no query", () => {
    expect(effectiveSort(parseState("?topic=a"))).toBe("newest");
    expect(effectiveSort(parseState("?q=x"))).toBe("relevance");
    expect(isBlank(parseState("?sort=newest"))).toBe(true);
    expect(isBlank(parseState("?code=yes"))).toBe(false);
  });
});
