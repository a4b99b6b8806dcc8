import { searchPageUrl } from "../../lib/search/base.ts";
import { type FacetLabels, facetValues } from "../../lib/search/facets.ts";
import {
  effectiveSort,
  FACETS,
  type Facet,
  isBlank,
  pagefindFilters,
  pagefindSort,
  parseState,
  type SearchState,
  SORTS,
  type Sort,
  serializeState,
  toggleFilter,
} from "../../lib/search/state.ts";
import { suggest } from "../../lib/search/suggest.ts";
import type { Vocabulary } from "../../lib/search/vocabulary.ts";
import { type FilterCounts, loadPagefind, type PagefindResultData } from "./pagefind.ts";
import { el, resultRow } from "./render.ts";

/**
 * The /search/ page controller: URL → state → Pagefind → DOM, and user actions → new state →
 * URL (pushState, so back and forward walk through searches) → render again.
 */

/** Results per "page" of the load-more list. */
const PAGE_SIZE = 10;
/** Typing on this page searches as you type, a little less eagerly than the header box. */
const DEBOUNCE_MS = 120;
const BASE = import.meta.env.BASE_URL;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  facetsWrap: HTMLDetailsElement;
  facets: HTMLElement;
  clear: HTMLButtonElement;
  summary: HTMLElement;
  live: HTMLElement;
  empty: HTMLElement;
  results: HTMLUListElement;
  more: HTMLButtonElement;
}

function find(): Elements | undefined {
  const q = <T extends Element>(selector: string) =>
    document.querySelector<T>(selector) ?? undefined;
  const form = q<HTMLFormElement>("[data-search-form]");
  const input = q<HTMLInputElement>("#search-q");
  const sort = q<HTMLSelectElement>("#search-sort");
  const facetsWrap = q<HTMLDetailsElement>("[data-search-facets-wrap]");
  const facets = q<HTMLElement>("[data-search-facets]");
  const clear = q<HTMLButtonElement>("[data-search-clear]");
  const summary = q<HTMLElement>("[data-search-summary]");
  const live = q<HTMLElement>("[data-search-page-live]");
  const empty = q<HTMLElement>("[data-search-empty]");
  const results = q<HTMLUListElement>("[data-search-results]");
  const more = q<HTMLButtonElement>("[data-search-more]");
  if (!form || !input || !sort || !facetsWrap || !facets || !clear || !summary || !live) return;
  if (!empty || !results || !more) return;
  return { form, input, sort, facetsWrap, facets, clear, summary, live, empty, results, more };
}

let labelCache: FacetLabels | undefined;
function readLabels(): FacetLabels {
  if (labelCache) return labelCache;
  try {
    labelCache = JSON.parse(
      document.getElementById("search-labels")?.textContent ?? "{}",
    ) as FacetLabels;
  } catch {
    labelCache = {};
  }
  return labelCache;
}

let vocabulary: Promise<Vocabulary> | undefined;
/** The corpus vocabulary, fetched the first time a query finds nothing. */
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(`${BASE.replace(/\/?$/, "/")}search/vocabulary.json`).then((r) =>
    r.ok ? (r.json() as Promise<Vocabulary>) : {},
  );
  return vocabulary;
}

/** Starts the page: reads the URL, searches, and keeps URL and view in step. */
export function startSearchPage(): void {
  const ui = find();
  if (!ui) return;
  const labels = readLabels();
  let state = parseState(window.location.search);
  let sequence = 0;
  let typing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Facets sit in a <details>: open beside the results on wide screens, folded away on phones.
  const wide = window.matchMedia("(min-width: 64rem)");
  const fold = () => {
    ui.facetsWrap.open = wide.matches;
  };
  fold();
  wide.addEventListener("change", fold);

  /** Moves to a new state: records it in the history (or replaces the entry) and searches. */
  const go = (next: SearchState, mode: "push" | "replace") => {
    state = next;
    const url = searchPageUrl(BASE, serializeState(state));
    if (url !== window.location.pathname + window.location.search) {
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    void run();
  };

  const syncForm = () => {
    if (ui.input.value.trim() !== state.q) ui.input.value = state.q;
    ui.sort.value = state.sort;
    document.title = `${state.q === "" ? "Search" : `Search: ${state.q}`} · Papershelf`;
  };

  const run = async () => {
    const mine = ++sequence;
    const current = state;
    syncForm();
    let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
    try {
      pagefind = await loadPagefind();
    } catch {
      ui.summary.textContent =
        "Search is not available: the search index is built with the site (npm run build).";
      return;
    }
    const all = await pagefind.filters();
    if (isBlank(current)) {
      if (mine !== sequence) return;
      renderFacets(all, all);
      ui.results.replaceChildren();
      ui.empty.hidden = true;
      ui.more.hidden = true;
      ui.summary.textContent = "Type a query, or pick a filter to browse.";
      ui.live.textContent = "";
      return;
    }
    const term = current.q === "" ? null : current.q;
    const sort = pagefindSort(effectiveSort(current));
    const main = await pagefind.search(term, {
      filters: pagefindFilters(current),
      ...(sort ? { sort } : {}),
    });
    // A selected facet counts its alternatives without its own filter (values within a facet are
    // OR-ed), so "2024 (12) · 2025 (30)" stays true while 2024 is ticked.
    const counts: FilterCounts = { ...main.filters };
    await Promise.all(
      FACETS.filter((f) => current.filters[f].length > 0).map(async (facet) => {
        const other = await pagefind.search(term, { filters: pagefindFilters(current, facet) });
        counts[facet] = other.filters[facet] ?? {};
      }),
    );
    const shown = main.results.slice(0, current.pages * PAGE_SIZE);
    const data = await Promise.all(shown.map((r) => r.data()));
    if (mine !== sequence) return;
    renderFacets(counts, all);
    renderResults(current, data, main.results.length);
    if (main.results.length === 0) await renderEmpty(current, mine);
  };

  const renderFacets = (counts: FilterCounts, all: FilterCounts) => {
    const focused = document.activeElement as HTMLInputElement | null;
    const refocus = focused?.dataset["facet"]
      ? `${focused.dataset["facet"]}\u0000${focused.value}`
      : "";
    let selectedCount = 0;
    for (const facet of FACETS) {
      const fieldset = ui.facets.querySelector<HTMLFieldSetElement>(
        `fieldset[data-facet="${facet}"]`,
      );
      const list = fieldset?.querySelector<HTMLElement>("[data-facet-values]");
      if (!fieldset || !list) continue;
      const values = facetValues(facet, counts[facet] ?? {}, state.filters[facet], labels);
      selectedCount += state.filters[facet].length;
      // A facet with nothing to offer for this search is left out rather than shown empty.
      fieldset.hidden = Object.keys(all[facet] ?? {}).length === 0 || values.length === 0;
      list.replaceChildren(
        ...values.map((v) => {
          const label = el(
            "label",
            "flex cursor-pointer items-start gap-2 rounded-md px-1.5 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800",
          );
          const box = el("input", "mt-0.5 size-4 shrink-0 accent-accent-600");
          box.type = "checkbox";
          box.value = v.value;
          box.checked = v.selected;
          box.dataset["facet"] = facet;
          const name = el("span", "min-w-0 flex-1 text-zinc-800 dark:text-zinc-200", v.label);
          const count = el(
            "span",
            "text-xs tabular-nums text-zinc-500 dark:text-zinc-400",
            String(v.count),
          );
          label.append(box, name, count);
          if (`${facet}\u0000${v.value}` === refocus) queueMicrotask(() => box.focus());
          return label;
        }),
      );
    }
    ui.clear.classList.toggle("hidden", selectedCount === 0);
    const summary = ui.facetsWrap.querySelector("summary");
    if (summary) summary.textContent = selectedCount > 0 ? `Filters (${selectedCount})` : "Filters";
  };

  const renderResults = (current: SearchState, data: PagefindResultData[], total: number) => {
    const before = ui.results.children.length;
    const appending =
      before > 0 && data.length > before && ui.results.dataset["view"] === viewKey(current);
    if (!appending) ui.results.replaceChildren();
    data.slice(appending ? before : 0).forEach((d) => {
      ui.results.append(resultItem(d, current.q !== ""));
    });
    ui.results.dataset["view"] = viewKey(current);
    ui.empty.hidden = total > 0;
    ui.more.hidden = data.length >= total;
    const what = total === 1 ? "1 paper" : `${total.toLocaleString("en")} papers`;
    const text =
      total === 0
        ? "No papers found."
        : current.q === ""
          ? `${what} match these filters.`
          : `${what} match “${current.q}”.`;
    ui.summary.textContent = text;
    ui.live.textContent = text;
    if (appending) ui.results.children[before]?.querySelector("a")?.focus();
  };

  const renderEmpty = async (current: SearchState, mine: number) => {
    const box = ui.empty;
    const parts: Node[] = [];
    parts.push(
      el(
        "p",
        "font-medium text-zinc-900 dark:text-zinc-100",
        current.q === "" ? "No papers match these filters." : `Nothing matched “${current.q}”.`,
      ),
    );
    if (current.q !== "") {
      const found = suggest(current.q, await loadVocabulary());
      if (mine !== sequence) return;
      if (found.query !== undefined) {
        const p = el("p", "mt-2", "Did you mean ");
        p.append(stateLink({ ...current, q: found.query, pages: 1 }, found.query), "?");
        parts.push(p);
      }
      const others = found.terms.filter((t) => t !== found.query);
      if (others.length > 0) {
        const p = el("p", "mt-2 flex flex-wrap items-center gap-2", "Close terms:");
        for (const term of others)
          p.append(stateLink({ ...current, q: term, pages: 1 }, term, "chip"));
        parts.push(p);
      }
    }
    if (FACETS.some((f) => current.filters[f].length > 0)) {
      const p = el("p", "mt-2");
      const reset = {
        ...current,
        filters: { topic: [], year: [], digest: [], code: [] },
        pages: 1,
      };
      p.append("Or ", stateLink(reset, "search without filters"), ".");
      parts.push(p);
    }
    box.replaceChildren(...parts);
    box.hidden = false;
  };

  const stateLink = (target: SearchState, text: string, className = "link") => {
    const a = el("a", className, text);
    a.href = searchPageUrl(BASE, serializeState(target));
    a.addEventListener("click", (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      typing = false;
      go(target, "push");
      ui.input.focus();
    });
    return a;
  };

  // Typing searches as you go: the first keystroke adds a history entry, later ones update it.
  ui.input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = ui.input.value.trim();
      if (q === state.q) return;
      go({ ...state, q, pages: 1 }, typing ? "replace" : "push");
      typing = true;
    }, DEBOUNCE_MS);
  });
  ui.input.addEventListener("blur", () => {
    typing = false;
  });
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    typing = false;
    go({ ...state, q: ui.input.value.trim(), sort: ui.sort.value as Sort, pages: 1 }, "replace");
  });
  ui.sort.addEventListener("change", () => {
    const sort = ui.sort.value;
    if (!(SORTS as readonly string[]).includes(sort)) return;
    typing = false;
    go({ ...state, sort: sort as Sort, pages: 1 }, "push");
  });
  ui.facets.addEventListener("change", (event) => {
    const box = event.target as HTMLInputElement;
    const facet = box.dataset["facet"] as Facet | undefined;
    if (!facet) return;
    typing = false;
    go(toggleFilter(state, facet, box.value), "push");
  });
  ui.clear.addEventListener("click", () => {
    typing = false;
    go({ ...state, filters: { topic: [], year: [], digest: [], code: [] }, pages: 1 }, "push");
    ui.input.focus();
  });
  ui.more.addEventListener("click", () => {
    go({ ...state, pages: state.pages + 1 }, "replace");
  });
  window.addEventListener("popstate", () => {
    typing = false;
    state = parseState(window.location.search);
    void run();
  });

  void run();
}

/** Identifies a view apart from its page count, so "show more" appends instead of redrawing. */
function viewKey(state: SearchState): string {
  return serializeState({ ...state, pages: 1 });
}

function resultItem(data: PagefindResultData, withExcerpt: boolean): HTMLLIElement {
  return resultRow(data, {
    excerpt: withExcerpt,
    topicName: (id) => readLabels().topic?.[id],
    topicHref: (id) => `${BASE.replace(/\/?$/, "/")}topics/${encodeURIComponent(id)}/`,
  });
}
