/**
 * Decides whether one URL found in the built site works once the site is served under its base
 * path on GitHub Pages. Pure: the disk is behind a {@link Lookup} and an id reader.
 */
import { type Lookup, resolveRequest } from "../../../scripts/serve-dist.ts";

/** What a link check needs to know about the site. */
export interface LinkContext {
  /** Origin the site is published at (from the sitemap), e.g. `https://owner.github.io`. */
  siteOrigin: string;
  /** Base path, e.g. `/papershelf/`. */
  base: string;
  /** Files and folders of dist/, relative to it. */
  lookup: Lookup;
  /** Ids (and `name` anchors) in a dist/ HTML file, for `#fragment` checks. */
  idsOf: (file: string) => ReadonlySet<string>;
}

const SKIPPED_SCHEMES = /^(mailto|tel|data|blob|about):/i;

/**
 * Checks one URL written in a file served at `from`.
 * @returns why it fails, or `undefined` when it is fine or points outside the site.
 */
export function checkUrl(value: string, from: URL, ctx: LinkContext): string | undefined {
  const raw = value.trim();
  if (raw === "") return "empty URL";
  if (/^javascript:/i.test(raw)) return "javascript: URL";
  if (SKIPPED_SCHEMES.test(raw)) return undefined;
  if (raw.startsWith("/") && !raw.startsWith("//") && !raw.startsWith(ctx.base)) {
    return `root-relative URL outside ${ctx.base}`;
  }
  let url: URL;
  try {
    url = new URL(raw, from);
  } catch {
    return "not a valid URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.origin !== ctx.siteOrigin && url.origin !== from.origin) return undefined;
  if (!url.pathname.startsWith(ctx.base)) return `leaves the base path ${ctx.base}`;
  const answer = resolveRequest(url.pathname, ctx.base, ctx.lookup);
  if (answer.status === 301)
    return `folder URL without its trailing slash (use ${answer.location})`;
  if (answer.status === 404) return "not found (GitHub Pages would answer 404)";
  const fragment = url.hash.slice(1);
  if (fragment && !fragment.startsWith(":~:") && answer.file.endsWith(".html")) {
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return `fragment #${fragment} is not valid percent-encoding`;
    }
    if (!ctx.idsOf(answer.file).has(id)) return `no element with id "${id}" in ${answer.file}`;
  }
  return undefined;
}

/** Ids and named anchors in HTML text (Astro writes attributes double-quoted). */
export function htmlIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/\s(?:id|name)="([^"]+)"/g))
    ids.add(decodeEntities(match[1] ?? ""));
  return ids;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** A {@link Lookup} over a list of file paths (fast: no disk access per link). */
export function listLookup(files: readonly string[]): Lookup {
  const fileSet = new Set(files);
  const dirs = new Set<string>([""]);
  for (const file of files) {
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return (rel) => {
    const clean = rel.replace(/\/+$/, "");
    if (fileSet.has(rel)) return "file";
    return dirs.has(clean) ? "dir" : undefined;
  };
}

/** The URL a dist/ file is served at. `index.html` is addressed as its folder. */
export function servedUrl(file: string, siteOrigin: string, base: string): URL {
  const path = file === "index.html" || file.endsWith("/index.html") ? file.slice(0, -10) : file;
  return new URL(base + path.split("/").map(encodeURIComponent).join("/"), siteOrigin);
}
