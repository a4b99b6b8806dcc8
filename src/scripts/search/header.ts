import { searchPageUrl } from "../../lib/search/base.ts";
import { nextActive } from "../../lib/search/listbox.ts";
import { emptyState, serializeState } from "../../lib/search/state.ts";
import { loadPagefind, type PagefindResultData } from "./pagefind.ts";
import { el, excerptFragment, metaLine } from "./render.ts";

/**
 * The header box as a WAI-ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
 * typing shows the top results in a listbox, arrows move the active option, Enter opens it,
 * Escape closes the list. Loaded by the bootstrap in SearchBox.astro on first use.
 */

/** Results shown in the box; the rest are one "see all" away. */
const TOP = 6;
/** Pause after a keystroke before searching: short enough to feel instant. */
const DEBOUNCE_MS = 80;

/**
 * The result popup (listbox and message) and the live region. They exist only for the live box,
 * so they are built here, on first use, instead of shipping in the markup of every page (~330
 * bytes a page, ~16 MB at 50,000 papers; issue 7). The live region is in place before the first
 * search, so its first announcement is read.
 */
function buildParts(form: HTMLFormElement) {
  const popup = el("div", "search-popup");
  popup.dataset.searchPopup = "";
  popup.hidden = true;
  const listbox = el("div", "space-y-0.5");
  listbox.id = "site-search-listbox";
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", "Search results");
  const message = el("p", "muted px-3 py-2 text-sm");
  message.dataset.searchMessage = "";
  popup.append(listbox, message);
  const live = el("p", "sr-only");
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  live.setAttribute("aria-atomic", "true");
  live.dataset.searchLive = "";
  form.append(popup, live);
  return { popup, listbox, message, live };
}

/** Makes the header form's input a live search box. Safe to call once per form. */
export function attachHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  if (form.querySelector("[data-search-popup]")) return;
  const { popup, listbox, message, live } = buildParts(form);
  const hint = form.querySelector<HTMLElement>("[data-search-hint]");

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listbox.id);
  input.setAttribute("aria-expanded", "false");

  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  const options = () => [...listbox.querySelectorAll<HTMLAnchorElement>("[role=option]")];

  const setActive = (index: number) => {
    const all = options();
    active = index;
    all.forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === index));
    });
    const current = all[index];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  // On phones the list is fixed to the viewport width, just below the box (the header wraps, so
  // its height varies); from `sm` up it hangs from the box itself.
  const narrow = window.matchMedia("(max-width: 39.999rem)");
  const open = (isOpen: boolean) => {
    popup.style.top = narrow.matches
      ? `${Math.round(input.getBoundingClientRect().bottom + 8)}px`
      : "";
    popup.hidden = !isOpen;
    input.setAttribute("aria-expanded", String(isOpen && options().length > 0));
    if (hint) hint.hidden = isOpen || input.value !== "";
    if (!isOpen) setActive(-1);
  };

  const render = (query: string, results: PagefindResultData[], total: number) => {
    listbox.replaceChildren();
    results.forEach((data, i) => {
      const option = el(
        "a",
        "block rounded-lg px-3 py-2 text-sm no-underline hover:bg-zinc-100 aria-selected:bg-accent-50 aria-selected:ring-1 aria-selected:ring-accent-300 dark:hover:bg-zinc-800 dark:aria-selected:bg-accent-900/40 dark:aria-selected:ring-accent-700",
      );
      option.href = data.url;
      option.id = `site-search-option-${i}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.tabIndex = -1;
      option.append(
        el(
          "span",
          "block font-medium text-zinc-900 dark:text-zinc-100",
          data.meta["title"] ?? data.url,
        ),
      );
      const facts = metaLine(data.meta);
      if (facts !== "")
        option.append(el("span", "block text-xs text-zinc-600 dark:text-zinc-400", facts));
      const excerpt = el("span", "mt-0.5 line-clamp-2 text-xs text-zinc-600 dark:text-zinc-300");
      excerpt.append(excerptFragment(data.excerpt));
      option.append(excerpt);
      listbox.append(option);
    });
    const all = el(
      "a",
      "block rounded-lg px-3 py-2 text-sm font-medium text-accent-700 no-underline hover:bg-zinc-100 aria-selected:bg-accent-50 aria-selected:ring-1 aria-selected:ring-accent-300 dark:text-accent-300 dark:hover:bg-zinc-800 dark:aria-selected:bg-accent-900/40",
    );
    all.href = searchPageUrl(
      import.meta.env.BASE_URL,
      serializeState({ ...emptyState(), q: query }),
    );
    all.id = "site-search-option-all";
    all.setAttribute("role", "option");
    all.setAttribute("aria-selected", "false");
    all.tabIndex = -1;
    all.textContent =
      total > 0 ? `See all ${total} results for “${query}”` : `Search page for “${query}”`;
    listbox.append(all);
    const count = total === 0 ? "No papers match" : `${total} paper${total === 1 ? "" : "s"} found`;
    message.textContent = total === 0 ? `No papers match “${query}”.` : "";
    message.hidden = total !== 0;
    live.textContent = `${count}. ${total > 0 ? "Use the arrow keys to choose one." : ""}`.trim();
    open(true);
    setActive(-1);
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (query === "") {
      listbox.replaceChildren();
      live.textContent = "";
      open(false);
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, TOP).map((r) => r.data()));
      if (mine === sequence) render(query, data, search.results.length);
    } catch {
      if (mine !== sequence) return;
      listbox.replaceChildren();
      message.hidden = false;
      message.textContent =
        "Search is not available here yet (the index is built with the site). Press Enter to try the search page.";
      live.textContent = "Search is not available.";
      open(true);
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    if (hint) hint.hidden = input.value !== "";
    timer = setTimeout(run, DEBOUNCE_MS);
    // Fetch the index chunks for what is typed so far while the debounce waits (Pagefind's advice).
    const query = input.value.trim();
    if (query !== "") {
      loadPagefind()
        .then((pagefind) => pagefind.preload(query))
        .catch(() => undefined);
    }
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      if (!popup.hidden) {
        event.preventDefault(); // keep the typed text; only close the list
        open(false);
      }
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (popup.hidden && input.value.trim() !== "") {
        open(true);
      }
      setActive(nextActive(active, options().length, event.key));
      return;
    }
    if (event.key === "Enter" && !popup.hidden && active >= 0) {
      const option = options()[active];
      if (option) {
        event.preventDefault();
        window.location.assign(option.href);
      }
    }
  });

  // Keep focus in the text box when an option is pressed, so the list does not close first.
  popup.addEventListener("pointerdown", (event) => event.preventDefault());
  input.addEventListener("blur", () => open(false));
  input.addEventListener("focus", () => {
    if (input.value.trim() !== "" && options().length > 0) open(true);
  });

  // Warm Pagefind up while the reader types the first letters.
  loadPagefind().catch(() => undefined);
  if (input.value.trim() !== "") void run();
}
