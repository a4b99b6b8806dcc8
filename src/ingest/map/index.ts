import { parse } from "yaml";
import { layoutMap, type MapPoint } from "./layout.ts";
import { textVectors } from "./vectors.ts";

export { layoutMap, type MapInput, type MapPoint } from "./layout.ts";

/** A generated page as the ingest pipeline produces it (`<slug>.md` and its text). */
export interface PageFile {
  file: string;
  content: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * The map of a corpus from its generated pages: reads each page's title, `related` and abstract
 * (the body), builds text vectors and lays the papers out. Pages are taken as written by ingest,
 * so the CLI needs a single call and no other module has to change. Pure.
 */
export function mapFromPages(pages: readonly PageFile[]): MapPoint[] {
  const papers = pages.map((page) => {
    const m = FRONTMATTER.exec(page.content);
    if (!m) throw new Error(`${page.file}:1: page has no frontmatter`);
    const fm = parse(m[1] as string) as { slug?: unknown; title?: unknown; related?: unknown };
    if (typeof fm.slug !== "string" || typeof fm.title !== "string")
      throw new Error(`${page.file}:1: frontmatter lacks slug or title`);
    const related = Array.isArray(fm.related)
      ? fm.related.filter((s): s is string => typeof s === "string")
      : [];
    return { slug: fm.slug, title: fm.title, abstract: m[2] as string, related };
  });
  const vectors = textVectors(papers);
  return layoutMap(
    papers.map((p, i) => ({
      slug: p.slug,
      related: p.related,
      vector: vectors[i] as Map<string, number>,
    })),
  );
}

/** `_map.json`: one `{slug, x, y}` per line, sorted by slug so diffs stay readable. */
export function mapJson(pages: readonly PageFile[]): string {
  const points = mapFromPages(pages).sort((a, b) =>
    a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0,
  );
  return `[\n${points.map((p) => JSON.stringify(p)).join(",\n")}\n]\n`;
}
