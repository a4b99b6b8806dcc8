import { parseDateLine, parseListingDate } from "./dates.ts";
import { IngestError } from "./errors.ts";
import { looksLikeAbstract } from "./layout.ts";
import { type NumberedLine, pairTitlesAndAbstracts, squash } from "./parse-b.ts";
import type { PartialDate, RawEntry } from "./types.ts";

const BYLINE_COUNT = /^•\s*(\d+)\s+authors?$/;
const SEPARATOR = "·";

/** A run of non-blank lines. */
type Paragraph = NumberedLine[];

function paragraphs(lines: readonly string[], start: number): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph = [];
  for (let i = start; i < lines.length; i++) {
    const text = (lines[i] ?? "").trim();
    if (text === "") {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push({ text, no: i + 1 });
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Byline + date block: `• 3 authors` / organisation, `·`, `Feb 23, 2025 [upvotes]`. */
interface Meta {
  authors?: number;
  organization?: string;
  published?: PartialDate;
  upvotes?: number;
}

/** True for the byline/date block that closes an entry. */
function isMeta(p: Paragraph): boolean {
  return (
    p.some((l) => l.text === SEPARATOR) ||
    (p.length === 1 && (BYLINE_COUNT.test(p[0]?.text ?? "") || !!parseDateLine(p[0]?.text ?? "")))
  );
}

/**
 * An organisation byline prints the account handle and then the display name
 * ("MediaTek-Research MediaTek Research"); keep the display name when the handle is exactly
 * the name with hyphens for spaces, otherwise keep the line as it is.
 */
export function organisationName(line: string): string {
  const words = line.split(" ");
  const handle = words[0] ?? "";
  const name = words.slice(1).join(" ");
  return name && handle === name.replace(/ /g, "-") ? name : line;
}

function parseMeta(p: Paragraph, file: string): Meta {
  const sep = p.findIndex((l) => l.text === SEPARATOR);
  const before = sep < 0 ? p.filter((l) => !parseDateLine(l.text)) : p.slice(0, sep);
  const after = sep < 0 ? p.filter((l) => !!parseDateLine(l.text)) : p.slice(sep + 1);
  if (before.length > 1 || after.length > 1) {
    throw new IngestError(
      file,
      p[0]?.no ?? 1,
      "unexpected byline block (expected byline, ·, date)",
    );
  }
  const meta: Meta = {};
  const by = before[0];
  if (by) {
    const text = by.text.replace(/^•\s*/, "");
    const count = BYLINE_COUNT.exec(by.text);
    if (count) meta.authors = Number(count[1]);
    else if (text) meta.organization = organisationName(squash(text));
  }
  const dl = after[0];
  if (dl) {
    const parsed = parseDateLine(dl.text);
    if (!parsed)
      throw new IngestError(file, dl.no, `expected a date like "Feb 23, 2025", found "${dl.text}"`);
    if ("error" in parsed) throw new IngestError(file, dl.no, parsed.error);
    meta.published = parsed.date;
    if (parsed.upvotes !== undefined) meta.upvotes = parsed.upvotes;
  }
  return meta;
}

/**
 * Layout A: chrome, the listing date, then entries `title`, blank, `abstract`, blank and an
 * optional byline block. Files without any byline are plain alternating title/abstract lines.
 * @param bodyStart 0-based index of the first line after the chrome.
 */
export function parseLayoutA(
  lines: readonly string[],
  bodyStart: number,
  file: string,
  digest: string,
): { listed?: PartialDate; entries: RawEntry[] } {
  let start = bodyStart;
  let listed: PartialDate | undefined;
  const first = (lines[start] ?? "").trim();
  const ld = parseListingDate(first);
  if (ld && "error" in ld) throw new IngestError(file, start + 1, ld.error);
  if (ld) {
    listed = ld;
    start++;
  }
  const paras = paragraphs(lines, start);
  const entries: RawEntry[] = [];
  const result = () => (listed ? { listed, entries } : { entries });
  if (!paras.some(isMeta)) {
    // No bylines at all: every paragraph is one line, titles and abstracts alternate.
    const flat = paras.flat();
    entries.push(...pairTitlesAndAbstracts(flat, file, digest));
    return result();
  }
  for (let i = 0; i < paras.length; ) {
    const p = paras[i] as Paragraph;
    const head = p[0] as NumberedLine;
    if (isMeta(p)) throw new IngestError(file, head.no, "byline or date without a title above it");
    const prev = entries[entries.length - 1];
    if (looksLikeAbstract(head.text) && prev) {
      // The previous entry took this entry's title as its abstract: its own abstract is missing.
      throw new IngestError(
        file,
        prev.line,
        `truncated entry: title "${prev.title}" has no abstract (line ${head.no} reads like an abstract, so a line is missing)`,
      );
    }
    if (p.length > 2)
      throw new IngestError(
        file,
        head.no,
        `expected a title line, found ${p.length} lines without a blank line between them`,
      );
    // A title glued to its abstract (blank line lost) is still unambiguous.
    let abstract: NumberedLine | undefined = p[1];
    let next = i + 1;
    if (!abstract) {
      const q = paras[next];
      if (!q || isMeta(q)) {
        throw new IngestError(
          file,
          head.no,
          `truncated entry: title "${squash(head.text)}" has no abstract`,
        );
      }
      if (q.length > 1)
        throw new IngestError(file, q[0]?.no ?? head.no, "expected a one-line abstract");
      abstract = q[0];
      next++;
    }
    const entry: RawEntry = {
      digest,
      file,
      line: head.no,
      title: squash(head.text),
      abstract: squash((abstract as NumberedLine).text),
    };
    const m = paras[next];
    if (m && isMeta(m)) {
      Object.assign(entry, parseMeta(m, file));
      next++;
    }
    entries.push(entry);
    i = next;
  }
  return result();
}
