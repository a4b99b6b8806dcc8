import { parse } from "yaml";
import { compareCodeUnits } from "../../lib/compare.ts";
import { IngestError } from "../errors.ts";
import type { SparseVec } from "../vectors.ts";
import { layoutMap, type MapPoint } from "./layout.ts";
import { mapVector, textVectors } from "./vectors.ts";

export { layoutMap, type MapInput, type MapPoint } from "./layout.ts";

/** A generated page as the ingest pipeline produces it (`<slug>.md` and its text). */
export interface PageFile {
  file: string;
  content: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** One plain or double-quoted (JSON-style) scalar as ingest writes slugs. */
function scalarValue(text: string): string {
  const t = text.trim();
  return t.startsWith('"') ? (JSON.parse(t) as string) : t;
}

/**
 * Reads `slug`, `title` and `related` from a page written by ingest. Full YAML parsing of 10,000
 * pages costs seconds, so only the title (which YAML may quote or fold) goes through the parser;
 * slugs are plain kebab-case by the schema.
 */
function readPage(page: PageFile): {
  slug: string;
  title: string;
  abstract: string;
  related: string[];
} {
  const m = FRONTMATTER.exec(page.content);
  if (!m) throw new IngestError(page.file, 1, "page has no frontmatter");
  const lines = (m[1] as string).split(/\r?\n/);
  let slug: string | undefined;
  let titleText: string | undefined;
  const related: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith("slug:")) slug = scalarValue(line.slice(5));
    else if (line.startsWith("title:")) {
      let block = line;
      while (i + 1 < lines.length && /^\s/.test(lines[i + 1] as string)) block += `\n${lines[++i]}`;
      titleText = block;
    } else if (line.startsWith("related:")) {
      while (i + 1 < lines.length && /^\s+- /.test(lines[i + 1] as string)) {
        related.push(scalarValue((lines[++i] as string).replace(/^\s+- /, "")));
      }
    }
  }
  const title =
    titleText === undefined ? undefined : (parse(titleText) as { title?: unknown }).title;
  if (!slug || typeof title !== "string")
    throw new IngestError(page.file, 1, "frontmatter lacks slug or title");
  return { slug, title, abstract: m[2] as string, related };
}

/**
 * The map of a corpus from its generated pages: reads each page's title, `related` and abstract
 * (the body), builds text vectors and lays the papers out. Pages are taken as written by ingest,
 * so the CLI needs a single call and no other module has to change. Pure.
 */
export function mapFromPages(pages: readonly PageFile[]): MapPoint[] {
  const papers = pages.map(readPage);
  const vectors = textVectors(papers);
  return layoutMap(
    papers.map((p, i) => ({ slug: p.slug, related: p.related, vector: vectors[i] ?? [] })),
  );
}

/** `_map.json`: one `{slug, x, y}` per line, sorted by slug so diffs stay readable. */
export function mapJson(pages: readonly PageFile[]): string {
  return pointsJson(mapFromPages(pages));
}

function pointsJson(points: MapPoint[]): string {
  points.sort((a, b) => compareCodeUnits(a.slug, b.slug));
  return `[\n${points.map((p) => JSON.stringify(p)).join(",\n")}\n]\n`;
}

/** A paper as ingest knows it after enrichment: its TF-IDF vector and related slugs. */
export interface VectorPaper {
  slug: string;
  vector: SparseVec;
  related: readonly string[];
}

/**
 * `_map.json` straight from the vectors that related papers were computed from (no second
 * tokenisation). `df` and the corpus size filter the terms as {@link textVectors} does. Papers
 * are laid out in page-file order (`<slug>.md`), the order {@link mapJson} reads them in, so
 * both give the same map for the same text.
 */
export function mapJsonFromVectors(papers: readonly VectorPaper[], df: Uint32Array): string {
  const n = papers.length;
  const inFileOrder = [...papers].sort((a, b) => compareCodeUnits(`${a.slug}.md`, `${b.slug}.md`));
  return pointsJson(
    layoutMap(
      inFileOrder.map((p) => ({
        slug: p.slug,
        related: p.related,
        vector: mapVector(p.vector, df, n),
      })),
    ),
  );
}
