import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/**
 * Every file under `dir` (build time only), as a path relative to `root` with `/` separators,
 * the form Astro's and Pagefind's output lists use on every platform; none if `dir` is missing.
 */
export async function listFiles(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => toPosix(relative(root, join(entry.parentPath, entry.name))));
}

/** A relative path with `/` separators. */
export function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}
