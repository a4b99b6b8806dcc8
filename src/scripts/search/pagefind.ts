import { withBase } from "../../lib/search/base.ts";

/**
 * Loads Pagefind's browser API (`pagefind.js`, written into `dist/pagefind/` by the Pagefind CLI
 * after the site build) once, on first use. It is imported by URL at run time, so Vite neither
 * bundles nor resolves it, and it is configured with the site's base so result URLs stay under
 * the GitHub Pages path.
 */

/** What a result's `data()` resolves to (the fields this site reads). */
export interface PagefindResultData {
  url: string;
  /** Page text around the best match, `<`/`>` escaped, matches wrapped in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

/** Counts per filter value: `{ topic: { llm: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of the results per filter value, with the current filters applied. */
  filters: FilterCounts;
  /** Counts per filter value for the query alone. */
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, "asc" | "desc">;
}

/** The subset of the `pagefind.js` module API used here. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Resolves to `null` when a newer call superseded this one. */
  debouncedSearch(
    term: string | null,
    options?: PagefindSearchOptions,
    ms?: number,
  ): Promise<PagefindSearch | null>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<PagefindApi> | undefined;

/** The configured Pagefind API, loaded on the first call and shared afterwards. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const api = (await import(
      /* @vite-ignore */ withBase(base, "pagefind/pagefind.js")
    )) as PagefindApi;
    await api.options({ baseUrl: withBase(base, ""), excerptLength: 24 });
    await api.init();
    return api;
  })();
  // A failed load (e.g. the index was not built) may succeed later, so it is not cached.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
