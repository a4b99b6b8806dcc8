import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toString as mdToString } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";
import type { DigestFile } from "../../../src/ingest/pipeline.ts";

/** Folder of the digest fixtures. */
export const FIXTURES = join(import.meta.dirname, "../../fixtures/digests");

/** Every `.txt` in a fixture folder as pipeline input, paths shown as `<folder>/<name>`. */
export function fixtureFiles(folder: string): DigestFile[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .map((n) => ({ path: `${folder}/${n}`, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
}

/** UTF-8 bytes of a string. */
export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Splits a rendered page into parsed-by-eye parts: the YAML text and the body. */
export function splitPage(page: string): { yaml: string; body: string } {
  const m = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(page);
  if (!m) throw new Error(`not a page: ${page.slice(0, 80)}`);
  return { yaml: m[1] as string, body: m[2] as string };
}

/** What a reader sees of a Markdown body (parsed as CommonMark + GFM, as the site does). */
export function visibleText(markdown: string): string {
  return mdToString(
    fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
  );
}
