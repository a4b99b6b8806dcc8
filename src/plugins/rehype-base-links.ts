import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** Options for {@link rehypeBaseLinks}. */
export interface Options {
  /** The site's base path, e.g. `/papershelf/`. `/` leaves every link alone. */
  base: string;
}

/** Attributes that hold a URL, per element (shared with the Sätteri variant). */
export const URL_ATTRIBUTES: Record<string, string> = {
  a: "href",
  img: "src",
  source: "src",
  link: "href",
};

/**
 * Rewrites root-relative links in rendered content (`/papers/x/`) to live under the site's base
 * (`/papershelf/papers/x/`), so Markdown written for the site root also works on a GitHub
 * project page. Leaves absolute URLs, protocol-relative URLs (`//host`), fragments, relative
 * paths and links already under the base untouched.
 */
export function rehypeBaseLinks(options: Options) {
  const base = `/${options.base.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  return (tree: Root) => {
    if (base === "/") return;
    visit(tree, "element", (node: Element) => {
      const attribute = URL_ATTRIBUTES[node.tagName];
      if (!attribute) return;
      const value = node.properties[attribute];
      if (typeof value !== "string") return;
      node.properties[attribute] = withBase(value, base);
    });
  };
}

/** Prefixes one root-relative URL with `base` (which starts and ends with `/`). */
export function withBase(url: string, base: string): string {
  if (!url.startsWith("/") || url.startsWith("//")) return url;
  if (url === base.slice(0, -1) || url.startsWith(base)) return url;
  return base + url.slice(1);
}
