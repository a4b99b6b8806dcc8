import { describe, expect, it } from "vitest";
import { assignSlugs, parseRegistry, stringifyRegistry } from "../../../src/ingest/registry.ts";
import { baseSlug, keyHash, paperKey } from "../../../src/ingest/slug.ts";

const paper = (title: string) => ({ key: paperKey(title), title });

describe("paperKey", () => {
  it("ignores case, spacing, punctuation and Unicode compatibility forms", () => {
    expect(paperKey("Shared Paper: One Page")).toBe(paperKey("shared  paper — one page"));
    expect(paperKey("ﬁne-Tuning")).toBe(paperKey("Fine Tuning"));
    expect(paperKey("μ-Transfer")).not.toBe(paperKey("mu-Transfer"));
  });
});

describe("baseSlug", () => {
  it.each([
    ["μ-Parametrization for Mixture of Experts", "mu-parametrization-for-mixture-of-experts"],
    [
      "u-μP: The Unit-Scaled Maximal Update Parametrization",
      "u-mup-the-unit-scaled-maximal-update-parametrization",
    ],
    ["The Hedgehog & the Porcupine", "the-hedgehog-and-the-porcupine"],
    ["What Can Be Learnt With Wide CNNs?", "what-can-be-learnt-with-wide-cnns"],
    ["Naïve Bayes ≤ Déjà Vu", "naive-bayes-le-deja-vu"],
    ["SmoothQuant+: 4-bit", "smoothquant-plus-4-bit"],
    ["The Model's Own Words", "the-models-own-words"],
  ])("%s → %s", (title, slug) => expect(baseSlug(title)).toBe(slug));

  it("stays within 80 characters and cuts at a word boundary", () => {
    const title =
      "Exact Learning of Permutations for Nonzero Binary Inputs with Logarithmic Training Size and Quadratic Ensemble Complexity";
    const slug = baseSlug(title);
    expect(slug).toBe("exact-learning-of-permutations-for-nonzero-binary-inputs-with-logarithmic");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(baseSlug("x".repeat(100))).toHaveLength(80);
  });

  it("gives an empty base for titles with nothing transliterable", () => {
    expect(baseSlug("深層学習")).toBe("");
  });
});

describe("assignSlugs", () => {
  const mu = paper("μ-Transfer at Scale");
  const mu2 = paper("Mu Transfer at Scale");
  const other = paper("Another Paper");

  it("gives the plain slug when no other title folds onto it", () => {
    expect(assignSlugs([mu, other], new Map()).slugs.get(other.key)).toBe("another-paper");
  });

  it("suffixes every colliding new title with a hash of its own key, whatever the order", () => {
    const a = assignSlugs([mu, mu2, other], new Map()).slugs;
    const b = assignSlugs([other, mu2, mu], new Map()).slugs;
    expect(a).toEqual(b);
    expect(a.get(mu.key)).toBe(`mu-transfer-at-scale-${keyHash(mu.key)}`);
    expect(a.get(mu2.key)).toBe(`mu-transfer-at-scale-${keyHash(mu2.key)}`);
    expect(a.get(mu.key)).not.toBe(a.get(mu2.key));
  });

  it("keeps a registered slug when a colliding title arrives later", () => {
    const first = assignSlugs([mu, other], new Map());
    expect(first.slugs.get(mu.key)).toBe("mu-transfer-at-scale");
    const later = assignSlugs([mu2, other, mu], first.registry);
    expect(later.slugs.get(mu.key)).toBe("mu-transfer-at-scale");
    expect(later.slugs.get(mu2.key)).toBe(`mu-transfer-at-scale-${keyHash(mu2.key)}`);
    expect(later.registry.size).toBe(3);
  });

  it("never reuses a registered slug for a different paper, even after that paper is gone", () => {
    const first = assignSlugs([mu], new Map());
    const later = assignSlugs([mu2], first.registry);
    expect(later.slugs.get(mu2.key)).not.toBe("mu-transfer-at-scale");
    expect(later.registry.get(mu.key)).toBe("mu-transfer-at-scale");
  });

  it("keeps hashed slugs within 80 characters", () => {
    const long = "Word ".repeat(30);
    const { slugs } = assignSlugs([paper(`${long} A`), paper(`${long} B`)], new Map());
    for (const s of slugs.values()) {
      expect(s.length).toBeLessThanOrEqual(80);
      expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{6}$/);
    }
  });

  it("gives a title without ASCII letters a hashed slug", () => {
    const p = paper("深層学習");
    expect(assignSlugs([p], new Map()).slugs.get(p.key)).toBe(`paper-${keyHash(p.key)}`);
  });
});

describe("registry file", () => {
  it("round-trips with sorted keys", () => {
    const text = stringifyRegistry(
      new Map([
        ["b", "b"],
        ["a", "a-1"],
      ]),
    );
    expect(text).toBe('{\n  "a": "a-1",\n  "b": "b"\n}\n');
    expect([...parseRegistry("content/slugs.json", text)]).toEqual([
      ["a", "a-1"],
      ["b", "b"],
    ]);
  });

  it("reports broken registries as file:line", () => {
    expect(() => parseRegistry("content/slugs.json", "{")).toThrow(
      /^content\/slugs\.json:1: not valid JSON/,
    );
    expect(() => parseRegistry("s.json", '{"a":"Bad Slug"}')).toThrow(
      /^s\.json:1: invalid slug for "a"/,
    );
    expect(() => parseRegistry("s.json", '{"a":"x","b":"x"}')).toThrow(
      /^s\.json:1: slug "x" is given to both/,
    );
  });
});
