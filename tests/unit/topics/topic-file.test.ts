import { describe, expect, it } from "vitest";
import { parseTopicFile } from "../../../src/ingest/topic-file.ts";

const good = `---
name: Model merging
summary: Combining models.
order: 10
terms:
  merge: 3
  "task arithmetic": 4
---
Papers on merging trained models.
`;

/** The `file:line: message` a curator sees. */
function errorOf(id: string, text: string): string {
  try {
    parseTopicFile(id, text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
}

describe("parseTopicFile", () => {
  it("reads frontmatter and description", () => {
    const t = parseTopicFile("model-merging", good);
    expect(t).toMatchObject({
      id: "model-merging",
      name: "Model merging",
      order: 10,
      catchAll: false,
      terms: { merge: 3, "task arithmetic": 4 },
      description: "Papers on merging trained models.",
    });
  });

  it("accepts CRLF line endings and a byte-order mark", () => {
    const t = parseTopicFile("m", `\uFEFF${good.replace(/\n/g, "\r\n")}`);
    expect(t.name).toBe("Model merging");
  });

  it("reads the area a topic belongs to, and leaves it out when absent", () => {
    expect(
      parseTopicFile("m", good.replace("order: 10\n", "area: efficiency\norder: 10\n")).area,
    ).toBe("efficiency");
    expect(parseTopicFile("m", good).area).toBeUndefined();
  });

  it("rejects an area that is not an area file's id, on its line", () => {
    const bad = good.replace("order: 10\n", "order: 10\narea: Computer Vision\n");
    expect(errorOf("x", bad)).toMatch(
      /^content\/topics\/x\.md:5: area: area must be an area file's id/,
    );
  });

  it("defaults order to 100", () => {
    expect(parseTopicFile("m", good.replace("order: 10\n", "")).order).toBe(100);
  });

  it("rejects a file without frontmatter at line 1", () => {
    expect(errorOf("x", "Just text")).toMatch(/^content\/topics\/x\.md:1: expected "---"/);
  });

  it("rejects unclosed frontmatter", () => {
    expect(errorOf("x", "---\nname: A\n")).toMatch(
      /^content\/topics\/x\.md:1: frontmatter is not closed/,
    );
  });

  it("points at the line of a YAML syntax error", () => {
    const bad = good.replace("order: 10", "order: [10");
    expect(errorOf("x", bad)).toMatch(/^content\/topics\/x\.md:\d+: YAML: /);
  });

  it("points at the field the schema rejects", () => {
    expect(errorOf("x", good.replace('"task arithmetic": 4', '"task arithmetic": -1'))).toMatch(
      /^content\/topics\/x\.md:7: terms\.task arithmetic: /,
    );
    expect(errorOf("x", good.replace("order: 10", "order: ten"))).toMatch(
      /^content\/topics\/x\.md:4: order: /,
    );
  });

  it("reports a missing required field", () => {
    expect(errorOf("x", good.replace("name: Model merging\n", ""))).toMatch(
      /^content\/topics\/x\.md:\d+: name: /,
    );
  });

  it("rejects two terms that stem alike, at the second one's line", () => {
    const bad = good.replace("  merge: 3\n", "  merge: 3\n  merging: 2\n");
    expect(errorOf("x", bad)).toBe(
      'content/topics/x.md:7: terms: "merging" matches the same words as "merge"',
    );
  });

  it('tells an exact "=" term from a stemmed one, but not two exact spellings of one word', () => {
    const both = good.replace("  merge: 3\n", '  merge: 3\n  "=merging": 2\n');
    expect(parseTopicFile("x", both).terms).toEqual({
      merge: 3,
      "=merging": 2,
      "task arithmetic": 4,
    });
    const twice = good.replace("  merge: 3\n", '  "=merge": 3\n  "=merges": 2\n');
    expect(errorOf("x", twice)).toBe(
      'content/topics/x.md:7: terms: "=merges" matches the same words as "=merge"',
    );
  });

  it("reads the words a topic requires, and rejects an empty list or a word-less entry", () => {
    const withRequires = good.replace("terms:\n", 'requires: ["image", "=frames"]\nterms:\n');
    expect(parseTopicFile("x", withRequires).requires).toEqual(["image", "=frames"]);
    expect(parseTopicFile("x", good).requires).toBeUndefined();
    expect(errorOf("x", good.replace("terms:\n", "requires: []\nterms:\n"))).toMatch(
      /^content\/topics\/x\.md:5: requires: /,
    );
    expect(errorOf("x", good.replace("terms:\n", 'requires: ["image", "--"]\nterms:\n'))).toBe(
      'content/topics/x.md:5: requires: "--" has no words to match',
    );
  });

  it("rejects a term without words", () => {
    expect(errorOf("x", good.replace("  merge: 3", '  "--": 3'))).toBe(
      'content/topics/x.md:6: terms: "--" has no words to match',
    );
  });

  it("rejects an empty description at the line after the frontmatter", () => {
    expect(errorOf("x", good.replace("Papers on merging trained models.\n", ""))).toBe(
      "content/topics/x.md:9: the description (text after the frontmatter) is empty",
    );
  });

  it("rejects an id that cannot be a URL", () => {
    expect(errorOf("Model Merging", good)).toMatch(/must be lowercase kebab-case/);
  });
});
