import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { DistStats } from "./results.ts";

/** Total bytes and files under `dir` (also per top-level folder), and the mean size of `papers/<slug>/index.html` for `slugs`. */
export async function distStats(dir: string, slugs: readonly string[]): Promise<DistStats> {
  let bytes = 0;
  let files = 0;
  const byFolder: Record<string, number> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = (await stat(join(entry.parentPath, entry.name))).size;
    bytes += size;
    files++;
    // Top-level folder (or "(root)"), and one level deeper for papers/ to split pages from lists.
    const parts = relative(dir, entry.parentPath).split(sep).filter(Boolean);
    const key =
      parts.length === 0
        ? "(root)"
        : parts[0] === "papers" && parts[1] === "by"
          ? "papers/by"
          : (parts[0] ?? "");
    byFolder[key] = (byFolder[key] ?? 0) + size;
  }
  let pageBytes = 0;
  let paperPages = 0;
  for (const slug of slugs) {
    const page = await stat(join(dir, "papers", slug, "index.html")).catch(() => null);
    if (page === null) continue;
    pageBytes += page.size;
    paperPages++;
  }
  return {
    bytes,
    files,
    byFolder,
    paperPages,
    bytesPerPaperPage: paperPages > 0 ? pageBytes / paperPages : null,
  };
}
