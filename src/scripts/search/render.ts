import { firstSentence } from "../../lib/first-sentence.ts";
import { excerptSegments } from "../../lib/search/excerpt.ts";

/**
 * DOM builders for search results. Every piece of page text goes in with `textContent`
 * (titles from Pagefind meta included), so a title like `<script>` shows as text.
 */

/** Creates an element with classes and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = "",
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== "") node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt with its matches in `<mark>`, built from text nodes only. */
export function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of excerptSegments(excerpt)) {
    if (segment.mark)
      fragment.append(
        el(
          "mark",
          "rounded-sm bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-400/30 dark:text-inherit",
          segment.text,
        ),
      );
    else fragment.append(document.createTextNode(segment.text));
  }
  return fragment;
}

/** "Mar 4, 2025"-style date for a `YYYY-MM-DD` string; other input is returned unchanged. */
export function formatDay(iso: string | undefined): string {
  if (iso === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "";
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString("en", {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
}

/** What a result row's facts line shows, read from the Pagefind meta of PagefindMeta.astro. */
export interface ResultFacts {
  /** `paperDate()` of the paper, formatted, with "Listed " when it is the listing date. */
  date?: { iso: string; text: string };
  upvotes?: string;
  badges: ("code" | "model")[];
}

/** The facts of a result from its meta; what is unknown or malformed is left out. */
export function resultFacts(meta: Record<string, string | undefined>): ResultFacts {
  const facts: ResultFacts = { badges: [] };
  const iso = meta["date"];
  const day = formatDay(iso);
  if (iso !== undefined && day !== "") {
    facts.date = { iso, text: meta["datekind"] === "listed" ? `Listed ${day}` : day };
  }
  const upvotes = meta["upvotes"];
  if (upvotes !== undefined && /^\d+$/.test(upvotes)) facts.upvotes = upvotes;
  const badges = new Set((meta["badges"] ?? "").split(" "));
  facts.badges = (["code", "model"] as const).filter((b) => badges.has(b));
  return facts;
}

/** One line of result facts for the header's quick results: date · upvotes · topics. */
export function metaLine(meta: Record<string, string | undefined>): string {
  const { date, upvotes } = resultFacts(meta);
  const parts: string[] = [];
  if (date) parts.push(date.text);
  if (upvotes !== undefined) parts.push(`${upvotes} upvote${upvotes === "1" ? "" : "s"}`);
  if (meta["topics"]) parts.push(meta["topics"]);
  return parts.join(" · ");
}

/**
 * A search result as a list row, the same parts and classes as PaperCard.astro (so the compact
 * view applies too): title link, first sentence, the match excerpt when there is a query, facts
 * line, topic chips. `topicName`/`topicHref` resolve the topic filter ids of the result.
 */
export function resultRow(
  data: {
    url: string;
    excerpt: string;
    meta: Record<string, string | undefined>;
    filters: Record<string, string[]>;
  },
  options: {
    excerpt: boolean;
    topicName: (id: string) => string | undefined;
    topicHref: (id: string) => string;
  },
): HTMLLIElement {
  const li = el("li");
  const heading = el("h3", "row-title");
  const link = el("a", "", data.meta["title"] ?? data.url);
  link.href = data.url;
  heading.append(link);
  li.append(heading);
  // A paper page marks its whole first sentence (src/lib/lede-in-place.ts): cut here to what a
  // list row shows. A hidden copy of the lede is already cut, and stays as it is.
  const lede = firstSentence(data.meta["lede"] ?? "");
  if (lede) li.append(el("p", "row-lede", lede));
  if (options.excerpt && data.excerpt !== "") {
    const p = el("p", "row-lede result-excerpt");
    p.append(excerptFragment(data.excerpt));
    li.append(p);
  }
  const facts = resultFacts(data.meta);
  const items: HTMLLIElement[] = [];
  if (facts.date) {
    const item = el("li", "m-date");
    const time = el("time", "", formatDay(facts.date.iso));
    time.dateTime = facts.date.iso;
    if (facts.date.text.startsWith("Listed")) item.append("Listed ");
    item.append(time);
    items.push(item);
  }
  if (facts.upvotes !== undefined) {
    const item = el("li", "m-up", facts.upvotes);
    item.append(el("span", "sr-only", " upvotes"));
    items.push(item);
  }
  for (const badge of facts.badges)
    items.push(el("li", `m-${badge}`, badge === "code" ? "Code" : "Model"));
  if (items.length > 0) {
    const meta = el("ul", "meta");
    meta.append(...items);
    li.append(meta);
  }
  const topics = data.filters["topic"] ?? [];
  if (topics.length > 0) {
    const chips = el("ul", "chips");
    chips.setAttribute("aria-label", "Topics");
    for (const id of topics) {
      const a = el("a", "", options.topicName(id) ?? id);
      a.href = options.topicHref(id);
      const item = el("li");
      item.append(a);
      chips.append(item);
    }
    li.append(chips);
  }
  return li;
}
