/**
 * Layout detection from content (never from the file name).
 */

/** Page chrome lines printed above the entries by the listing page. */
const CHROME = new Set([
  "new",
  "Get trending papers in your email inbox!",
  "Get trending papers in your email inbox once a day!",
  "Subscribe",
  "Daily Papers",
  "byAK and the research community",
]);

export type Layout =
  /** Layout A: entries start at `bodyStart` (0-based line index). */
  | { layout: "A"; bodyStart: number }
  /** Layout B: the first title is glued to "Subscribe" on line `bodyStart`. */
  | { layout: "B"; bodyStart: number; firstTitle: string };

/**
 * Detects the layout. Leading chrome lines and blank lines are skipped; a line that starts with
 * "Subscribe" and goes on is layout B (the first title is glued to it); chrome that includes a
 * bare "Subscribe" or "Daily Papers" line is layout A. Anything else matches no layout.
 */
export function detectLayout(lines: readonly string[]): Layout | undefined {
  let sawListingChrome = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (CHROME.has(line)) {
      if (line === "Subscribe" || line === "Daily Papers") sawListingChrome = true;
      continue;
    }
    const glued = /^Subscribe\s*(\S.*)$/.exec(line);
    if (glued) return { layout: "B", bodyStart: i, firstTitle: (glued[1] as string).trim() };
    return sawListingChrome ? { layout: "A", bodyStart: i } : undefined;
  }
  return undefined;
}
