import { parseDateLine, parseListingDate } from "./dates.ts";
import { IngestError, type IngestWarning } from "./errors.ts";
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

/** A line that can only belong to a byline block: a count, a `•` byline, the `·`, a date. */
function isMetaLine(text: string): boolean {
  return (
    text === SEPARATOR || BYLINE_COUNT.test(text) || text.startsWith("•") || !!parseDateLine(text)
  );
}

/**
 * True for the byline/date block that closes an entry: `byline`, `·`, `date` as printed, or the
 * same without its `·` line (`• 3 authors` / `Feb 23, 2025`, an organisation over a date, or
 * either alone); never a title, so no paper is ever titled "• 3 authors".
 */
function isMeta(p: Paragraph): boolean {
  if (p.some((l) => l.text === SEPARATOR) || p.every((l) => isMetaLine(l.text))) return true;
  // An organisation line directly over a date line.
  return p.length === 2 && !!parseDateLine(p[1]?.text ?? "") && !parseDateLine(p[0]?.text ?? "");
}

/** Known organisation handle suffixes that the display name leaves out (`deepseek-ai DeepSeek`). */
const HANDLE_SUFFIX = /(?:ai|research|lab|labs|org|inc|hf|team|community)$/;

/** Letters and digits only, lowercased: how a handle and a display name are compared. */
const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * An organisation byline prints the account handle and then the display name
 * ("MediaTek-Research MediaTek Research", "meta-llama Meta Llama", "nvidia NVIDIA",
 * "deepseek-ai DeepSeek"); keep the display name when the handle is the name up to case,
 * punctuation and spacing (or the name plus a suffix such as "ai"), otherwise the whole line.
 */
export function organisationName(line: string): string {
  const words = line.split(" ");
  const handle = fold(words[0] ?? "");
  const name = words.slice(1).join(" ");
  const folded = fold(name);
  if (!name || !folded) return line;
  const same =
    handle === folded ||
    (handle.startsWith(folded) && HANDLE_SUFFIX.test(handle.slice(folded.length)));
  return same ? name : line;
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
 * optional byline block. The byline blocks and blank lines give the structure: the lines between
 * two byline blocks are one or more entries (the last one owns the byline), paired by content.
 * Files without any byline are plain alternating title/abstract lines.
 * @param bodyStart 0-based index of the first line after the chrome.
 */
export function parseLayoutA(
  lines: readonly string[],
  bodyStart: number,
  file: string,
  digest: string,
  warnings: IngestWarning[],
): { listed?: PartialDate; listedLine?: number; entries: RawEntry[] } {
  let start = bodyStart;
  let listed: PartialDate | undefined;
  const first = (lines[start] ?? "").trim();
  const ld = parseListingDate(first);
  if (ld && "error" in ld) throw new IngestError(file, start + 1, ld.error);
  if (ld) {
    listed = ld;
    start++;
  }
  const listedLine = bodyStart + 1;
  const entries: RawEntry[] = [];
  let pending: NumberedLine[] = [];
  const flush = () => {
    entries.push(...pairTitlesAndAbstracts(pending, file, digest, warnings));
    pending = [];
  };
  const paras = paragraphs(lines, start);
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i] as Paragraph;
    if (!isMeta(p)) {
      pending.push(...p);
      continue;
    }
    // A byline and its date split by a blank line are still one block.
    let block = p;
    while (
      i + 1 < paras.length &&
      isMeta(paras[i + 1] as Paragraph) &&
      fitsOneBlock(block, paras[i + 1] as Paragraph)
    )
      block = [...block, ...(paras[++i] as Paragraph)];
    const head = block[0] as NumberedLine;
    if (pending.length === 0)
      throw new IngestError(file, head.no, "byline or date without a title above it");
    const count = entries.length;
    flush();
    Object.assign(entries[entries.length - 1] as RawEntry, parseMeta(block, file));
    if (entries.length === count)
      throw new IngestError(file, head.no, "byline or date without a title above it");
  }
  flush();
  return listed ? { listed, listedLine, entries } : { entries };
}

/** True when two byline paragraphs together still hold at most one byline and one date. */
function fitsOneBlock(a: Paragraph, b: Paragraph): boolean {
  const all = [...a, ...b].filter((l) => l.text !== SEPARATOR);
  const dates = all.filter((l) => !!parseDateLine(l.text)).length;
  return dates <= 1 && all.length - dates <= 1;
}
