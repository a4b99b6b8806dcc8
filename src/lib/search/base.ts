/**
 * Base-path helpers for code that runs in the browser (the site's `src/lib/url.ts` reads
 * `import.meta.env`, fine too, but these take the base as an argument so they are testable). Pure.
 */

/** `base` normalised to start and end with exactly one `/`: `"papershelf"` → `"/papershelf/"`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** A path under the base: `withBase("/papershelf/", "pagefind/pagefind.js")`. */
export function withBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, "");
}

/** The search page URL for a query string from {@link serializeState} (`""` or `?q=…`). */
export function searchPageUrl(base: string, query: string): string {
  return `${withBase(base, "search/")}${query}`;
}
