import { stringify } from "yaml";

/**
 * YAML for a page's frontmatter, byte for byte what `yaml`'s `stringify(data, OPTIONS)` gives,
 * without building a YAML document per page (that was a third of rendering 10,000 pages).
 * Handles the shapes frontmatter has: strings, non-negative integers, lists of strings, lists of
 * lists of strings and lists of flat string records. Anything else, and any string that could need a block scalar,
 * goes to `yaml` itself. Tested against `yaml` on random data (tests/unit/ingest/yaml-frontmatter).
 */
export const YAML_OPTIONS = { lineWidth: 0, sortMapEntries: false } as const;

/** Strings `yaml` writes as they are (checked by property test): start with a letter, no `:` or `#`. */
const PLAIN_TEXT = /^[A-Za-z][A-Za-z0-9 ,.'()/+=%-]*$/;
/** Slug-like strings: plain unless YAML's core schema reads them as a number. */
const PLAIN_WORD = /^[a-z0-9][a-z0-9-]*$/;
const NUMBER_LIKE = /^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-f]+|[0-9]+e[-+]?[0-9]+)$/;
/** Core-schema booleans and nulls (any case, to be safe). */
const RESERVED = /^(?:true|false|null|~)$/i;

const quoted = new Map<string, string>();

/** How `yaml` writes one string as a block-context value. */
function scalar(s: string): string {
  if (
    ((PLAIN_TEXT.test(s) && !s.endsWith(" ")) || (PLAIN_WORD.test(s) && !NUMBER_LIKE.test(s))) &&
    !RESERVED.test(s)
  )
    return s;
  let r = quoted.get(s);
  if (r === undefined) {
    r = stringify({ k: s }, YAML_OPTIONS).slice(3, -1);
    if (quoted.size < 100_000) quoted.set(s, r);
  }
  return r;
}

/** Strings that could become block scalars (or otherwise depend on indentation). */
const MULTILINE = /[\n\r\u0085\u2028\u2029]/;

type Flat = Record<string, unknown>;

function isFlatRecord(x: unknown): x is Flat {
  return (
    typeof x === "object" &&
    x !== null &&
    !Array.isArray(x) &&
    Object.keys(x).length > 0 &&
    Object.values(x).every((v) => typeof v === "string" && !MULTILINE.test(v))
  );
}

/** The lines of one `key: value` entry, or undefined when the value needs the full serialiser. */
function entry(key: string, value: unknown): string | undefined {
  if (typeof value === "string")
    return MULTILINE.test(value) ? undefined : `${key}: ${scalar(value)}\n`;
  if (typeof value === "number")
    return Number.isSafeInteger(value) && value >= 0 ? `${key}: ${value}\n` : undefined;
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return `${key}: []\n`;
  let out = `${key}:\n`;
  for (const item of value) {
    if (typeof item === "string") {
      if (MULTILINE.test(item)) return undefined;
      out += `  - ${scalar(item)}\n`;
    } else if (Array.isArray(item)) {
      if (item.length === 0) out += "  - []\n";
      for (let i = 0; i < item.length; i++) {
        const s = item[i];
        if (typeof s !== "string" || MULTILINE.test(s)) return undefined;
        out += `${i === 0 ? "  - - " : "    - "}${scalar(s)}\n`;
      }
    } else if (isFlatRecord(item)) {
      let first = true;
      for (const [k, v] of Object.entries(item)) {
        out += `${first ? "  - " : "    "}${k}: ${scalar(v as string)}\n`;
        first = false;
      }
    } else return undefined;
  }
  return out;
}

/** `stringify(data, YAML_OPTIONS)` for frontmatter; keys are written in insertion order. */
export function frontmatterYaml(data: Readonly<Record<string, unknown>>): string {
  let out = "";
  for (const [key, value] of Object.entries(data)) {
    const lines = /^[a-z][A-Za-z]*$/.test(key) ? entry(key, value) : undefined;
    if (lines === undefined) return stringify(data, YAML_OPTIONS);
    out += lines;
  }
  return out === "" ? stringify(data, YAML_OPTIONS) : out;
}
