/**
 * Reading the built site: where it is, which files it has, which pages its sitemap lists.
 * Every gate starts with {@link requireDist}, so a missing or wrongly based build fails loudly
 * instead of quietly checking nothing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { type QualityConfig, ROOT } from "./config.ts";
import { extractXmlUrls } from "./extract.ts";

/** Absolute path of the built site (`QUALITY_DIST` overrides the config, e.g. for a scratch build). */
export function distDir(config: QualityConfig): string {
  return resolve(ROOT, process.env.QUALITY_DIST || config.dist);
}

/**
 * Throws unless `dist/` holds a build made for the configured base path.
 * @returns the dist folder.
 */
export function requireDist(config: QualityConfig): string {
  const dist = distDir(config);
  const index = join(dist, "index.html");
  if (!existsSync(index)) {
    throw new Error(
      `${index} is missing: the quality gates check a built site. Run \`BASE_PATH=${config.basePath} npm run build\` (npm run test:e2e does it through playwright.config.ts).`,
    );
  }
  if (!readFileSync(index, "utf8").includes(`"${config.basePath}`)) {
    throw new Error(
      `${index} has no links under ${config.basePath}: dist/ was built with another BASE_PATH. Rebuild with BASE_PATH=${config.basePath}.`,
    );
  }
  return dist;
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The page URLs the sitemap lists (following a sitemap index), as absolute URLs.
 * Fails when there is no sitemap or it is empty.
 */
export function sitemapUrls(dist: string, config: QualityConfig): URL[] {
  const indexFile = join(dist, "sitemap-index.xml");
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing`);
  const pages: URL[] = [];
  const read = (file: string, depth: number) => {
    for (const loc of extractXmlUrls(readFileSync(file, "utf8"))) {
      const url = new URL(loc.value);
      if (!url.pathname.startsWith(config.basePath)) {
        throw new Error(`${file}:${loc.line}: ${loc.value} is outside ${config.basePath}`);
      }
      const rel = url.pathname.slice(config.basePath.length);
      if (depth === 0 && rel.endsWith(".xml")) read(join(dist, decodeURIComponent(rel)), 1);
      else pages.push(url);
    }
  };
  read(indexFile, 0);
  if (pages.length === 0) throw new Error(`${indexFile}: the sitemap lists no pages`);
  return pages;
}

/** Path of a page relative to the base (`papers/x/`), from its absolute URL. */
export function pagePath(url: URL, config: QualityConfig): string {
  return decodeURIComponent(url.pathname.slice(config.basePath.length));
}
