/** Small pure pieces of a list row, shared by the Astro rows and the search results script. */

/** A badge a row shows for the kind of links a paper has. */
export type RowBadge = "code" | "model";

/** Which badges a paper's links earn, in display order: code first, then a model. */
export function rowBadges(links: readonly { kind: string }[]): RowBadge[] {
  const kinds = new Set(links.map((l) => l.kind));
  return (["code", "model"] as const).filter((b) => kinds.has(b));
}
