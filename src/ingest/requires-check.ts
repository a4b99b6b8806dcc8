import type { TopicDefinition } from "./enrich.ts";
import { singular, stemPhrase, type TokenizedPaper, tokenize } from "./text/index.ts";
import { EXACT } from "./topics.ts";

/**
 * A required word matches by stem, so it can pass for a shorter or other word: "agentic" (stem
 * `agent`) for every paper that says "agents", "developer" for "development", "meaning" for a
 * statistical "mean", "mapping" for "feature maps". The topic's `requires` filter is then
 * always true and stops nothing. This finds such words on the shelf being built, so that a
 * curator learns of it from the build, not from a wrong topic page months later.
 */

/** A required word flagged when at least this many papers pass it on other words alone... */
export const BROAD_MIN_PAPERS = 20;
/** ...and they are at least this share of all papers that pass it. */
export const BROAD_MIN_SHARE = 0.25;

export interface BroadRequiredWord {
  topic: string;
  /** The required word as written (singular), with any of the topic's words of the same stem. */
  words: string[];
  /** Written forms that matched the stem but are no form of a word the curator wrote. */
  others: string[];
  /** Papers that pass the word on those other forms alone / papers that pass it at all. */
  otherPapers: number;
  papers: number;
}

/** True when `form` is a spelling of `word` (plural, "-ed", "-ing" or longer), not a shorter word. */
function isFormOf(form: string, word: string): boolean {
  const f = singular(form);
  let common = 0;
  while (common < word.length && f[common] === word[common]) common += 1;
  // "accelerating" for "accelerate" shares all but the last letter; "agent" for "agentic" does not.
  return common >= word.length - 1;
}

/**
 * Single required words written without {@link EXACT} whose stem the shelf's papers mostly reach
 * through other words (see {@link BROAD_MIN_PAPERS}, {@link BROAD_MIN_SHARE}). Words of one topic
 * that share a stem ("image", "imaging") are read together. In the order of `topics` and their words.
 */
export function broadRequiredWords(
  papers: readonly TokenizedPaper[],
  topics: readonly TopicDefinition[],
): BroadRequiredWord[] {
  // Per topic and stem, the written words (singular) that require it.
  const groups: { topic: string; stem: string; words: string[] }[] = [];
  for (const t of topics) {
    const byStem = new Map<string, string[]>();
    for (const term of t.requires ?? []) {
      if (term.startsWith(EXACT)) continue;
      const [stem, ...more] = stemPhrase(term);
      const [token] = tokenize(term);
      if (!stem || more.length > 0 || !token) continue;
      const words = byStem.get(stem) ?? [];
      const word = singular(token.norm);
      if (!words.includes(word)) words.push(word);
      byStem.set(stem, words);
    }
    for (const [stem, words] of byStem) groups.push({ topic: t.id, stem, words });
  }
  if (groups.length === 0) return [];

  // One pass over the shelf: per stem, the written forms each paper uses.
  const wanted = new Set(groups.map((g) => g.stem));
  const formsByStem = new Map<string, Set<string>[]>();
  for (const p of papers) {
    const seen = new Map<string, Set<string>>();
    for (const token of [...p.titleTokens, ...p.abstractTokens]) {
      if (!wanted.has(token.stem)) continue;
      const forms = seen.get(token.stem) ?? new Set<string>();
      forms.add(token.norm);
      seen.set(token.stem, forms);
    }
    for (const [stem, forms] of seen) {
      const list = formsByStem.get(stem) ?? [];
      list.push(forms);
      formsByStem.set(stem, list);
    }
  }

  const flagged: BroadRequiredWord[] = [];
  for (const g of groups) {
    const perPaper = formsByStem.get(g.stem) ?? [];
    const intended = (form: string) => g.words.some((w) => isFormOf(form, w));
    const others = new Map<string, number>();
    let otherPapers = 0;
    for (const forms of perPaper) {
      if ([...forms].some(intended)) continue;
      otherPapers += 1;
      for (const f of forms) others.set(f, (others.get(f) ?? 0) + 1);
    }
    if (otherPapers < BROAD_MIN_PAPERS || otherPapers < BROAD_MIN_SHARE * perPaper.length) continue;
    flagged.push({
      topic: g.topic,
      words: g.words,
      others: [...others]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3)
        .map(([f]) => f),
      otherPapers,
      papers: perPaper.length,
    });
  }
  return flagged;
}

/** The curator's message for one flagged word. */
export function describeBroadWord(w: BroadRequiredWord): string {
  const quoted = (list: readonly string[]) => list.map((f) => `"${f}"`).join(", ");
  return (
    `requires: ${quoted(w.words)} also matches ${quoted(w.others)} (same stem): ${w.otherPapers} ` +
    `of the ${w.papers} papers that pass it say only those; write ${quoted(w.words.map((x) => `=${x}`))} ` +
    "to require the word as written"
  );
}
