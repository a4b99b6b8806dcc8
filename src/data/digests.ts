import { formatDate } from "../lib/format.ts";
import type { Digest } from "../schema/paper.ts";

/**
 * A reader-facing name for a digest: its listing date when known, else its file id, shortened
 * to the leading number when the id is `<number>_<hash>` (the shipped seeds' naming) so a
 * heading does not break inside a 20-character hash on a phone. Pages show the full id too.
 */
export function digestTitle(digest: Pick<Digest, "id" | "listed">): string {
  if (digest.listed) return `Daily Papers, ${formatDate(digest.listed)}`;
  const numbered = /^(\d+)_[0-9a-f]{8,}$/i.exec(digest.id);
  return `Digest ${numbered ? numbered[1] : digest.id}`;
}

/** Newest listing first; digests without a listing date after, by id. */
export function sortDigests<T extends Pick<Digest, "id" | "listed">>(digests: readonly T[]): T[] {
  return [...digests].sort(
    (a, b) => (b.listed ?? "").localeCompare(a.listed ?? "") || a.id.localeCompare(b.id),
  );
}
