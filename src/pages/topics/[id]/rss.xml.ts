import type { APIRoute, GetStaticPaths } from "astro";
import { getCorpus, type TopicView, topicPapers } from "../../../data/corpus.ts";
import { paperFeed } from "../../../lib/feed.ts";
import { SITE } from "../../../lib/site.ts";
import { routes } from "../../../lib/url.ts";

/** One feed per topic at /topics/<id>/rss.xml: the topic's papers, newest first; its channel links to the topic page. */
export const getStaticPaths = (async () => {
  const { topics } = await getCorpus();
  return topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicView }> = async ({ props: { topic }, site }) =>
  paperFeed({
    title: `${SITE.name}: ${topic.name}`,
    description: topic.summary,
    papers: topicPapers(await getCorpus(), topic.id),
    site,
    self: routes.topicRss(topic.id),
    // A feed reader's "visit site" opens the topic, not the home page.
    page: routes.topic(topic.id),
  });
