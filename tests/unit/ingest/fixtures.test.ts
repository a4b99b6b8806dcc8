/**
 * Fixture folders: `tests/fixtures/ingest/<case>/input/*.txt` are digests as curators save them,
 * `expected/` what ingest makes of them (every page, `_digests.json`, and `messages.txt` with
 * the warnings and errors as printed). `UPDATE=1 npx vitest run tests/unit/ingest/fixtures.test.ts`
 * rewrites `expected/` from the current code; review the diff before committing it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "astro/markdown";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatWarning } from "../../../src/ingest/errors.ts";
import { runIngest } from "../../../src/ingest/pipeline.ts";
import { digestSchema, paperFrontmatterSchema } from "../../../src/schema/paper.ts";

const ROOT = join(import.meta.dirname, "../../fixtures/ingest");
/** The build date of every fixture run. */
const TODAY = "2026-12-02";
const UPDATE = process.env.UPDATE === "1";

/** What ingest makes of one case's input, as files. */
function output(name: string): Map<string, string> {
  const dir = join(ROOT, name, "input");
  const digests = readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => ({ path: `${name}/${n}`, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
  const r = runIngest({ today: TODAY, digests });
  const files = new Map(r.pages.map((p) => [p.file, p.content]));
  if (r.digestsJson) files.set("_digests.json", r.digestsJson);
  const messages = [...r.warnings.map(formatWarning), ...r.errors.map((e) => e.message)];
  files.set("messages.txt", messages.map((m) => `${m}\n`).join(""));
  return files;
}

function readExpected(name: string): Map<string, string> {
  const dir = join(ROOT, name, "expected");
  return new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), "utf8")]));
}

const cases = readdirSync(ROOT).sort();

describe.each(cases)("fixture %s", (name) => {
  const actual = output(name);
  if (UPDATE) {
    const dir = join(ROOT, name, "expected");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [file, content] of actual) writeFileSync(join(dir, file), content);
  }
  const expected = readExpected(name);

  it("gives exactly the expected pages, digests and messages", () => {
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) expect(actual.get(file), file).toBe(content);
  });

  it("writes pages that Astro's content loader and YAML 1.1 read back alike, valid by the schema", () => {
    for (const [file, content] of actual) {
      if (!file.endsWith(".md")) continue;
      const astro = parseFrontmatter(content).frontmatter;
      const yaml11 = parse(/^---\n([\s\S]*?)---\n/.exec(content)?.[1] ?? "", { version: "1.1" });
      expect(astro, file).toEqual(yaml11);
      expect(paperFrontmatterSchema.safeParse(astro).success, file).toBe(true);
    }
    const digests = actual.get("_digests.json");
    if (digests) digestSchema.array().parse(JSON.parse(digests));
  });
});
