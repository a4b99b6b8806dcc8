/**
 * Pruning a Pagefind bundle that is kept between builds (src/search-index/prune.ts). The last
 * test runs the installed Pagefind, so an upgrade that changes how chunks are named in its
 * metadata fails here rather than leaving stale files (or deleting live ones) in a real site.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import {
  chunkNames,
  metaFile,
  type PagefindEntry,
  staleBundleFiles,
} from "../../../src/search-index/prune.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const entry = (pages: number): PagefindEntry => ({
  languages: { en: { hash: "en_new", page_count: pages } },
});

describe("chunkNames", () => {
  it("finds the language's chunk names and nothing else", () => {
    const meta = encode("pagefind_dcd\u0086en_93a4eb2\u0018fr_1234567\u0083en_0b1\u00ffen_");
    expect([...chunkNames(meta, "en")].sort()).toEqual(["en_0b1", "en_93a4eb2"]);
  });
});

describe("staleBundleFiles", () => {
  const metas = new Map([["en", encode("xx en_aaa yy en_bbb zz en_ccc")]]);

  it("lists old metadata and chunks the metadata does not name, keeping the rest", () => {
    const files = [
      "pagefind.js",
      "pagefind-entry.json",
      metaFile("en_new"),
      metaFile("en_old"),
      "fragment/en_aaa.pf_fragment",
      "fragment/en_bbb.pf_fragment",
      "fragment/en_gone.pf_fragment",
      "index/en_ccc.pf_index",
      "index/en_gone2.pf_index",
      "filter/en_gone3.pf_filter",
      "wasm.en.pagefind",
    ];
    expect(staleBundleFiles(entry(2), metas, files)).toEqual({
      stale: [
        metaFile("en_old"),
        "fragment/en_gone.pf_fragment",
        "index/en_gone2.pf_index",
        "filter/en_gone3.pf_filter",
      ],
    });
  });

  it("prunes nothing when fewer fragments are named than there are pages", () => {
    const files = ["fragment/en_aaa.pf_fragment", "fragment/en_gone.pf_fragment"];
    const result = staleBundleFiles(entry(2), metas, files);
    expect(result).toEqual({ refused: expect.stringContaining("1 fragments") });
  });

  it("prunes nothing when a language's metadata is missing", () => {
    expect(staleBundleFiles(entry(0), new Map(), [])).toEqual({
      refused: expect.stringContaining('"en"'),
    });
  });
});

describe("with the installed Pagefind", () => {
  const dir = mkdtempSync(join(tmpdir(), "papershelf-prune-"));
  afterAll(async () => {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const page = (title: string, text: string) =>
    `<html lang="en"><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

  /** Writes an index of `pages` (url → html) into `out`, as the CLI does into a kept bundle. */
  async function writeIndex(pages: Record<string, string>, out: string): Promise<void> {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error("Pagefind did not start");
    for (const [url, content] of Object.entries(pages)) await index.addHTMLFile({ url, content });
    await index.writeFiles({ outputPath: out });
    await index.deleteIndex();
  }

  function listing(bundle: string): string[] {
    return readdirSync(bundle, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(bundle, join(e.parentPath, e.name)))
      .sort();
  }

  it("leaves a kept bundle with exactly the files of a fresh one", async () => {
    const before = {
      "/a/": page("Sparse attention", "kernels for long context"),
      "/b/": page("Quantization", "four-bit weights"),
      "/c/": page("Removed paper", "this page leaves the site"),
    };
    const after = {
      "/a/": page("Sparse attention", "kernels for long context"),
      "/b/": page("Quantization revisited", "three-bit weights"),
      "/d/": page("New paper", "a digest brought it"),
    };
    const kept = join(dir, "kept");
    const fresh = join(dir, "fresh");
    await writeIndex(before, kept);
    await writeIndex(after, kept);
    await writeIndex(after, fresh);

    const bundleEntry = JSON.parse(
      readFileSync(join(kept, "pagefind-entry.json"), "utf8"),
    ) as PagefindEntry;
    const metas = new Map(
      Object.entries(bundleEntry.languages).map(([language, { hash }]) => [
        language,
        new Uint8Array(gunzipSync(readFileSync(join(kept, metaFile(hash))))),
      ]),
    );
    const files = listing(kept);
    const result = staleBundleFiles(bundleEntry, metas, files);
    if ("refused" in result) throw new Error(result.refused);
    expect(result.stale.length, "the first index left files behind").toBeGreaterThan(0);
    const pruned = files.filter((path) => !result.stale.includes(path));
    expect(pruned).toEqual(listing(fresh));
  });
});
