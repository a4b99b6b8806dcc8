import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import { topicSchema } from "../schema/topic.ts";
import type { TopicDefinition } from "./enrich.ts";
import { IngestError } from "./errors.ts";
import { compileTerm } from "./topics.ts";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parses one hand-written topic file (`content/topics/<id>.md`: YAML frontmatter per
 * `src/schema/topic.ts`, body = description). Pure; the CLI does the reading.
 * @throws IngestError `content/topics/<id>.md:<line>: message` for anything a curator must fix:
 * no frontmatter, YAML syntax, a field the schema rejects, a term (or a required word) with no
 * words, two terms that stem alike ("merge" and "merging"), an empty description.
 */
export function parseTopicFile(id: string, text: string): TopicDefinition {
  const file = `content/topics/${id}.md`;
  const fail = (line: number, message: string): never => {
    throw new IngestError(file, line, message);
  };
  if (!ID.test(id)) fail(1, `topic id "${id}" must be lowercase kebab-case (it becomes a URL)`);
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  if (lines[0]?.trim() !== "---")
    fail(1, 'expected "---" on the first line to open the frontmatter');
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (close < 0) fail(1, 'frontmatter is not closed: add a "---" line after it');

  const yamlText = lines.slice(1, close).join("\n");
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  // Frontmatter line n (1-based within the YAML) is file line n + 1.
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  const firstError = doc.errors[0];
  if (firstError) fail(lineAt(firstError.pos[0]), `YAML: ${firstError.message.split("\n")[0]}`);

  const data: unknown = doc.toJS() ?? {};
  const parsed = topicSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map((p) => (typeof p === "symbol" ? String(p) : p));
    const node = nodeAt(doc.contents as Node | null, path);
    const where = path.length ? `${path.join(".")}: ` : "";
    return fail(node ? lineAt(node.range?.[0] ?? 0) : 2, `${where}${issue?.message ?? "invalid"}`);
  }
  const topic = parsed.data;

  // Terms are matched on stems, so two spellings of one stem would count twice.
  const seen = new Map<string, string>();
  for (const term of Object.keys(topic.terms)) {
    const line = lineOfKey(doc.contents as Node | null, ["terms", term], lineAt);
    // An exact term ("=indic") is told apart by its written forms, not its stems.
    const compiled = compileTerm(term, 1);
    const stems = compiled.forms ? `=${compiled.forms.join(" ")}` : compiled.stems.join(" ");
    if (stems === "") fail(line, `terms: "${term}" has no words to match`);
    const before = seen.get(stems);
    if (before !== undefined) fail(line, `terms: "${term}" matches the same words as "${before}"`);
    seen.set(stems, term);
  }

  for (const term of topic.requires ?? []) {
    if (compileTerm(term, 1).stems.length === 0)
      fail(
        lineOfKey(doc.contents as Node | null, ["requires"], lineAt),
        `requires: "${term}" has no words to match`,
      );
  }

  const description = lines
    .slice(close + 1)
    .join("\n")
    .trim();
  if (description === "") fail(close + 2, "the description (text after the frontmatter) is empty");
  return { ...topic, id, description };
}

/** The YAML node at a key path, or undefined. */
function nodeAt(root: Node | null, path: readonly (string | number)[]): Node | undefined {
  let node: Node | null | undefined = root;
  for (const key of path) {
    if (!isMap(node)) return node ?? undefined;
    const found: unknown = node.items.find(
      (p) => isPair(p) && isScalar(p.key) && p.key.value === key,
    );
    if (!isPair(found)) return node;
    node = (found.value as Node | null) ?? (found.key as Node);
  }
  return node ?? undefined;
}

/** Line of a key (not its value) at a path, or line 2 when not found. */
function lineOfKey(
  root: Node | null,
  path: readonly string[],
  lineAt: (offset: number) => number,
): number {
  const parent = nodeAt(root, path.slice(0, -1));
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
    const key = pair?.key as Node | undefined;
    if (key?.range) return lineAt(key.range[0]);
  }
  return 2;
}
