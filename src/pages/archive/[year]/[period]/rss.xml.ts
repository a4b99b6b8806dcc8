import type { APIRoute, GetStaticPaths } from "astro";
import {
  type ArchiveGroup,
  archiveOf,
  periodName,
  periodPath,
  periodSpan,
} from "../../../../data/archive.ts";
import { getCorpus, type Paper } from "../../../../data/corpus.ts";
import { paperFeed } from "../../../../lib/feed.ts";
import { SITE } from "../../../../lib/site.ts";
import { url } from "../../../../lib/url.ts";

/** One feed per ISO week (`/archive/2025/w12/rss.xml`): that week's papers, newest first. */
export const getStaticPaths = (async () => {
  const { week } = archiveOf((await getCorpus()).papers);
  return week.map((group) => ({
    params: { year: group.period.year, period: group.period.segment },
    props: { group },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: ArchiveGroup<Paper> }> = ({ props, site }) => {
  const { period, papers } = props.group;
  return paperFeed({
    title: `${SITE.name}: ${periodName(period)}`,
    description: `Papers of ${periodName(period)} (${periodSpan(period)}).`,
    papers,
    site,
    self: url(periodPath(period, "rss")),
    // A feed reader's "visit site" opens the week's page.
    page: url(periodPath(period)),
  });
};
