/**
 * Pagefind excerpts are HTML: page text with `<`/`>` escaped and matches wrapped in `<mark>`.
 * Rather than trusting that string with `innerHTML`, it is split here into plain-text segments
 * that the browser inserts with `textContent`, so nothing from a digest can ever become markup.
 * Pure.
 */

export interface Segment {
  text: string;
  /** True for a matched word (shown highlighted). */
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Decodes the named and numeric character references Pagefind and HTML text may contain. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X"
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into text and highlighted segments. Only `<mark>`/`</mark>` are read as tags;
 * any other `<…>` stays literal text. Adjacent segments of the same kind are merged.
 */
export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === "<mark>") mark = true;
    else if (tag === "</mark>") mark = false;
    else if (part !== "") {
      const text = decodeEntities(part);
      const last = segments.at(-1);
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}
