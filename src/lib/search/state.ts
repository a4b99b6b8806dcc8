/**
 * The search page's whole state, and its URL form (`/search/?q=…&topic=…&sort=…`), so a search
 * can be shared, bookmarked and walked back through with the browser's back button. Pure.
 */

/** The facets a search can be narrowed by; each is a Pagefind filter of the same name. */
export const FACETS = ["topic", "year", "digest", "code"] as const;
export type Facet = (typeof FACETS)[number];

/** Result orders. `relevance` is Pagefind's own ranking; the others are Pagefind sort keys. */
export const SORTS = ["relevance", "newest", "upvotes"] as const;
export type Sort = (typeof SORTS)[number];

/** Human labels for the sort choice. */
export const SORT_LABELS: Record<Sort, string> = {
  relevance: "Relevance",
  newest: "Newest",
  upvotes: "Most upvoted",
};

/** Facet headings. `code` is the "has code" filter with values `yes`/`no`. */
export const FACET_LABELS: Record<Facet, string> = {
  topic: "Topic",
  year: "Year",
  digest: "Digest",
  code: "Has code",
};

export interface SearchState {
  /** The query as typed, trimmed; empty means "browse by filters". */
  q: string;
  /** Selected values per facet; values within a facet are alternatives (OR), facets combine (AND). */
  filters: Record<Facet, string[]>;
  sort: Sort;
  /** How many result pages are shown ("load more" count), 1 or more. */
  pages: number;
}

/** A state with no query, no filters and the default order. */
export function emptyState(): SearchState {
  return {
    q: "",
    filters: { topic: [], year: [], digest: [], code: [] },
    sort: "relevance",
    pages: 1,
  };
}

/**
 * Reads a state from a query string. Unknown parameters are ignored, unknown sorts fall back to
 * relevance, and repeated parameters (`topic=a&topic=b`) select several values.
 */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get("q") ?? "").trim();
  for (const facet of FACETS) {
    const values = params
      .getAll(facet)
      .map((v) => v.trim())
      .filter((v) => v !== "");
    state.filters[facet] = [...new Set(values)];
  }
  const sort = params.get("sort");
  if (sort !== null && (SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort;
  const pages = Number.parseInt(params.get("page") ?? "", 10);
  if (Number.isInteger(pages) && pages > 1) state.pages = Math.min(pages, 100);
  return state;
}

/**
 * Writes a state as a query string, `?`-prefixed, or `""` for the empty state. Defaults are left
 * out and values are sorted, so one view always has one URL.
 */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== "") params.set("q", state.q);
  for (const facet of FACETS) {
    for (const value of [...state.filters[facet]].sort()) params.append(facet, value);
  }
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.pages > 1) params.set("page", String(state.pages));
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** True when the state has neither a query nor a filter, so there is nothing to show yet. */
export function isBlank(state: SearchState): boolean {
  return state.q === "" && FACETS.every((f) => state.filters[f].length === 0);
}

/** A copy of the state with `value` toggled in `facet`; paging restarts. */
export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [facet]: next }, pages: 1 };
}

/** Pagefind's filter object: `any` within a facet, all facets together. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** Filters for Pagefind, optionally leaving one facet out (to count that facet's alternatives). */
export function pagefindFilters(state: SearchState, without?: Facet): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of FACETS) {
    if (facet !== without && state.filters[facet].length > 0) {
      filters[facet] = { any: [...state.filters[facet]] };
    }
  }
  return filters;
}

/** Pagefind's sort option for a sort choice (relevance has none). */
export function pagefindSort(sort: Sort): Record<string, "asc" | "desc"> | undefined {
  if (sort === "newest") return { date: "desc" };
  if (sort === "upvotes") return { upvotes: "desc" };
  return undefined;
}

/** The order actually used: browsing without a query has no relevance, so it shows newest first. */
export function effectiveSort(state: SearchState): Sort {
  return state.q === "" && state.sort === "relevance" ? "newest" : state.sort;
}
