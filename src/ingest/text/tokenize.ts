import { stemmer } from "stemmer";
import { isStopword } from "./stopwords.ts";

/** One word of a text, with where it sits so that phrases can be cut back out of the original. */
export interface Token {
  /** The word as written (e.g. "LoRAs", "Merging"). */
  surface: string;
  /** Lowercased, accent- and possessive-free form (what stopword lists compare against). */
  norm: string;
  /** Lowercased Porter stem: "merging", "merged" and "merge" all give "merg". */
  stem: string;
  /**
   * A number for `stem`, the same for every token in this process: lets counting steps key
   * typed arrays and maps by number instead of by string. Ids follow first appearance, so they
   * are only ever keys, never an order (anything ordered sorts by `stem`).
   */
  stemId: number;
  /** `isStopword(norm)`, computed once per distinct word. */
  stop: boolean;
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

/** What a written word turns into; shared by every occurrence of that spelling. */
interface Word {
  norm: string;
  stem: string;
  stemId: number;
  stop: boolean;
}

const stemIds = new Map<string, number>();
/** Written form → its normalised word. Bounded so that a huge corpus cannot grow it forever. */
const words = new Map<string, Word | null>();
const WORD_CACHE_LIMIT = 1_000_000;

/** The interned id of a stem (see {@link Token.stemId}). */
export function stemIdOf(s: string): number {
  let id = stemIds.get(s);
  if (id === undefined) {
    id = stemIds.size;
    stemIds.set(s, id);
  }
  return id;
}

/** Normalises, stems and classifies a written word once per distinct spelling; null if empty. */
function wordOf(surface: string): Word | null {
  let w = words.get(surface);
  if (w === undefined) {
    const norm = normaliseWord(surface);
    if (norm === "") w = null;
    else {
      const st = stem(norm);
      w = { norm, stem: st, stemId: stemIdOf(st), stop: isStopword(norm) };
    }
    if (words.size < WORD_CACHE_LIMIT) words.set(surface, w);
  }
  return w;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const letterOrDigitCache = new Map<number, boolean>();
const letterCache = new Map<number, boolean>();

function classify(cp: number, re: RegExp, cache: Map<number, boolean>): boolean {
  let r = cache.get(cp);
  if (r === undefined) {
    r = re.test(String.fromCodePoint(cp));
    cache.set(cp, r);
  }
  return r;
}

/** `\p{L}` or `\p{N}`, ASCII without a lookup. */
function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return classify(cp, LETTER_OR_DIGIT, letterOrDigitCache);
}

/** `\p{L}`, ASCII without a lookup. */
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return classify(cp, LETTER, letterCache);
}

/** UTF-16 length of the code point at `i`. */
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * End of the word starting at `start`: letters and digits of any script; an apostrophe inside a
 * word ("model's") stays with it (followed by letters only) and is dropped by `normaliseWord`.
 * Hyphens split words, so "low-rank" matches the phrase "low rank". A hand-written scanner for
 * `/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/u`: the regex allocated a match object per word.
 */
function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (!isWordChar(cp)) break;
    i += width(cp);
  }
  const q = text.charCodeAt(i);
  if (q === 39 || q === 0x2019) {
    let j = i + 1;
    while (j < text.length) {
      const cp = text.codePointAt(j) as number;
      if (!isLetter(cp)) break;
      j += width(cp);
    }
    if (j > i + 1) i = j;
  }
  return i;
}

/** Splits a text into stemmed word tokens, marking clause breaks. Pure. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (!isWordChar(cp)) {
      i += width(cp);
      continue;
    }
    const start = i;
    const end = wordEnd(text, start);
    i = end;
    const surface = text.slice(start, end);
    const w = wordOf(surface);
    if (w === null) continue;
    out.push({
      surface,
      norm: w.norm,
      stem: w.stem,
      stemId: w.stemId,
      stop: w.stop,
      start,
      end,
      breakBefore: out.length === 0 || !joins(text, last, start),
    });
    last = end;
  }
  return out;
}

/**
 * A word without its plural ending ("demonstrations" → "demonstration", "patches" → "patch",
 * "studies" → "study"): the gentle form exact topic terms match on, so that "indic" does not
 * match "indicate" nor "demonstrations" "demonstrate", as their shared Porter stem would.
 */
export function singular(norm: string): string {
  if (norm.length > 4 && norm.endsWith("ies")) return `${norm.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(norm)) return norm.slice(0, -2);
  if (norm.length > 3 && norm.endsWith("s") && !/(?:ss|us|is)$/.test(norm))
    return norm.slice(0, -1);
  return norm;
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
