import type { Enrichment, PaperText } from "../../src/ingest/enrich.ts";
import type { EvalGroup } from "./groups.ts";

/** How one evaluation group fares. */
export interface GroupResult {
  name: string;
  size: number;
  /** The topic most members share, and the share of members that have it. */
  topic: string;
  topicShare: number;
  /** Share of members with at least one group mate among their related papers. */
  relatedHit: number;
  /** Titles that match no paper (a stale group). */
  missing: string[];
}

/** Scores every group against the enrichment of the whole corpus. */
export function measureGroups(
  groups: readonly EvalGroup[],
  papers: readonly PaperText[],
  result: ReadonlyMap<string, Enrichment>,
): GroupResult[] {
  const slugOf = new Map(papers.map((p) => [p.title, p.slug]));
  return groups.map((g) => {
    const missing = g.titles.filter((t) => !slugOf.has(t));
    const slugs = g.titles.flatMap((t) => slugOf.get(t) ?? []);
    const counts = new Map<string, number>();
    for (const s of slugs)
      for (const t of result.get(s)?.topics ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    const [topic, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [
      "",
      0,
    ];
    const mates = new Set(slugs);
    const hits = slugs.filter((s) => (result.get(s)?.related ?? []).some((r) => mates.has(r)));
    return {
      name: g.name,
      size: slugs.length,
      topic,
      topicShare: slugs.length ? n / slugs.length : 0,
      relatedHit: slugs.length ? hits.length / slugs.length : 0,
      missing,
    };
  });
}
