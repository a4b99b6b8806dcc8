import { stemmer } from "stemmer";

/** One word of a text, with where it sits so that phrases can be cut back out of the original. */
export interface Token {
  /** The word as written (e.g. "LoRAs", "Merging"). */
  surface: string;
  /** Lowercased, accent- and possessive-free form (what stopword lists compare against). */
  norm: string;
  /** Lowercased Porter stem: "merging", "merged" and "merge" all give "merg". */
  stem: string;
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /**
   * True when punctuation (anything but spaces and hyphens) separates this token from the
   * previous one: phrases never span a sentence or clause break.
   */
  breakBefore: boolean;
}

// Letters and digits of any script; an apostrophe inside a word ("model's") stays with it and is
// dropped by `normaliseWord`. Hyphens split words, so "low-rank" matches the phrase "low rank".
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const ASCII = /^[\x20-\x7e]*$/;

/** True when only spaces and hyphens lie between two words (checked without slicing). */
function joins(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, newline, hyphen-minus, hyphen, non-breaking hyphen, en dash
    if (c !== 32 && c !== 9 && c !== 10 && c !== 45 && c !== 0x2010 && c !== 0x2011 && c !== 0x2013)
      return false;
  }
  return true;
}

/** Lowercase, strip accents and possessives: the form that gets stemmed. */
export function normaliseWord(word: string): string {
  // Fast path: most words are plain ASCII and need no Unicode decomposition.
  if (ASCII.test(word)) return word.toLowerCase().replace(/'s?$/, "");
  return word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]s?$/u, "");
}

const stemCache = new Map<string, string>();

/** Porter stem of an already-normalised word; cached because corpora repeat words heavily. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // Digits and short acronyms ("moe", "kan") stem to themselves; the stemmer leaves them alone.
    s = stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Splits a text into stemmed word tokens, marking clause breaks. Pure. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const norm = normaliseWord(m[0]);
    if (norm === "") continue;
    out.push({
      surface: m[0],
      norm,
      stem: stem(norm),
      start,
      end,
      breakBefore: out.length === 0 || !joins(text, last, start),
    });
    last = end;
  }
  return out;
}

/** The stems of a term or phrase as written in a topic file ("low-rank adaptation" → ["low", "rank", "adapt"]). */
export function stemPhrase(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.stem);
}

/** A paper's text with its tokens, computed once and shared by every step of `enrich`. */
export interface TokenizedPaper {
  title: string;
  abstract: string;
  titleTokens: Token[];
  abstractTokens: Token[];
}

/** Tokenizes title and abstract. */
export function tokenizePaper(p: { title: string; abstract: string }): TokenizedPaper {
  return {
    title: p.title,
    abstract: p.abstract,
    titleTokens: tokenize(p.title),
    abstractTokens: tokenize(p.abstract),
  };
}
