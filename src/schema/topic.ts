import { z } from "astro/zod";

/**
 * One hand-written topic, `content/topics/<id>.md`: frontmatter below, the body is the
 * one-paragraph description shown on the topic page.
 */
export const topicSchema = z.object({
  /** Display name, e.g. "Model merging". */
  name: z.string().min(1),
  /** One sentence for lists and meta descriptions. */
  summary: z.string().min(1),
  /**
   * Terms and phrases that signal the topic, with weights. Matched on stemmed tokens, so
   * "merge" also matches "merging" and "merged"; a phrase matches its words in sequence.
   */
  terms: z.record(z.string(), z.number().positive()),
  /**
   * Words of which a paper must contain at least one, title or abstract, for the topic's terms to
   * count at all; matched like terms (a leading "=" matches as written). For topics whose terms
   * are general words that only mean the topic in one modality: "representation learning",
   * "classification" and "backbone" are visual representation learning only in a paper about
   * images or video, not in an audio or a text model.
   */
  requires: z.array(z.string().min(1)).min(1).optional(),
  /**
   * Marks a topic of an application field (medicine, remote sensing, the sciences, law and
   * finance, communications): when a paper has it among its topics, it is listed first, as the
   * paper's subject, ahead of the method topics ("Medical imaging" before "Object detection,
   * segmentation and tracking" for a medical segmentation model). It adds no topic a paper
   * would not get anyway.
   */
  leads: z.boolean().optional(),
  /**
   * Id of the area the topic belongs to (`content/areas/<id>.md`), e.g. "vision". The topics
   * page groups topics by area; a topic without one is listed after the areas. The site build
   * fails on an area id with no file.
   */
  area: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "area must be an area file's id (lowercase kebab-case)")
    .optional(),
  /** Display order within its area (ascending), then name. */
  order: z.number().int().default(100),
  /**
   * Marks the catch-all topic: it gets only the papers that match no other topic well enough
   * (and whose related papers suggest none). At most one topic should set it.
   */
  catchAll: z.boolean().default(false),
  /**
   * Makes the file a subtopic of the topic with this id instead of a topic (README, Topics): when
   * that topic is split into subtopics, the papers of it that these terms match form this
   * subtopic, at `/topics/<parent>/<this file's id>/`.
   */
  parent: z.string().min(1).optional(),
  /**
   * With `parent`: the id of a discovered subtopic this file names (its name, summary and
   * description, and this file's id as URL) instead of pinning papers by terms (`terms: {}`).
   */
  renames: z.string().min(1).optional(),
});
export type Topic = z.infer<typeof topicSchema>;
