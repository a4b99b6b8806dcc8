/**
 * Which pages the per-page gates (axe, HTML validator, budgets) visit: every page that is not a
 * paper, plus an evenly spread, deterministic sample of paper pages. Same build, same pages,
 * so a failure reproduces.
 */

/** Pages to check, as paths relative to the base (`""` is the home page). */
export interface PageSample {
  /** Every non-paper page, sorted. */
  others: string[];
  /** The sampled paper pages, sorted. */
  papers: string[];
  /** Every paper page, sorted. */
  allPapers: string[];
  /** How many paper pages the site has. */
  paperCount: number;
}

/**
 * Splits `paths` into papers (matching `paperPattern`) and the rest, and picks `size` papers
 * spread evenly over the sorted list (first and last included).
 */
export function samplePages(
  paths: readonly string[],
  paperPattern: RegExp,
  size: number,
): PageSample {
  const unique = [...new Set(paths)].sort();
  const papers = unique.filter((p) => paperPattern.test(p));
  const others = unique.filter((p) => !paperPattern.test(p));
  return { others, papers: spread(papers, size), allPapers: papers, paperCount: papers.length };
}

/** `size` items spread evenly over `items` (all of them when there are fewer). */
export function spread<T>(items: readonly T[], size: number): T[] {
  if (size >= items.length) return [...items];
  if (size <= 0) return [];
  if (size === 1) return [items[0] as T];
  const picked: T[] = [];
  for (let i = 0; i < size; i++) {
    picked.push(items[Math.round((i * (items.length - 1)) / (size - 1))] as T);
  }
  return picked;
}

/** The dist/ file that holds a page path (`papers/x/` → `papers/x/index.html`). */
export function pageFile(path: string): string {
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}
