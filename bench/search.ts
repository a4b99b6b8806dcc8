import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../tests/e2e/chromium.ts";
import { serveStatic } from "./static-server.ts";

/** What one search costs a visitor with a cold cache. */
export interface SearchCost {
  query: string;
  /** Results Pagefind found. */
  results: number;
  /** Bytes served (file sizes; Pagefind's index files are already gzipped) for the search itself (pagefind.js, WASM, index chunks, first 5 result fragments). */
  searchBytes: number;
  /** Requests made for the search. */
  searchRequests: number;
  /** Requests by kind, e.g. `{ "pf_fragment": 5, "pf_index": 2, "wasm": 1 }`. */
  searchFiles: Record<string, number>;
  /** Bytes transferred to load the page the search ran from (for context). */
  pageBytes: number;
  /** Milliseconds from the start of the search until the first result's data is available. */
  msToFirstResult: number;
  /** Milliseconds until the first five results' data are available. */
  msToFiveResults: number;
}

/**
 * Loads `pagePath` from the built site in `dir`, then runs one query through the Pagefind JS API
 * (`/pagefind/pagefind.js`) and loads the first five results, counting bytes from the network log.
 * The API is used rather than the search page so the figure does not depend on the UI; switch
 * `pagePath` to `/search/` to include the UI's own assets in `pageBytes`.
 */
export async function measureSearch(
  dir: string,
  query = "quantization",
  pagePath = "/",
): Promise<SearchCost> {
  // Bytes are counted where they are sent: Pagefind 1.6 fetches its index from a Web Worker,
  // whose requests the page's own network log does not show.
  const { url, server, served } = await serveStatic(dir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(url + pagePath, { waitUntil: "networkidle" });
    const pageBytes = served.bytes;
    served.bytes = 0;
    served.requests = 0;
    served.paths = [];
    const timing = await page.evaluate(
      async ([q, src]) => {
        const started = performance.now();
        const pagefind = await import(src);
        const search = await pagefind.search(q);
        const results = search.results as { data: () => Promise<unknown> }[];
        const first = results[0] ? await results[0].data() : null;
        const msToFirstResult = performance.now() - started;
        await Promise.all(results.slice(0, 5).map((r) => r.data()));
        return {
          results: results.length,
          found: first !== null,
          msToFirstResult,
          msToFiveResults: performance.now() - started,
        };
      },
      [query, "/pagefind/pagefind.js"] as const,
    );
    // Let the last loadingFinished events arrive.
    await page.waitForLoadState("networkidle");
    return {
      query,
      results: timing.results,
      searchBytes: served.bytes,
      searchRequests: served.requests,
      searchFiles: summariseFiles(served.paths),
      pageBytes,
      msToFirstResult: timing.msToFirstResult,
      msToFiveResults: timing.msToFiveResults,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Counts requested paths by file kind (extension, or Pagefind's pf_* chunk type). */
function summariseFiles(paths: readonly string[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const path of paths) {
    const name = path.split("/").pop() ?? path;
    const kind = /\.(pf_\w+)$/.exec(name)?.[1] ?? name.split(".").pop() ?? name;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}
