import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanText } from "../../src/ingest/clean.ts";
import type { PaperText, TopicDefinition } from "../../src/ingest/enrich.ts";
import { mergeEntries } from "../../src/ingest/merge.ts";
import { parseDigest } from "../../src/ingest/parse.ts";
import { assignSlugs, parseRegistry } from "../../src/ingest/registry.ts";
import { parseTopicFile } from "../../src/ingest/topic-file.ts";

const root = join(import.meta.dirname, "..", "..");

/**
 * The shipped corpus as ingest hands it to `enrich`: seeds parsed, cleaned and merged, slugs from
 * the committed registry. Dates are irrelevant here, so they are not resolved.
 */
export function loadPapers(): PaperText[] {
  const dir = join(root, "seeds");
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap(
      (f) => parseDigest(`seeds/${f}`, f.replace(/\.txt$/, ""), readFileSync(join(dir, f))).entries,
    )
    .map(({ published: _, ...e }) => ({ ...e, abstract: cleanText(e.abstract) }));
  const { papers } = mergeEntries(entries);
  const registryFile = join(root, "content", "slugs.json");
  const registry = existsSync(registryFile)
    ? parseRegistry("content/slugs.json", readFileSync(registryFile, "utf8"))
    : new Map<string, string>();
  const { slugs } = assignSlugs(papers, registry);
  return papers.map((p) => ({
    slug: slugs.get(p.key) as string,
    title: p.title,
    abstract: p.abstract,
  }));
}

/** Every shipped topic file, parsed. */
export function loadTopics(): TopicDefinition[] {
  const dir = join(root, "content", "topics");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseTopicFile(f.replace(/\.md$/, ""), readFileSync(join(dir, f), "utf8")));
}
