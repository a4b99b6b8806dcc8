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

/** One line of result facts: date · upvotes · topics, leaving out what is unknown. */
export function metaLine(meta: Record<string, string | undefined>): string {
  const parts: string[] = [];
  const day = formatDay(meta["published"]);
  if (day !== "") parts.push(day);
  const upvotes = meta["upvotes"];
  if (upvotes !== undefined && upvotes !== "") {
    parts.push(`${upvotes} upvote${upvotes === "1" ? "" : "s"}`);
  }
  if (meta["topics"]) parts.push(meta["topics"]);
  return parts.join(" · ");
}
