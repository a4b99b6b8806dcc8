import { compareCodeUnits } from "../lib/compare.ts";
import { formatDate } from "../lib/format.ts";
import type { Digest } from "../schema/paper.ts";

/** A trailing content hash in a file name (`003_d78433f50a668188`): no reader needs it. */
const HASH = /[-_.](?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}$/i;

/**
 * A reader-facing name for a digest. With a known listing date it is the listing:
 * "Daily papers, 17 April 2025". Otherwise a readable name from the file name: the hash suffix
 * dropped, separators made spaces, sentence case ("hostile_b" → "Hostile b"), and a bare number
 * becomes "Listing 3". The id stays in the URL only. Ingest writes it as the digest's `name`.
 */
export function digestTitle(digest: Pick<Digest, "id" | "listed"> & { name?: string }): string {
  if (digest.name) return digest.name;
  if (digest.listed) return `Daily papers, ${formatDate(digest.listed)}`;
  const words = digest.id
    .replace(HASH, "")
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .join(" ");
  if (words === "") return "Listing";
  if (/^\d+$/.test(words)) return `Listing ${Number(words)}`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Newest listing first; digests without a listing date after, by id. */
export function sortDigests<T extends Pick<Digest, "id" | "listed">>(digests: readonly T[]): T[] {
  return [...digests].sort(
    (a, b) => compareCodeUnits(b.listed ?? "", a.listed ?? "") || compareCodeUnits(a.id, b.id),
  );
}
