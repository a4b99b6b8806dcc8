import { IngestError, type IngestWarning } from "./errors.ts";

/** A line of text with its 1-based line number in the file. */
export interface NumberedLine {
  text: string;
  no: number;
}

/**
 * How much a line reads like an abstract rather than a title, 0–3: it ends with a full stop,
 * it has a sentence boundary inside, it is paragraph-long. Titles score 0 or 1 (a 400-character
 * title, a title with "vs. Humans"), abstracts 2–3; a one-sentence note ("This paper has been
 * withdrawn.") still ends with a full stop.
 */
export function abstractness(text: string): number {
  let score = 0;
  if (/\.["'”’)\]]*$/.test(text)) score++;
  // Only a full stop: titles ask questions ("When Does It Help? A Study").
  if (/[a-z0-9)\]]\.["'”’)]*\s+[A-Z]/.test(text)) score++;
  if (text.length >= 250) score++;
  return score;
}

/**
 * The cost of reading `title` and `abstract` as one entry: 0 for a typical pair, about 1 for a
 * one-sentence note under a long title, 2.5 or more when the "abstract" reads like a title.
 */
function pairCost(title: string, abstract: string): number {
  const a = abstractness(abstract);
  let cost = abstractness(title) + (a === 0 ? 2 : (3 - a) / 4);
  if (abstract.length < title.length) cost += 0.5;
  return cost;
}

/** A line that belongs to no entry (a title that lost its abstract, or the reverse). */
const LONE_COST = 4;
/** A pair costs this much when its abstract does not read like one: worth a warning. */
const DOUBTFUL = 2.5;

/**
 * Pairs title and abstract lines (layout B, layout A between bylines) by content. The listing
 * alternates title and abstract, so alternation is the reading unless the text contradicts it:
 * each pair is scored by how title-like its first line and how abstract-like its second is,
 * and the cheapest reading of the whole run wins, where a line left without a partner costs
 * more than any plausible pair. A short abstract therefore never shifts the pairing (shifting
 * would need two lone lines), but an abstract in a title slot for the rest of the file does.
 * @throws IngestError at a title with no abstract or an abstract with no title.
 */
export function pairLines(
  items: readonly NumberedLine[],
  file: string,
  warnings: IngestWarning[],
): { title: NumberedLine; abstract: NumberedLine }[] {
  const n = items.length;
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const step = new Uint8Array(n + 1); // 1 = lone line, 2 = pair ending here
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = cost[i] as number;
    if (here + LONE_COST < (cost[i + 1] as number)) {
      cost[i + 1] = here + LONE_COST;
      step[i + 1] = 1;
    }
    if (i + 1 < n) {
      const c =
        here + pairCost((items[i] as NumberedLine).text, (items[i + 1] as NumberedLine).text);
      if (c < (cost[i + 2] as number)) {
        cost[i + 2] = c;
        step[i + 2] = 2;
      }
    }
  }
  const out: { title: NumberedLine; abstract: NumberedLine }[] = [];
  const lone: NumberedLine[] = [];
  for (let i = n; i > 0; ) {
    if (step[i] === 2) {
      out.push({ title: items[i - 2] as NumberedLine, abstract: items[i - 1] as NumberedLine });
      i -= 2;
    } else lone.push(items[--i] as NumberedLine);
  }
  const first = lone[lone.length - 1];
  if (first) {
    if (abstractness(first.text) >= 2)
      throw new IngestError(
        file,
        first.no,
        "a paragraph that reads like an abstract has no title above it (a line is missing)",
      );
    throw new IngestError(file, first.no, `truncated entry: title "${first.text}" has no abstract`);
  }
  out.reverse();
  for (const { title, abstract } of out) {
    if (pairCost(title.text, abstract.text) >= DOUBTFUL)
      warnings.push({
        file,
        line: title.no,
        message: `title "${clip(title.text)}" is paired with line ${abstract.no} ("${clip(abstract.text)}"), which does not read like its abstract; check that no line is missing`,
      });
  }
  return out;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
