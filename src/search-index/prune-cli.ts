/**
 * `node src/search-index/prune-cli.ts [BUNDLE]` (run by `npm run search-index` after Pagefind):
 * deletes the files of the Pagefind bundle (default dist/pagefind) that the index Pagefind just
 * wrote no longer uses. See prune.ts for how they are found and when nothing is pruned.
 */
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { listFiles } from "../lib/list-files.ts";
import { metaFile, type PagefindEntry, staleBundleFiles } from "./prune.ts";

const bundle = process.argv[2] ?? join("dist", "pagefind");
const entryPath = join(bundle, "pagefind-entry.json");
const entry = await readFile(entryPath, "utf8")
  .then((text) => JSON.parse(text) as PagefindEntry)
  .catch((error: unknown) => {
    console.error(`${entryPath}: cannot read Pagefind's entry file (run Pagefind first): ${error}`);
    process.exit(1);
  });
const metas = new Map<string, Uint8Array>();
for (const [language, { hash }] of Object.entries(entry.languages)) {
  const metaPath = join(bundle, metaFile(hash));
  const bytes = await readFile(metaPath).catch((error: unknown) => {
    console.error(`${metaPath}: cannot read the index ${entryPath} names: ${error}`);
    process.exit(1);
  });
  // Pagefind gzips its files; accept a plain one too.
  metas.set(language, bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
}
const result = staleBundleFiles(entry, metas, await listFiles(bundle));
if ("refused" in result) {
  console.warn(`${entryPath}: left old search files in place: ${result.refused}`);
} else {
  await Promise.all(result.stale.map((path) => rm(join(bundle, path), { force: true })));
  if (result.stale.length > 0)
    console.log(`Removed ${result.stale.length} search file(s) the new index no longer uses`);
}
