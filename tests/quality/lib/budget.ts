/**
 * Page weight: sums what a first load transferred, by resource type, and compares it with the
 * budgets in quality.config.json.
 */

/** One response of a page load. */
export interface Transfer {
  url: string;
  /** Playwright resource type: document, script, stylesheet, image, font, fetch, … */
  type: string;
  /** Bytes on the wire (encoded body plus headers). */
  bytes: number;
}

/** Totals of one page load. */
export interface Weight {
  scriptBytes: number;
  totalBytes: number;
  byType: Record<string, number>;
  requests: number;
}

/** Adds up transfers; Pagefind's and module scripts count as script. */
export function weigh(transfers: readonly Transfer[]): Weight {
  const byType: Record<string, number> = {};
  for (const t of transfers) byType[t.type] = (byType[t.type] ?? 0) + t.bytes;
  return {
    scriptBytes: byType.script ?? 0,
    totalBytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
    byType,
    requests: transfers.length,
  };
}

/** Budget breaches of a weight, as sentences (empty when within budget). */
export function overBudget(
  weight: Weight,
  budget: { scriptKiB: number; totalKiB: number },
): string[] {
  const breaches: string[] = [];
  if (weight.scriptBytes > budget.scriptKiB * 1024) {
    breaches.push(`script ${kib(weight.scriptBytes)} > ${budget.scriptKiB} KiB`);
  }
  if (weight.totalBytes > budget.totalKiB * 1024) {
    breaches.push(`total ${kib(weight.totalBytes)} > ${budget.totalKiB} KiB`);
  }
  return breaches;
}

/** `12.3 KiB`. */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
