/**
 * The quality gates' settings, read once from `quality.config.json` at the repository root:
 * the base path the site is checked under, sample sizes, the page-weight budgets.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "astro/zod";

const viewport = z.object({
  name: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

const schema = z.object({
  /** Base path the site is built and served under (GitHub Pages project site). */
  basePath: z.string().regex(/^\/(.+\/)?$/, "must start and end with /"),
  /** Built site folder, relative to the repository root. */
  dist: z.string(),
  /** Port of scripts/serve-dist.ts for the browser gates. */
  port: z.number().int().positive(),
  /** Regular expression over a page path (relative to the base) that marks a paper page. */
  paperPagePattern: z.string(),
  samples: z.object({
    /** Paper pages checked by axe and the HTML validator (every other page is checked). */
    papers: z.number().int().nonnegative(),
    /** Paper pages loaded to measure their weight. */
    budgetPapers: z.number().int().positive(),
  }),
  budgets: z.object({
    /** First load of a paper page, transferred bytes in KiB. */
    paperPage: z.object({ scriptKiB: z.number().positive(), totalKiB: z.number().positive() }),
  }),
  viewports: z.array(viewport).min(1),
  /** Nu HTML Checker messages to drop, each with the reason it is a checker gap, not a page bug. */
  htmlIgnore: z.array(z.object({ pattern: z.string(), why: z.string().min(10) })),
  lighthouse: z.object({
    minScore: z.number().min(0).max(100),
    /** Lighthouse runs per page and form factor; the run with the median performance score is kept. */
    runs: z.number().int().positive().default(1),
    /** `path` relative to the base; `@paper` / `@topic` pick the first such page from the sitemap. */
    pages: z.array(z.object({ name: z.string(), path: z.string() })),
  }),
});

/** Parsed `quality.config.json`. */
export type QualityConfig = z.infer<typeof schema>;

/** Repository root (the folder holding quality.config.json). */
export const ROOT = resolve(import.meta.dirname, "../../..");

/** Reads and validates the config; a bad file fails with the offending field named. */
export function loadConfig(file = resolve(ROOT, "quality.config.json")): QualityConfig {
  const result = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${file}: ${i.path.join(".")}: ${i.message}`);
    throw new Error(issues.join("\n"));
  }
  return result.data;
}
