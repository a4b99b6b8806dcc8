import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";
import { areaSchema } from "./schema/area.ts";
import { digestSchema, paperFrontmatterSchema } from "./schema/paper.ts";
import { topicSchema } from "./schema/topic.ts";

/**
 * Collections over the generated and hand-written content in `content/`.
 * The schemas are the shared frontmatter contract (src/schema), so ingest and site agree.
 */

/**
 * Astro's YAML parser reads an unquoted `2025-02-23` as a Date; the contract says string. Accept
 * both, so a page is valid however its writer quoted the date.
 */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date().optional(),
);

/** One entry per paper page written by ingest; the id is the paper's permanent slug. */
const papers = defineCollection({
  loader: glob({
    pattern: "**/*.md",
    base: "./content/papers",
    generateId: ({ entry, data }) =>
      typeof data.slug === "string" ? data.slug : entry.replace(/\.md$/, ""),
    // Pages use the rendered HTML only; keeping the raw Markdown too would make the data store
    // (serialized, then bundled into the build) a third larger for nothing (issue 7).
    retainBody: false,
  }),
  schema: paperFrontmatterSchema.extend({ published: isoDate, listed: isoDate }),
});

/** Every digest with its papers in the digest's own order. */
const digests = defineCollection({
  loader: file("./content/papers/_digests.json"),
  schema: digestSchema.extend({ listed: isoDate }),
});

/** Hand-written topics (may be none); the id is the file name. */
const topics = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./content/topics" }),
  schema: topicSchema,
});

/** Hand-written areas that group the topics (may be none); the id is the file name. */
const areas = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./content/areas" }),
  schema: areaSchema,
});

export const collections = { papers, digests, topics, areas };
