import { readdir, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { listFiles, toPosix } from "../lib/list-files.ts";

/**
 * Folders of the previous build that survive into the next one (with `vite.build.emptyOutDir:
 * false`): paper pages, which Astro's incremental build leaves in place when their `cacheKey` is
 * unchanged, and the search index, whose unchanged fragments Pagefind does not write again. At
 * 10,000 papers this saves copying ~9,000 pages out of the cache and compressing ~10,000 search
 * fragments after a new digest (BENCHMARKS.md). `.git` is kept like Astro's own emptying does.
 */
const KEPT_FOLDERS: readonly string[] = ["papers", "pagefind", ".git"];

/**
 * Files under `papers/` that this build did not produce: pages of papers that left the corpus
 * (a digest removed, a slug changed). Paths are relative to the output folder, `/`-separated.
 */
export function stalePages(existing: readonly string[], produced: ReadonlySet<string>): string[] {
  return existing.filter((path) => path.startsWith("papers/") && !produced.has(path));
}

/**
 * Keeps unchanged paper pages in `dist/` between builds and makes the result what a clean build
 * would write: before the build everything else is removed (it is all rendered again, since only
 * paper pages have a cache key); after it, paper pages this build did not produce are deleted.
 * tests/incremental checks that the output equals a clean build's, byte for byte.
 */
export function keepUnchangedPages(): AstroIntegration {
  let outDir = "";
  return {
    name: "papershelf:keep-unchanged-pages",
    hooks: {
      "astro:config:done": ({ config }) => {
        if (config.vite.build?.emptyOutDir !== false)
          throw new Error("keepUnchangedPages needs `vite.build.emptyOutDir: false`");
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": async () => {
        const entries = await readdir(outDir).catch(() => []);
        await Promise.all(
          entries
            .filter((name) => !KEPT_FOLDERS.includes(name))
            .map((name) => rm(join(outDir, name), { recursive: true, force: true })),
        );
      },
      "astro:build:done": async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const produced = new Set(
          [...assets.values()].flat().map((url) => toPosix(relative(root, fileURLToPath(url)))),
        );
        const existing = await listFiles(join(root, "papers"), root);
        const stale = stalePages(existing, produced);
        await Promise.all(stale.map((path) => rm(join(root, path), { force: true })));
        await removeEmptyFolders(join(root, "papers"));
        if (stale.length > 0)
          logger.info(
            `removed ${stale.length} page(s) the previous build wrote and this one did not`,
          );
      },
    },
  };
}

/** Removes the folders under `dir` that pruning left empty; true if `dir` itself is now empty. */
async function removeEmptyFolders(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const emptied = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => {
        const path = join(dir, entry.name);
        const empty = await removeEmptyFolders(path);
        if (empty) await rm(path, { recursive: true });
        return empty;
      }),
  );
  return emptied.filter(Boolean).length === entries.length;
}
