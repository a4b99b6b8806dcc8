import { createHash } from "node:crypto";

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`). Astro copies a
 * page from the previous build instead of rendering it when the page's code (Astro hashes the
 * module graph, CSS and config itself) and its `cacheKey` are both unchanged. So a key must
 * change whenever any data the page shows changes: anything it leaves out is served stale.
 * Where in doubt a key takes more than the page shows (a paper's whole file, not just the fields
 * its page prints): an extra render costs ~2 ms, a stale page costs a reader's trust.
 *
 * tests/incremental checks the whole mechanism: an incremental build after a new digest, and
 * after a renamed topic, must produce exactly the pages a clean build does.
 */

/** Bump to invalidate every cached page at once (e.g. when a key forgets a field). */
const KEY_VERSION = 1;

/** The parts of a paper its own page and the pages that list it read. */
export interface KeyedPaper {
  slug: string;
  title: string;
  topics: readonly string[];
  digests: readonly string[];
  related: readonly string[];
  /** The content entry; `digest` is Astro's hash of the whole generated file. */
  entry: { digest?: string | number | undefined };
}

/** Corpus lookups a paper page resolves through. */
export interface KeyCorpus<P extends KeyedPaper> {
  bySlug: ReadonlyMap<string, P>;
  digestById: ReadonlyMap<string, { id: string; listed?: string | undefined }>;
  topicById: ReadonlyMap<string, { name: string }>;
}

/** Hash of any JSON-able value, tagged with the key version. */
export function pageKey(parts: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify([KEY_VERSION, parts]))
    .digest("base64url");
}

/**
 * Everything a paper page shows beyond its own file: the related papers (titles, topics, their
 * colour in the neighbourhood drawing), topic names, and the titles of the digests it appeared in.
 * Why each related paper is related comes from the paper's own file (`relatedShares`) or, when
 * they share no phrase, from the topics both carry and their names: all covered here.
 * `colour` is the explore palette's colour for a list of topics (it depends on corpus-wide topic
 * sizes, so it can change when other papers arrive). Undefined (always render) when an entry
 * has no digest.
 */
export function paperPageKey<P extends KeyedPaper>(
  paper: P,
  corpus: KeyCorpus<P>,
  colour: (topics: readonly string[]) => number,
): string | undefined {
  const related = paper.related.flatMap((slug) => corpus.bySlug.get(slug) ?? []);
  const shown = [paper, ...related];
  // Without Astro's file hash nothing vouches for the content: render the page every time.
  if (paper.entry.digest === undefined) return undefined;
  const topicIds = [...new Set(shown.flatMap((p) => p.topics))];
  return pageKey({
    paper: paper.entry.digest,
    // A related paper shows as its title and topics; its whole file would churn with its own
    // related list, which this page does not show.
    related: related.map((p) => [p.slug, p.title, p.topics]),
    colours: shown.map((p) => colour(p.topics)),
    topics: topicIds.map((id) => [id, corpus.topicById.get(id)?.name ?? null]),
    digests: paper.digests.map((id) => {
      const d = corpus.digestById.get(id);
      return [id, d?.listed ?? null, d !== undefined];
    }),
  });
}
