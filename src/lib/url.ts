/**
 * URL helpers that respect the site's base path (`BASE_PATH`, e.g. `/papershelf/`).
 * Every internal link in a page goes through {@link url}; every link that leaves the page
 * (canonical, feed, sitemap, JSON-LD) goes through {@link absoluteUrl}.
 */

/** The configured base, always starting and ending with `/`. */
export const BASE = `/${import.meta.env.BASE_URL.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

/**
 * Site-internal URL under the base. Page paths get a trailing slash (the site uses folder URLs,
 * like GitHub Pages); file paths (with an extension) and query/fragment suffixes are kept as given.
 * `url("papers/x")` → `/papershelf/papers/x/`, `url("rss.xml")` → `/papershelf/rss.xml`.
 */
export function url(path = ""): string {
  const [pathname = "", suffix = ""] = splitSuffix(path.replace(/^\/+/, ""));
  const isFile = /\.[a-z0-9]+$/i.test(pathname);
  const withSlash = pathname === "" || isFile || pathname.endsWith("/") ? pathname : `${pathname}/`;
  return BASE + withSlash + suffix;
}

/** Full URL (with the site origin) for a site-internal path, e.g. for canonical links and feeds. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  const origin = site ?? "http://localhost:4321";
  return new URL(path.startsWith("/") ? path : url(path), origin).href;
}

function splitSuffix(path: string): [string, string] {
  const at = path.search(/[?#]/);
  return at === -1 ? [path, ""] : [path.slice(0, at), path.slice(at)];
}

/** Internal routes, so pages never hand-build paths. */
export const routes = {
  home: () => url(),
  papers: () => url("papers"),
  paper: (slug: string) => url(`papers/${slug}`),
  paperList: (sort: string, page = 1) =>
    sort === "newest" && page === 1
      ? url("papers")
      : url(`papers/by/${sort}${page > 1 ? `/${page}` : ""}`),
  digests: () => url("digests"),
  digest: (id: string) => url(`digests/${encodeURIComponent(id)}`),
  topics: () => url("topics"),
  topic: (id: string) => url(`topics/${encodeURIComponent(id)}`),
  /** A topic's papers in one order; newest page 1 is the topic page itself. */
  topicList: (id: string, sort: string, page = 1) =>
    sort === "newest" && page === 1
      ? url(`topics/${encodeURIComponent(id)}`)
      : url(`topics/${encodeURIComponent(id)}/by/${sort}${page > 1 ? `/${page}` : ""}`),
  /** A subtopic's papers, newest first; page 1 is `/topics/<topic>/<id>/`. */
  subtopic: (topic: string, id: string, page = 1) =>
    url(
      `topics/${encodeURIComponent(topic)}/${encodeURIComponent(id)}${page > 1 ? `/page/${page}` : ""}`,
    ),
  topicRss: (id: string) => url(`topics/${encodeURIComponent(id)}/rss.xml`),
  search: (query?: string) => url(query ? `search/?q=${encodeURIComponent(query)}` : "search"),
  rss: () => url("rss.xml"),
  /** The corpus as gzip-compressed JSON (src/pages/papers.json.gz.ts). */
  papersJson: () => url("papers.json.gz"),
};
