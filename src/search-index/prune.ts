/**
 * Which files of a Pagefind bundle the current index no longer uses. Pagefind writes into an
 * existing bundle without removing anything, and skips fragments it finds already written (which
 * makes re-indexing after a new digest ~5 s faster at 10,000 papers), so keeping the bundle
 * between builds leaves the previous index's chunks behind.
 *
 * Pagefind does not document its metadata format; this relies on one observed property: chunk
 * file names (`en_93a4eb2`) appear verbatim in the language's gunzipped `pf_meta`. A guard checks
 * that every page's fragment is found that way; if not (a newer Pagefind, or fragments bundled
 * with `max_fragments`), nothing is pruned, and the stale chunks only cost disk space.
 */

/** The parts of `pagefind-entry.json` used here. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; page_count: number }>;
}

/** A language's metadata file at the top of the bundle (`pagefind.en_153661915a.pf_meta`). */
const META_FILE = /^pagefind\.[^/]+\.pf_meta$/;

/** Folders holding hash-named chunks, each `<folder>/<name>.<extension>`. */
const CHUNK_FOLDERS = ["fragment", "index", "filter"];

/** Chunk names (`<language>_<hex>`) mentioned in a language's metadata. */
export function chunkNames(meta: Uint8Array, language: string): Set<string> {
  const text = new TextDecoder("latin1").decode(meta);
  const pattern = new RegExp(`${escapeRegExp(language)}_[0-9a-f]+`, "g");
  return new Set(text.match(pattern) ?? []);
}

/** The file name of a language's metadata (`pagefind.en_153661915a.pf_meta`). */
export function metaFile(hash: string): string {
  return `pagefind.${hash}.pf_meta`;
}

export type PruneResult = { stale: string[] } | { refused: string };

/**
 * Stale files among `files` (paths relative to the bundle, `/`-separated), given the entry file
 * and each language's gunzipped metadata: old metadata files, and chunks no metadata mentions.
 */
export function staleBundleFiles(
  entry: PagefindEntry,
  metas: ReadonlyMap<string, Uint8Array>,
  files: readonly string[],
): PruneResult {
  const languages = Object.entries(entry.languages);
  const referenced = new Set<string>();
  for (const [language] of languages) {
    const meta = metas.get(language);
    if (meta === undefined) return { refused: `no metadata for language "${language}"` };
    for (const name of chunkNames(meta, language)) referenced.add(name);
  }
  const currentMeta = new Set(languages.map(([, { hash }]) => metaFile(hash)));
  const stale: string[] = [];
  let fragmentsFound = 0;
  for (const path of files) {
    if (META_FILE.test(path)) {
      if (!currentMeta.has(path)) stale.push(path);
      continue;
    }
    const [folder, file, ...deeper] = path.split("/");
    if (folder === undefined || file === undefined || deeper.length > 0) continue;
    if (!CHUNK_FOLDERS.includes(folder)) continue;
    const name = file.split(".", 1)[0] ?? file;
    if (!referenced.has(name)) stale.push(path);
    else if (folder === "fragment") fragmentsFound++;
  }
  const pages = languages.reduce((sum, [, { page_count }]) => sum + page_count, 0);
  if (fragmentsFound < pages)
    return {
      refused: `found ${fragmentsFound} fragments named in the metadata for ${pages} pages`,
    };
  return { stale };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
