import { parseFrontmatter } from "astro/markdown";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { frontmatterYaml } from "../../../src/ingest/yaml-frontmatter.ts";

/** Strings some YAML reader takes for a date, number, boolean or null (1.1 or 1.2), and near misses. */
const TRICKY = [
  "2026-04-20",
  "2025-03-03",
  "2024",
  "yes",
  "Yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  "0123",
  "1e5",
  "1_000",
  "12:30:00",
  "0x1f",
  "0o17",
  ".inf",
  ".nan",
  "null",
  "Null",
  "~",
  "true",
  "FALSE",
  "",
  " lead",
  "trail ",
  "a: b",
  "#hash",
  "- dash",
  "'quote",
  '"dq',
  "line\nbreak",
  "nel\u0085sep\u2028para\u2029",
  "\ufeffbom",
  "tab\there",
  "del\u007fc1\u0090",
  "μ-Parametrization & <b>",
  "$\\mathbb{R}^N$",
];
const str = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
);
const value = fc.oneof(
  str,
  fc.nat(),
  fc.array(str, { maxLength: 3 }),
  fc.array(fc.array(str, { maxLength: 3 }), { maxLength: 3 }),
  fc.array(fc.record({ url: str, kind: str, label: str }), { maxLength: 2 }),
);
const frontmatter = fc.dictionary(
  fc.constantFrom(
    "title",
    "slug",
    "digests",
    "published",
    "listed",
    "upvotes",
    "links",
    "topics",
    "relatedShares",
  ),
  value,
  { minKeys: 1 },
);

/** What each reader in use gives back for a page's frontmatter. */
function readers(yaml: string): Record<string, unknown>[] {
  return [
    parseFrontmatter(`---\n${yaml}---\n\nBody.\n`).frontmatter, // Astro's content loader
    parse(yaml, { version: "1.2" }),
    parse(yaml, { version: "1.1" }),
  ];
}

describe("frontmatterYaml", () => {
  // Three parsers over a few hundred random pages: seconds on a busy machine, hence the timeout.
  it("reads back as exactly the values written, in Astro's parser and in YAML 1.1 and 1.2", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(frontmatter, (data) => {
        for (const read of readers(frontmatterYaml(data))) expect(read).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps date-named digest ids and YAML words as strings", () => {
    const data = { slug: "a", digests: TRICKY, published: "2026-04-20" };
    for (const read of readers(frontmatterYaml(data))) expect(read).toEqual(data);
  });

  it("writes one quoted scalar per line, keys plain", () => {
    const data = {
      title: "LoRA: Low-Rank Adaptation",
      slug: "lora-low-rank-adaptation",
      digests: ["2025-03-03"],
      published: "2024-08-15",
      upvotes: 27,
      links: [{ url: "https://github.com/a/b", kind: "code", label: "a/b" }],
      topics: [],
    };
    expect(frontmatterYaml(data)).toBe(
      [
        'title: "LoRA: Low-Rank Adaptation"',
        'slug: "lora-low-rank-adaptation"',
        "digests:",
        '  - "2025-03-03"',
        'published: "2024-08-15"',
        "upvotes: 27",
        "links:",
        '  - url: "https://github.com/a/b"',
        '    kind: "code"',
        '    label: "a/b"',
        "topics: []",
        "",
      ].join("\n"),
    );
  });
});
