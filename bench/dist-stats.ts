import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { DistStats } from "./results.ts";

/** Total bytes and files under `dir`, and the mean size of `papers/<slug>/index.html` for `slugs`. */
export async function distStats(dir: string, slugs: readonly string[]): Promise<DistStats> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
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
    paperPages,
    bytesPerPaperPage: paperPages > 0 ? pageBytes / paperPages : null,
  };
}
