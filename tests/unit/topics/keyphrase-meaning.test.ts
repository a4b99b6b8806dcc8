import { describe, expect, it } from "vitest";
import { keyphrases } from "../../../src/ingest/keyphrases.ts";
import { meaninglessWord } from "../../../src/ingest/phrase-meaning.ts";
import { tokenizePaper } from "../../../src/ingest/text/index.ts";

/** Real titles and abstracts (arXiv, shortened) whose tags used to carry no meaning. */
const ursa = {
  title: "LLM-Driven Immersive Augmented Reality User Interface for Robotics and Space Exploration",
  abstract:
    "We present URSA, an LLM-driven immersive AR system for robot tracking. URSA integrates a head-mounted AR device, voice control and robot tracking algorithms; URSA runs on a ZED2 camera.",
};
const genius = {
  title: "GENIUS: A Generative Framework for Universal Multimodal Search",
  abstract:
    "GENIUS is a universal generative retrieval framework for multimodal search. GENIUS uses modality-decoupled semantic quantization for multimodal search across tasks.",
};
const memory = {
  title: "Serving long-context models on 8G GPUs",
  abstract:
    "Long-context inference of 7B models on 8G GPUs needs KV cache offloading. We serve 7B models with KV cache offloading and held out a test set; 8G GPUs suffice.",
};
/** Papers that share the field's vocabulary, so the phrases above are "shared" where real. */
const field = [
  {
    title: "Robot tracking with AR headsets",
    abstract: "Robot tracking in augmented reality with an AR device.",
  },
  {
    title: "Multimodal search with generative retrieval",
    abstract: "Generative retrieval for multimodal search and semantic quantization.",
  },
  {
    title: "KV cache offloading for long-context inference",
    abstract: "KV cache offloading on GPUs for long-context inference of 7B models on 8G cards.",
  },
  { title: "ViT pruning", abstract: "Pruning a ViT. Pruning ViT heads keeps ViT accuracy." },
  { title: "ViT distillation", abstract: "Distilling a ViT into a smaller ViT." },
];

describe("keyphrases that carry no meaning", () => {
  const tags = keyphrases([ursa, genius, memory, ...field].map(tokenizePaper));
  const [ursaTags, geniusTags, memoryTags] = tags as [string[], string[], string[]];

  it("drops a number with a unit on its own (8G, 7B), and phrases made only of them", () => {
    // A table dump in an abstract: sizes and nothing else.
    const [sizes] = keyphrases(
      [{ title: "Sizes", abstract: "8G 8G. 7B 7B. 70B." }, ...field].map(tokenizePaper),
    );
    expect(sizes).toEqual(["Sizes"]);
    expect(memoryTags).not.toContain("8G");
    expect(memoryTags.join(" ")).toMatch(/8G GPUs/);
  });

  it("drops an acronym only this paper uses (its own system name)", () => {
    expect(ursaTags).not.toContain("URSA");
    expect(ursaTags).not.toContain("ZED2");
    expect(ursaTags.join(" ").toLowerCase()).toMatch(/robot tracking/);
  });

  it("drops the paper's own name from its title, even when others use the word", () => {
    expect(geniusTags).not.toContain("GENIUS");
    expect(geniusTags.join(" ").toLowerCase()).toMatch(/multimodal search/);
  });

  it("keeps an acronym the field shares (ViT)", () => {
    expect(tags[6]).toContain("ViT");
  });

  it("drops 'satisfying' as written but keeps 'satisfiability', which shares its stem", () => {
    expect(meaninglessWord("satisfying", 1, 50, undefined)).toBe(true);
    expect(meaninglessWord("Satisfied", 1, 50, undefined)).toBe(true);
    expect(meaninglessWord("satisfiability", 1, 50, undefined)).toBe(false);
  });

  it("drops weak single words but keeps them inside phrases", () => {
    expect(memoryTags).not.toContain("models");
    expect(memoryTags).not.toContain("serve");
    for (const t of tags.flat()) expect(t.toLowerCase()).not.toMatch(/^(held|models|serve)$/);
  });
});
