import { describe, expect, it } from "vitest";
import { mapFromPages, mapJson } from "../../../src/ingest/map/index.ts";
import { renderPage } from "../../../src/ingest/markdown.ts";

const families: [string, string][] = [
  ["merging", "merge model weights task vectors interpolation"],
  ["quant", "quantization low bit integer weights activation outliers"],
  ["moe", "mixture experts routing gating sparse experts load balance"],
];

/** Pages exactly as ingest writes them, including a long title YAML may fold or quote. */
const pages = families.flatMap(([name, words], g) =>
  Array.from({ length: 6 }, (_, i) => {
    const slug = `${name}-${i}`;
    const title =
      i === 0
        ? `A very long title: about ${words} — with "quotes", colons: and # hashes, long enough to wrap past eighty columns`
        : `${words} study ${i}`;
    return {
      file: `${slug}.md`,
      content: renderPage(
        {
          title,
          slug,
          digests: ["d1"],
          links: [],
          topics: [],
          subtopics: [],
          keyphrases: [],
          related: [`${name}-${(i + 1) % 6}`, `${name}-${(i + 2) % 6}`],
          relatedShares: [],
        },
        `We study ${words} in depth; our ${words.split(" ")[g] ?? ""} method works.`,
      ),
    };
  }),
);

describe("mapJson", () => {
  it("places every generated page once, by slug, with integer coordinates", () => {
    const points = JSON.parse(mapJson(pages)) as { slug: string; x: number; y: number }[];
    expect(points.map((p) => p.slug)).toEqual(pages.map((p) => p.file.replace(/\.md$/, "")).sort());
    for (const p of points) expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
  });

  it("keeps each family together", () => {
    const points = mapFromPages(pages);
    const centre = (name: string) => {
      const ps = points.filter((p) => p.slug.startsWith(name));
      return {
        x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
        y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
      };
    };
    for (const p of points) {
      const own = p.slug.split("-")[0] as string;
      const d = (name: string) => Math.hypot(p.x - centre(name).x, p.y - centre(name).y);
      const nearest = families.map(([n]) => n as string).sort((a, b) => d(a) - d(b))[0];
      expect(nearest, p.slug).toBe(own);
    }
  });

  it("names the page when its frontmatter is unusable", () => {
    expect(() => mapFromPages([{ file: "bad.md", content: "no frontmatter" }])).toThrow(
      /^bad\.md:1: /,
    );
  });
});
