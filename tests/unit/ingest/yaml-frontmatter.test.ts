import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { frontmatterYaml, YAML_OPTIONS } from "../../../src/ingest/yaml-frontmatter.ts";

/** Characters that decide between plain and quoted YAML, plus ordinary ones. */
const CHARS = [..."aZeE0179 -.,'()/+=%:#\"|>&*!?[]{}@`~\\\t\nxo", "é", "μ", "\u2028"];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(""));
/** Words that YAML's core schema reads as something other than a string, and near misses. */
const tricky = fc.constantFrom(
  "true",
  "True",
  "TRUE",
  "false",
  "null",
  "Null",
  "~",
  "2024",
  "-7",
  "1e3",
  "1e-5",
  "0x1f",
  "0o17",
  "12-3",
  "2024-08-15",
  "1bit-merging",
  ".inf",
  ".nan",
  "yes",
  "no",
  "",
  " lead",
  "trail ",
);
const str = fc.oneof(text, tricky, fc.string({ maxLength: 8 }));
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
    "upvotes",
    "links",
    "topics",
    "relatedShares",
  ),
  value,
);

describe("frontmatterYaml", () => {
  it("writes exactly what yaml's stringify writes", () => {
    fc.assert(
      fc.property(frontmatter, (data) => {
        expect(frontmatterYaml(data)).toBe(stringify(data, YAML_OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes typical frontmatter itself: plain titles, slugs, quoted colons, links", () => {
    const data = {
      title: "LoRA: Low-Rank Adaptation",
      slug: "lora-low-rank-adaptation",
      digests: ["000_9bc2af8da58504b5"],
      published: "2024-08-15",
      upvotes: 27,
      links: [{ url: "https://github.com/a/b", kind: "code", label: "a/b" }],
      topics: [],
    };
    expect(frontmatterYaml(data)).toBe(
      [
        'title: "LoRA: Low-Rank Adaptation"',
        "slug: lora-low-rank-adaptation",
        "digests:",
        "  - 000_9bc2af8da58504b5",
        "published: 2024-08-15",
        "upvotes: 27",
        "links:",
        "  - url: https://github.com/a/b",
        "    kind: code",
        "    label: a/b",
        "topics: []",
        "",
      ].join("\n"),
    );
  });
});
