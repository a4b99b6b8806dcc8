import { describe, expect, it } from "vitest";
import { enrich } from "../../../src/ingest/enrich.ts";
import { loadPapers, loadTopics } from "../../eval/corpus.ts";
import { GROUPS } from "../../eval/groups.ts";
import { measureGroups } from "../../eval/measure.ts";

// The shipped corpus and topics, enriched once: these tests guard the taxonomy's shape and the
// evaluation groups' hit rates whenever a topic file or the seeds change.
const papers = loadPapers();
const topics = loadTopics();
const result = enrich(papers, topics);

describe("shipped topics over the shipped corpus", () => {
  const sizes = new Map(topics.map((t) => [t.id, 0]));
  for (const e of result.values()) for (const t of e.topics) sizes.set(t, (sizes.get(t) ?? 0) + 1);

  it("has 40 to 90 topics (a taxonomy of the whole field) and at most one catch-all", () => {
    expect(topics.length).toBeGreaterThanOrEqual(40);
    expect(topics.length).toBeLessThanOrEqual(90);
    expect(topics.filter((t) => t.catchAll).length).toBeLessThanOrEqual(1);
  });

  it("gives every paper one to three topics", () => {
    for (const e of result.values()) {
      expect(e.topics.length).toBeGreaterThanOrEqual(1);
      expect(e.topics.length).toBeLessThanOrEqual(3);
    }
  });

  // The seeds are a 2024 sample about fine-tuning and architectures, so most topics of the
  // whole-field taxonomy hold few of their papers; shares on a realistic shelf are measured by
  // bench/topic-quality.ts on the real corpus (bench/reports/topic-sample.md).
  it("keeps every topic under a third of the corpus and the catch-all under 5%", () => {
    for (const t of topics) {
      const n = sizes.get(t.id) ?? 0;
      expect(n, t.id).toBeLessThanOrEqual(papers.length / 3);
      if (t.catchAll) expect(n, t.id).toBeLessThan(papers.length * 0.05);
    }
  });

  it("gives every paper five related papers and three to five keyphrases", () => {
    for (const e of result.values()) {
      expect(e.related).toHaveLength(5);
      expect(e.keyphrases.length).toBeGreaterThanOrEqual(3);
      expect(e.keyphrases.length).toBeLessThanOrEqual(5);
    }
  });
});

describe("evaluation groups", () => {
  const measured = measureGroups(GROUPS, papers, result);

  it("has at least 6 groups of 3+ papers, all found in the corpus", () => {
    expect(measured.filter((g) => g.size >= 3).length).toBeGreaterThanOrEqual(6);
    for (const g of measured) expect(g.missing, g.name).toEqual([]);
  });

  it.each(measured.map((g) => [g.name, g] as const))("%s: most members share a topic", (_, g) => {
    expect(g.topicShare).toBeGreaterThanOrEqual(0.6);
  });

  it.each(measured.map((g) => [g.name, g] as const))(
    "%s: members find group mates among related papers",
    (_, g) => {
      expect(g.relatedHit).toBeGreaterThanOrEqual(0.6);
    },
  );

  it("finds a group mate for at least 90% of all members", () => {
    const total = measured.reduce((a, g) => a + g.size, 0);
    const hits = measured.reduce((a, g) => a + g.relatedHit * g.size, 0);
    expect(hits / total).toBeGreaterThanOrEqual(0.9);
  });
});
