import { URL_ATTRIBUTES, withBase } from "./rehype-base-links.ts";

/** The slice of Sätteri's hast visitor context this plugin uses. */
interface Context {
  setProperty(node: unknown, key: string, value: unknown): void;
}

/** A hast element as Sätteri hands it to a visitor. */
interface Element {
  tagName: string;
  properties?: Record<string, unknown>;
}

/**
 * The same rewrite as {@link rehypeBaseLinks}, as a hast plugin for Sätteri, Astro 7's native
 * Markdown processor (which does not run unified plugins): root-relative links and image
 * sources in content move under the site's base path.
 */
export function satteriBaseLinks(options: { base: string }) {
  const base = `/${options.base.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  return {
    name: "papershelf-base-links",
    // Sätteri only calls the visitor for the listed tags, so other elements cost nothing.
    element: {
      filter: base === "/" ? ["-none-"] : Object.keys(URL_ATTRIBUTES),
      visit(node: Element, ctx: Context) {
        const attribute = URL_ATTRIBUTES[node.tagName];
        const value = attribute ? node.properties?.[attribute] : undefined;
        if (attribute && typeof value === "string") {
          const next = withBase(value, base);
          if (next !== value) ctx.setProperty(node, attribute, next);
        }
      },
    },
  };
}
