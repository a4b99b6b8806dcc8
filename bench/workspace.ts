import { execFileSync } from "node:child_process";
import { cp, mkdir, readdir, rm, symlink } from "node:fs/promises";
import { join, relative } from "node:path";

/** Paths never copied from the working tree into a bench workspace (generated or heavy). */
const SKIP = new Set([
  ".git",
  "node_modules",
  "dist",
  ".astro",
  "bench/out",
  "content/papers",
  "test-results",
  "playwright-report",
  ".cache",
]);

/** Caches tools keep inside node_modules; the workspace gets its own so runs never share state. */
const PRIVATE_CACHES = new Set([".astro", ".vite", ".cache"]);

/** What to benchmark: the last commit (reproducible) or the working tree as it is now. */
export type Source = "head" | "working";

/**
 * Makes `dest` a throwaway copy of the project at `repo` so a benchmark never touches the real
 * `content/`, `dist/` or caches. `head` exports the last commit (`git archive`), so files other
 * people are half-way through editing cannot break or skew a run; `working` copies the tree as is.
 * node_modules is a real folder of symlinks to the project's packages, so tool caches under
 * node_modules (Astro's data store, Vite) stay private to the copy.
 */
export async function makeWorkspace(repo: string, dest: string, source: Source): Promise<void> {
  await rm(dest, { recursive: true, force: true });
  await mkdir(dest, { recursive: true });
  if (source === "head") {
    const tar = execFileSync("git", ["-C", repo, "archive", "--format=tar", "HEAD"], {
      maxBuffer: 1 << 30,
    });
    execFileSync("tar", ["-x", "-C", dest], { input: tar });
  } else {
    await cp(repo, dest, { recursive: true, filter: (src) => !SKIP.has(relative(repo, src)) });
  }
  // The slug registry belongs to the real corpus; a benchmark starts from none.
  await rm(join(dest, "content/slugs.json"), { force: true });
  const modules = join(dest, "node_modules");
  await mkdir(modules);
  for (const entry of await readdir(join(repo, "node_modules"))) {
    if (PRIVATE_CACHES.has(entry)) continue;
    await symlink(join(repo, "node_modules", entry), join(modules, entry));
  }
}
