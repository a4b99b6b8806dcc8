import { z } from "astro/zod";

/**
 * The frontmatter of one generated paper page, `content/papers/<slug>.md`.
 *
 * This is the contract between ingest (which writes it) and the site (which reads it through the
 * content collection). Ingest validates every page against it before writing, so a page that the
 * site cannot load is never produced.
 */

/** A code, model, dataset or project link found in the abstract. */
export const paperLinkSchema = z.object({
  /** Absolute http(s) URL, cleaned of trailing punctuation and TeX macro debris. */
  url: z.url({ protocol: /^https?$/ }),
  /** What the link points at, from its host: GitHub/GitLab → code, Hugging Face → model/dataset/space, else project. */
  kind: z.enum(["code", "model", "dataset", "space", "project"]),
  /** Short human label, e.g. `acfr/LBDN` for a repository. */
  label: z.string().min(1),
});

/** A paper's place in a split topic (see `subtopics` below). */
export const subtopicRefSchema = z.object({
  /** Id of the parent topic (a file in `content/topics/`). */
  topic: z.string().min(1),
  /** Kebab-case id, unique within the topic. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Display name: discovered from the data, or a curator's (README, Topics). */
  name: z.string().min(1),
});

export const paperFrontmatterSchema = z.object({
  /** The exact title text from the digest (whitespace normalised, nothing else changed). */
  title: z.string().min(1),
  /** Permanent URL slug: lowercase ASCII kebab-case, at most 80 characters, unique. */
  slug: z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Ids (file names without `.txt`) of every digest the paper appeared in, sorted. */
  digests: z.array(z.string().min(1)).min(1),
  /** Publication date, YYYY-MM-DD, when a digest gave one (year-less dates resolved, see README). */
  published: z.iso.date().optional(),
  /**
   * The listing date of the earliest-dated digest the paper appeared in, YYYY-MM-DD, when any of
   * its digests has a known date. Pages show it as "listed" when `published` is absent; lists and
   * feeds sort by `paperDate()` (src/lib/paper-date.ts), which falls back to it.
   */
  listed: z.iso.date().optional(),
  /** Upvote count when a digest gave one (the highest any copy gave). */
  upvotes: z.number().int().nonnegative().optional(),
  /** Number of authors when the byline gave a count ("• 3 authors"). */
  authors: z.number().int().positive().optional(),
  /** Organisation byline when the byline named one instead of a count. */
  organization: z.string().min(1).optional(),
  /** Code, model and project links extracted from the abstract, in order of appearance. */
  links: z.array(paperLinkSchema).default([]),
  /** Topic ids (files in `content/topics/`), best first; one to three. */
  topics: z.array(z.string()).default([]),
  /**
   * The subtopic the paper is in, for each of its topics that is split into subtopics (a topic
   * of more than 300 papers, src/ingest/subtopics.ts), in topic id order: the parent topic's id,
   * the subtopic's id (its URL is `/topics/<topic>/<id>/`) and its name.
   */
  subtopics: z.array(subtopicRefSchema).default([]),
  /** Automatic keyphrases, best first. */
  keyphrases: z.array(z.string()).default([]),
  /** Slugs of the five most related papers, most related first. */
  related: z.array(z.string()).default([]),
  /**
   * Why each related paper is related: per entry of `related` (same order), the keyphrases the
   * two papers share, best first, at most three ("diffusion distillation", "video generation").
   * An empty list when they share none; the page then names the topics they share.
   */
  relatedShares: z.array(z.array(z.string())).default([]),
});

export type PaperFrontmatter = z.infer<typeof paperFrontmatterSchema>;
export type PaperFrontmatterInput = z.input<typeof paperFrontmatterSchema>;
export type PaperLink = z.infer<typeof paperLinkSchema>;

/** A digest as the site needs it: written by ingest to `content/papers/_digests.json`. */
export const digestSchema = z.object({
  /** File name without `.txt`: the digest's URL, never shown as its name. */
  id: z.string().min(1),
  /** What pages call it: "Daily papers, 17 April 2025", else a readable name from the file name. */
  name: z.string().min(1),
  /** The listing's own date (layout A header), YYYY-MM-DD, when known. */
  listed: z.iso.date().optional(),
  /** Which layout the file used. */
  layout: z.enum(["A", "B"]),
  /** Slugs of its papers in the digest's own order (a paper listed twice appears once). */
  papers: z.array(z.string()),
});
export type Digest = z.infer<typeof digestSchema>;
