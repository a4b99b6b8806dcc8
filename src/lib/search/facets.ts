import type { Facet } from "./state.ts";

/**
 * Facet values in display order with their counts and labels. Pure.
 */

export interface FacetValue {
  value: string;
  label: string;
  /** Results the search would have with this value selected (alone within its facet). */
  count: number;
  selected: boolean;
}

/** Labels for values whose filter value is an id (topics, digests); others show as they are. */
export type FacetLabels = Partial<Record<Facet, Record<string, string>>>;

/**
 * Orders a facet's values: years newest first, "has code" yes before no, digests in the order of
 * their labels (the page lists them newest listing first), topics by count then label.
 * Selected values are always kept, even when their count dropped to zero.
 */
export function facetValues(
  facet: Facet,
  counts: Record<string, number>,
  selected: readonly string[],
  labels: FacetLabels = {},
): FacetValue[] {
  const names = new Set([...Object.keys(counts), ...selected]);
  const values: FacetValue[] = [...names].map((value) => ({
    value,
    label: labels[facet]?.[value] ?? (facet === "code" ? codeLabel(value) : value),
    count: counts[value] ?? 0,
    selected: selected.includes(value),
  }));
  const visible = values.filter((v) => v.count > 0 || v.selected);
  const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label, "en");
  switch (facet) {
    case "year":
      return visible.sort((a, b) => b.value.localeCompare(a.value));
    case "code":
      return visible.sort((a, b) => (a.value === "yes" ? -1 : b.value === "yes" ? 1 : 0));
    case "digest": {
      const order = Object.keys(labels.digest ?? {});
      const rank = (v: FacetValue) =>
        order.includes(v.value) ? order.indexOf(v.value) : order.length;
      return visible.sort((a, b) => rank(a) - rank(b) || a.value.localeCompare(b.value));
    }
    default:
      return visible.sort((a, b) => b.count - a.count || byLabel(a, b));
  }
}

function codeLabel(value: string): string {
  if (value === "yes") return "With code";
  if (value === "no") return "Without code";
  return value;
}
