import { describe, expect, it } from "vitest";
import { normaliseBase, searchPageUrl, withBase } from "../../../src/lib/search/base.ts";
import { facetValues } from "../../../src/lib/search/facets.ts";
import { isOpenShortcut, nextActive } from "../../../src/lib/search/listbox.ts";

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("header box keyboard", () => {
  it("moves through options with wrap-around", () => {
    expect(nextActive(-1, 3, "ArrowDown")).toBe(0);
    expect(nextActive(2, 3, "ArrowDown")).toBe(0);
    expect(nextActive(0, 3, "ArrowUp")).toBe(2);
    expect(nextActive(-1, 3, "ArrowUp")).toBe(2);
    expect(nextActive(1, 3, "End")).toBe(2);
    expect(nextActive(1, 0, "ArrowDown")).toBe(-1);
  });

  it("opens on / outside text fields and on Ctrl/Cmd+K anywhere", () => {
    expect(isOpenShortcut(key("/"), false)).toBe(true);
    expect(isOpenShortcut(key("/"), true)).toBe(false);
    expect(isOpenShortcut(key("k", { ctrlKey: true }), true)).toBe(true);
    expect(isOpenShortcut(key("K", { metaKey: true }), false)).toBe(true);
    expect(isOpenShortcut(key("k"), false)).toBe(false);
  });
});

describe("facet values", () => {
  it("orders years newest first and hides empty values unless selected", () => {
    const values = facetValues("year", { "2024": 3, "2025": 1, "2023": 0 }, ["2023"]);
    expect(values.map((v) => [v.value, v.count, v.selected])).toEqual([
      ["2025", 1, false],
      ["2024", 3, false],
      ["2023", 0, true],
    ]);
  });

  it("lists digests in the page's order (newest listing first)", () => {
    const labels = {
      digest: { d2: "Daily Papers, 2 May", d9: "Daily Papers, 1 May", d1: "Digest d1" },
    };
    const values = facetValues("digest", { d1: 1, d2: 2, d9: 3, dx: 1 }, [], labels);
    expect(values.map((v) => v.value)).toEqual(["d2", "d9", "d1", "dx"]);
  });

  it("labels topics by name, biggest first, and code as with/without", () => {
    const topics = facetValues("topic", { a: 1, b: 5 }, [], {
      topic: { a: "Agents", b: "Vision" },
    });
    expect(topics.map((v) => v.label)).toEqual(["Vision", "Agents"]);
    expect(facetValues("code", { no: 4, yes: 2 }, []).map((v) => v.label)).toEqual([
      "With code",
      "Without code",
    ]);
  });
});

describe("base path", () => {
  it("keeps every URL under the base", () => {
    expect(normaliseBase("papershelf")).toBe("/papershelf/");
    expect(normaliseBase("/")).toBe("/");
    expect(withBase("/papershelf", "/pagefind/pagefind.js")).toBe(
      "/papershelf/pagefind/pagefind.js",
    );
    expect(searchPageUrl("/papershelf/", "?q=x")).toBe("/papershelf/search/?q=x");
  });
});
