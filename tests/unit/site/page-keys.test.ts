import { describe, expect, it } from "vitest";
import { type KeyCorpus, type KeyedPaper, paperPageKey } from "../../../src/data/page-keys.ts";

const paper = (slug: string, over: Partial<KeyedPaper> = {}): KeyedPaper => ({
  slug,
  title: `Title ${slug}`,
  topics: ["quantization"],
  digests: ["001_x"],
  related: [],
  entry: { digest: `file-${slug}` },
  ...over,
});

function corpus(
  papers: KeyedPaper[],
  over: Partial<KeyCorpus<KeyedPaper>> = {},
): KeyCorpus<KeyedPaper> {
  return {
    bySlug: new Map(papers.map((p) => [p.slug, p])),
    digestById: new Map([["001_x", { id: "001_x", listed: "2025-03-01" }]]),
    topicById: topicById(TOPICS),
    ...over,
  };
}

const TOPICS = { quantization: "Quantization", lora: "LoRA" };
const topicById = (names: Record<string, string>) =>
  new Map(Object.entries(names).map(([id, name]) => [id, { name }]));

const colour = (topics: readonly string[]) => (topics[0] === "lora" ? 2 : 1);
const page = paper("a", { related: ["b"] });
const related = paper("b");
const base = paperPageKey(page, corpus([page, related]), colour);

describe("paperPageKey", () => {
  it("is stable for the same data", () => {
    expect(paperPageKey(page, corpus([page, related]), colour)).toBe(base);
  });

  it("ignores papers and topics the page does not show", () => {
    const other = paper("z", { topics: ["other"] });
    const c = corpus([page, related, other], {
      topicById: topicById({ ...TOPICS, other: "Other" }),
    });
    expect(paperPageKey(page, c, colour)).toBe(base);
  });

  it("ignores a related paper's own related list (its file changes, what the page shows does not)", () => {
    const changed = paper("b", { related: ["z"], entry: { digest: "file-b-2" } });
    expect(paperPageKey(page, corpus([page, changed]), colour)).toBe(base);
  });

  it.each<[string, () => string | undefined]>([
    [
      "its own file changes",
      () =>
        paperPageKey({ ...page, entry: { digest: "file-a-2" } }, corpus([page, related]), colour),
    ],
    [
      "a related paper is retitled",
      () => paperPageKey(page, corpus([page, { ...related, title: "New" }]), colour),
    ],
    [
      "a related paper changes topics",
      () => paperPageKey(page, corpus([page, { ...related, topics: ["lora"] }]), colour),
    ],
    [
      "a topic it shows is renamed",
      () =>
        paperPageKey(
          page,
          corpus([page, related], {
            topicById: topicById({ ...TOPICS, quantization: "Quantisation" }),
          }),
          colour,
        ),
    ],
    [
      "the palette recolours a topic it shows",
      () => paperPageKey(page, corpus([page, related]), () => 3),
    ],
    [
      "a digest it appeared in changes date",
      () =>
        paperPageKey(
          page,
          corpus([page, related], {
            digestById: new Map([["001_x", { id: "001_x", listed: "2025-03-02" }]]),
          }),
          colour,
        ),
    ],
    ["a related paper leaves the corpus", () => paperPageKey(page, corpus([page]), colour)],
  ])("changes when %s", (_what, key) => {
    expect(key()).not.toBe(base);
  });

  it("gives no key (always render) when the file has no digest", () => {
    expect(paperPageKey({ ...page, entry: {} }, corpus([page, related]), colour)).toBeUndefined();
  });
});
