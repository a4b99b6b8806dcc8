import { IngestError } from "./errors.ts";

/**
 * YAML for a page's frontmatter that every YAML reader in use reads back as exactly the values
 * written: Astro's content loader (js-yaml, which reads `2026-04-20` as a Date), the `yaml`
 * package under YAML 1.2 and YAML 1.1 (where `yes`, `off`, `0123` and `1_000` are not strings).
 * Rather than guess which strings some reader takes for something else, every string is written
 * double-quoted; a JSON string is a valid YAML double-quoted scalar in both versions once the
 * characters YAML does not allow raw (C1 controls, line and paragraph separators, BOM,
 * non-characters) are escaped too. Handles the shapes frontmatter has: strings, non-negative
 * integers, lists of strings, lists of lists of strings and lists of flat string records; anything else is a bug.
 */

/** Characters JSON leaves raw but YAML 1.1/1.2 forbid or treat as line breaks in a scalar. */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** One string as a double-quoted scalar, the same for YAML 1.1 and 1.2. */
export function quoted(s: string): string {
  return JSON.stringify(s).replace(
    YAML_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function isFlatRecord(x: unknown): x is Record<string, string> {
  return (
    typeof x === "object" &&
    x !== null &&
    !Array.isArray(x) &&
    Object.keys(x).length > 0 &&
    Object.entries(x).every(([k, v]) => KEY.test(k) && typeof v === "string")
  );
}

/** Keys are the schema's field names (lowerCamelCase words), never quoted. */
const KEY = /^[a-z][A-Za-z]*$/;

function unsupported(key: string): never {
  throw new IngestError(
    "src/schema/paper.ts",
    1,
    `frontmatter field "${key}" has a shape ingest does not write`,
  );
}

/** The lines of one `key: value` entry. */
function entry(key: string, value: unknown): string {
  if (!KEY.test(key)) unsupported(key);
  if (typeof value === "string") return `${key}: ${quoted(value)}\n`;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value < 0) unsupported(key);
    return `${key}: ${value}\n`;
  }
  if (!Array.isArray(value)) return unsupported(key);
  if (value.length === 0) return `${key}: []\n`;
  let out = `${key}:\n`;
  for (const item of value) {
    if (typeof item === "string") out += `  - ${quoted(item)}\n`;
    else if (Array.isArray(item)) {
      // A list of lists of strings (the phrases each related paper shares).
      if (item.length === 0) out += "  - []\n";
      for (const [i, s] of item.entries()) {
        if (typeof s !== "string") unsupported(key);
        out += `${i === 0 ? "  - - " : "    - "}${quoted(s)}\n`;
      }
    } else if (isFlatRecord(item)) {
      let first = true;
      for (const [k, v] of Object.entries(item)) {
        out += `${first ? "  - " : "    "}${k}: ${quoted(v)}\n`;
        first = false;
      }
    } else unsupported(key);
  }
  return out;
}

/** Frontmatter YAML for `data`; keys are written in insertion order, `undefined` ones left out. */
export function frontmatterYaml(data: Readonly<Record<string, unknown>>): string {
  let out = "";
  for (const [key, value] of Object.entries(data))
    if (value !== undefined) out += entry(key, value);
  return out;
}
