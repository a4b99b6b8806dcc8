import { cp, mkdir, readdir, rm, symlink } from "node:fs/promises";
import { join, relative } from "node:path";

/** Top-level or nested paths never copied into a bench workspace (generated or heavy). */
const SKIP = new Set([
  ".git",
  "node_modules",
  "dist",
  ".astro",
  "bench/out",
  "content/papers",
  // The slug registry belongs to the real corpus; a benchmark starts from none.
  "content/slugs.json",
  "test-results",
  "playwright-report",
  ".cache",
]);

/** Caches tools keep inside node_modules; the workspace gets its own so runs never share state. */
const PRIVATE_CACHES = new Set([".astro", ".vite", ".cache"]);

/**
 * Makes `dest` a throwaway copy of the project at `repo` so a benchmark never touches the real
 * `content/`, `dist/` or caches. node_modules is a real folder of symlinks to the project's
 * packages, so tool caches under node_modules (Astro's data store, Vite) stay private to the copy.
 */
export async function makeWorkspace(repo: string, dest: string): Promise<void> {
  await rm(dest, { recursive: true, force: true });
  await cp(repo, dest, {
    recursive: true,
    filter: (src) => !SKIP.has(relative(repo, src)),
  });
  const modules = join(dest, "node_modules");
  await mkdir(modules);
  for (const entry of await readdir(join(repo, "node_modules"))) {
    if (PRIVATE_CACHES.has(entry)) continue;
    await symlink(join(repo, "node_modules", entry), join(modules, entry));
  }
}
