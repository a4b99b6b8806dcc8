/**
 * The page list shared by the per-page gates: the sitemap's pages (all non-papers plus a paper
 * sample, see sample.ts) and the 404 page, which no sitemap lists.
 */
import type { QualityConfig } from "./config.ts";
import { pagePath, requireDist, sitemapUrls } from "./dist.ts";
import { type PageSample, samplePages } from "./sample.ts";

/** What the per-page gates check. */
export interface GatePages extends PageSample {
  /** Absolute dist/ folder. */
  dist: string;
  /** Origin the site is published at, read from the sitemap. */
  siteOrigin: string;
  /** All page paths to check, relative to the base: others, sampled papers, `404.html`. */
  all: string[];
}

/** Reads the built site's sitemap and picks the pages (fails loudly without a build). */
export function gatePages(config: QualityConfig, paperSample = config.samples.papers): GatePages {
  const dist = requireDist(config);
  const urls = sitemapUrls(dist, config);
  const sample = samplePages(
    urls.map((u) => pagePath(u, config)),
    new RegExp(config.paperPagePattern),
    paperSample,
  );
  if (sample.paperCount === 0) {
    throw new Error(`no sitemap page matches paperPagePattern ${config.paperPagePattern}`);
  }
  return {
    ...sample,
    dist,
    siteOrigin: urls[0]?.origin ?? "",
    all: [...sample.others, ...sample.papers, "404.html"],
  };
}
