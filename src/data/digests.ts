import { formatDate } from "../lib/format.ts";
import type { Digest } from "../schema/paper.ts";

/** A reader-facing name for a digest: its listing date when known, else its file id. */
export function digestTitle(digest: Pick<Digest, "id" | "listed">): string {
  return digest.listed ? `Daily Papers, ${formatDate(digest.listed)}` : `Digest ${digest.id}`;
}

/** Newest listing first; digests without a listing date after, by id. */
export function sortDigests<T extends Pick<Digest, "id" | "listed">>(digests: readonly T[]): T[] {
  return [...digests].sort(
    (a, b) => (b.listed ?? "").localeCompare(a.listed ?? "") || a.id.localeCompare(b.id),
  );
}
