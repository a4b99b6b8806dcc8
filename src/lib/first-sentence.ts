/**
 * The first sentence of an abstract, for list rows: enough for a reader to decide whether to open
 * the paper, short enough that a list of 50 stays light (every list repeats it, issue 15).
 * Pure (a cache aside), so it is unit-tested and cheap to run for every row of every list.
 */

import { memoized } from "./memo.ts";

/** Longest first sentence a row shows, in characters; longer ones are cut at a word. */
export const SENTENCE_MAX = 200;

/**
 * Words ending in a full stop that do not end a sentence (compared lower-case, without leading
 * brackets or quotes). Abstracts cite figures, equations and prior work mid-sentence.
 */
const ABBREVIATIONS = new Set([
  "e.g.",
  "i.e.",
  "cf.",
  "etc.",
  "vs.",
  "al.",
  "approx.",
  "resp.",
  "fig.",
  "figs.",
  "eq.",
  "eqs.",
  "sec.",
  "secs.",
  "tab.",
  "no.",
  "nos.",
  "ref.",
  "refs.",
  "ch.",
  "thm.",
  "lem.",
  "prop.",
  "def.",
  "alg.",
  "app.",
  "appx.",
  "dr.",
  "mr.",
  "ms.",
  "prof.",
  "st.",
  "inc.",
  "ltd.",
  "co.",
  "jr.",
  "sr.",
  "viz.",
  "ca.",
  "incl.",
  "w.r.t.",
  "a.k.a.",
  "u.s.",
]);

/**
 * A build renders each paper's row in about ten lists, and the scan showed in its profile (1.5 s
 * at 10,000 papers): rows use the default length, so that one is kept per abstract.
 */
const defaultFirstSentence = memoized((text) => computeFirstSentence(text, SENTENCE_MAX), 200_000);

/** The first sentence of `text` (whitespace collapsed), cut at a word with "…" past `max`. */
export function firstSentence(text: string, max = SENTENCE_MAX): string {
  return max === SENTENCE_MAX ? defaultFirstSentence(text) : computeFirstSentence(text, max);
}

function computeFirstSentence(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = sentenceEnd(flat);
  return cutAtWord(flat.slice(0, end).trim(), max);
}

/**
 * Index just past the end of the first sentence: a `.`, `!` or `?` (with any closing quotes or
 * brackets) followed by a space and something that can start a sentence, outside `$…$` math and
 * not after an abbreviation or an initial. The whole text when no such end is found.
 */
function sentenceEnd(text: string): number {
  let inMath = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "$" && text[i - 1] !== "\\") {
      inMath = !inMath;
      continue;
    }
    if (inMath || (ch !== "." && ch !== "!" && ch !== "?")) continue;
    let after = i + 1;
    while (after < text.length && /[)\]"'”’»]/.test(text[after] ?? "")) after++;
    if (after >= text.length) return text.length;
    // "3.5", "arXiv.org", "v1.2": a stop not followed by a space is inside a word or number.
    if (text[after] !== " ") continue;
    const next = text[after + 1] ?? "";
    // A sentence starts with a capital, a digit, a quote or bracket, or math; "e.g. the" goes on.
    if (!/[\p{Lu}\p{N}"'“‘([$]/u.test(next)) continue;
    if (ch === "." && !endsSentence(text.slice(0, i + 1))) continue;
    return after;
  }
  return text.length;
}

/**
 * Whether a full stop ending `head` ends a sentence (not "e.g.", "et al.", "Fig.", "U.S."). A lone
 * capital does end one: "model B. We" is far more common in abstracts than an initial.
 */
function endsSentence(head: string): boolean {
  const word = (head.slice(head.lastIndexOf(" ") + 1) || head).replace(/^[([{"'“‘]+/, "");
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^(\p{L}\.){2,}$/u.test(word)) return false;
  return true;
}

/**
 * `text` when it fits in `max`, else its longest run of whole words that does, with "…". A cut
 * never ends inside `$…$` math: it backs up to before the unclosed `$`, so no half formula shows.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  if (space > 0) cut = cut.slice(0, space);
  const dollars = (cut.match(/(?<!\\)\$/g) ?? []).length;
  if (dollars % 2 === 1) cut = cut.slice(0, cut.lastIndexOf("$"));
  return `${cut.replace(/[\s,;:.([{-]+$/, "")}…`;
}
