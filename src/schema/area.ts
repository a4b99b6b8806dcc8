import { z } from "astro/zod";

/**
 * One hand-written area, `content/areas/<id>.md`: a broad field (vision, language, robotics…)
 * that groups topics on the topics page and the home page. Topics name their area with
 * `area: <id>` (src/schema/topic.ts); the body is a one-paragraph description.
 */
export const areaSchema = z.object({
  /** Display name, e.g. "Computer vision". */
  name: z.string().min(1),
  /** One sentence shown under the area's heading on the topics page. */
  summary: z.string().min(1),
  /** Display order of the areas (ascending), then name. */
  order: z.number().int().default(100),
});
export type Area = z.infer<typeof areaSchema>;
