import { compareCodeUnits } from "../lib/compare.ts";
import { IngestError } from "./errors.ts";
import { isNumberWithUnit, meaninglessWord, titleNameStem } from "./phrase-meaning.ts";
import type { Token, TokenizedPaper } from "./text/index.ts";

/** Tuning of {@link keyphrases}. */
export interface KeyphraseOptions {
  /** At most this many per paper. Default 5. */
  max: number;
  /** At least this many when the paper has enough candidates. Default 3. */
  min: number;
  /** Candidates scoring under this share of the best are dropped (after `min`). Default 0.35. */
  relativeCutoff: number;
  /** Phrases in more than this share of papers are too generic to tag with. Default 0.15. */
  maxDocShare: number;
  /**
   * Per paper, this many of its best phrases that other papers use too (its "pool"): what
   * related papers name as shared and subtopics are named from. Default 12.
   */
  pool: number;
}

export const DEFAULT_KEYPHRASES: KeyphraseOptions = {
  max: 5,
  min: 3,
  relativeCutoff: 0.35,
  maxDocShare: 0.15,
  pool: 12,
};

/** Only "of" may sit inside a phrase ("mixture of experts"); other stopwords break it. */
const INNER = "of";
/** Longer phrases are more specific and read better as tags. */
const LENGTH_BONUS = [0, 1, 1.35, 1.5];

/**
 * Every distinct 1–3-word phrase of the corpus as a small integer: a phrase is its prefix plus
 * one more stem, so ids come from a number-keyed map (prefix id × 2²⁶ + stem id) and no phrase
 * string is built per occurrence. Strings are made once per phrase, and only where a tie or the
 * output needs them.
 */
class Phrases {
  private readonly child = new Map<number, number>();
  /** Per phrase id (index 0 is the empty root): prefix, last stem, length in words. */
  private readonly prefix: number[] = [0];
  private readonly stem: string[] = [""];
  readonly words: number[] = [0];
  /** Stem id of the last word (for one-word phrases, the word's). */
  readonly lastStemId: number[] = [0];
  /** 1 when every word is a number with a unit ("8G", "7B 70B"): never a tag. */
  readonly numeric: number[] = [0];
  private readonly keys: (string | undefined)[] = [""];

  /** The id of `prefix` extended by one stem (created on first use). */
  extend(prefix: number, stemId: number, stem: string): number {
    // 2²⁶ stems × 2²⁷ phrases stay below 2⁵³, where numbers are exact keys.
    if (stemId >= 67_108_864 || prefix >= 134_217_728)
      throw new IngestError("content/papers", 1, "keyphrases: corpus too large");
    const k = prefix * 67_108_864 + stemId;
    let id = this.child.get(k);
    if (id === undefined) {
      id = this.prefix.length;
      this.child.set(k, id);
      this.prefix.push(prefix);
      this.stem.push(stem);
      this.words.push((this.words[prefix] as number) + 1);
      this.lastStemId.push(stemId);
      this.numeric.push(
        (prefix === 0 || this.numeric[prefix] === 1) && isNumberWithUnit(stem) ? 1 : 0,
      );
      this.keys.push(undefined);
    }
    return id;
  }

  /** Stems joined by spaces: the identity of a phrase, e.g. "low rank adapt". */
  key(id: number): string {
    let k = this.keys[id];
    if (k === undefined) {
      const p = this.prefix[id] as number;
      k = p === 0 ? (this.stem[id] as string) : `${this.key(p)} ${this.stem[id]}`;
      this.keys[id] = k;
    }
    return k;
  }

  get size(): number {
    return this.prefix.length;
  }
}

/** Candidates of one paper, four numbers each: phrase id, start, end, 1 if in the title. */
type Candidates = number[];

/** Every 1–3-word phrase that starts and ends with a content word and crosses no clause break. */
function candidates(
  tokens: readonly Token[],
  inTitle: number,
  phrases: Phrases,
  out: Candidates,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (first.stop) continue;
    let id = phrases.extend(0, first.stemId, first.stem);
    for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
      const lt = tokens[i + n - 1] as Token;
      if (n > 1) {
        if (lt.breakBefore) break;
        id = phrases.extend(id, lt.stemId, lt.stem);
        if (lt.stop) {
          if (lt.norm === INNER) continue;
          break;
        }
      }
      out.push(id, first.start, lt.end, inTitle);
    }
  }
}

/** Most frequent written form; ties go to fewer capitals ("model merging" over "Model Merging"). */
function pickSurface(forms: Map<string, number>): string {
  const caps = (s: string) => s.replace(/[^\p{Lu}]/gu, "").length;
  return [...forms].sort(
    (a, b) => b[1] - a[1] || caps(a[0]) - caps(b[0]) || compareCodeUnits(a[0], b[0]),
  )[0]?.[0] as string;
}

/**
 * True when one phrase is a word-aligned part of the other ("low rank" in "low rank adapt"), or
 * when both are windows onto one longer phrase: the end of one is the start of the other ("mont
 * carlo tree" and "carlo tree search"). Phrases are at most three words, so a four-word name
 * otherwise shows as two overlapping fragments. Two words must be shared: one shared word is as
 * often two different phrases ("lora merg" and "merg lora adapt").
 */
export function overlaps(a: string, b: string): boolean {
  if (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)) return true;
  const wordsA = a.split(" ");
  const wordsB = b.split(" ");
  return chained(wordsA, wordsB) || chained(wordsB, wordsA);
}

/** True when the last k ≥ 2 words of `head` are the first k words of `tail`, both longer than k. */
function chained(head: readonly string[], tail: readonly string[]): boolean {
  for (let k = Math.min(head.length, tail.length) - 1; k >= 2; k--) {
    if (head.slice(-k).every((w, i) => w === tail[i])) return true;
  }
  return false;
}

interface Scored {
  id: number;
  shared: boolean;
  score: number;
  count: number;
  df: number;
}

/** Keyphrases of a corpus as phrase ids, with what the other ingest steps reuse. */
export interface PhraseAnalysis {
  /** Per paper: its keyphrases (tags), best first. */
  tags: number[][];
  /**
   * Per paper: its best phrases that at least one other paper uses (see
   * {@link KeyphraseOptions.pool}), best first, no meaningless one-word phrase among them.
   */
  pool: number[][];
  /** Identity of a phrase: its stems joined by spaces ("low rank adapt"). */
  key(id: number): string;
  /**
   * Most frequent written form of each phrase across the corpus ("LoRA adapters"); one pass over
   * the corpus, so callers ask once for every phrase they show.
   */
  surfaces(ids: Iterable<number>): Map<number, string>;
}

/**
 * Keyphrases for every paper: 1–3-word phrases ranked by TF-IDF over the corpus, title phrases
 * boosted, phrases shared with at least one other paper preferred (so tags connect papers).
 * One-word phrases that carry no meaning are never chosen (src/ingest/phrase-meaning.ts).
 * Each phrase is shown in its most frequent written form across the corpus. Pure.
 */
export function keyphrases(
  docs: readonly TokenizedPaper[],
  options: Partial<KeyphraseOptions> = {},
): string[][] {
  const a = analysePhrases(docs, options);
  const forms = a.surfaces(a.tags.flat());
  return a.tags.map((ids) => ids.map((id) => forms.get(id) as string));
}

/** {@link keyphrases} as phrase ids, plus each paper's pool of shared phrases. Pure. */
export function analysePhrases(
  docs: readonly TokenizedPaper[],
  options: Partial<KeyphraseOptions> = {},
): PhraseAnalysis {
  const o = { ...DEFAULT_KEYPHRASES, ...options };
  const phrases = new Phrases();
  // One scratch list, then a compact copy per paper: at 10,000 papers the candidates are ~20
  // million numbers, which as plain arrays doubled the memory and the garbage collection.
  const scratch: Candidates = [];
  const perDoc = docs.map((d) => {
    scratch.length = 0;
    candidates(d.titleTokens, 1, phrases, scratch);
    candidates(d.abstractTokens, 0, phrases, scratch);
    return Int32Array.from(scratch);
  });
  // Document frequency per phrase id; `lastDoc` counts each paper once.
  const df = new Int32Array(phrases.size);
  const lastDoc = new Int32Array(phrases.size).fill(-1);
  perDoc.forEach((cands, doc) => {
    for (let c = 0; c < cands.length; c += 4) {
      const id = cands[c] as number;
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        df[id] = (df[id] as number) + 1;
      }
    }
  });
  const n = docs.length;
  const maxDf = Math.max(2, Math.floor(n * o.maxDocShare));
  const count = new Int32Array(phrases.size);
  const title = new Uint8Array(phrases.size);
  const key = (id: number) => phrases.key(id);
  const firstAt = new Int32Array(phrases.size);
  const pools: number[][] = [];
  const chosenIds = perDoc.map((cands, doc) => {
    const paper = docs[doc] as TokenizedPaper;
    const titleName = titleNameStem(paper.titleTokens, paper.title);
    const distinct: number[] = [];
    for (let c = 0; c < cands.length; c += 4) {
      const id = cands[c] as number;
      if (count[id] === 0) {
        distinct.push(id);
        firstAt[id] = c;
      }
      count[id] = (count[id] as number) + 1;
      if (cands[c + 3] === 1) title[id] = 1;
    }
    const scored: Scored[] = [];
    for (const id of distinct) {
      const tf = count[id] as number;
      const inTitle = title[id] === 1;
      count[id] = 0;
      title[id] = 0;
      const d = df[id] || 1;
      if (d > maxDf && n >= 10) continue;
      if (phrases.numeric[id] === 1) continue;
      if (phrases.words[id] === 1) {
        const c = firstAt[id] as number;
        const text = cands[c + 3] === 1 ? paper.title : paper.abstract;
        const surface = text.slice(cands[c + 1], cands[c + 2]);
        if (meaninglessWord(surface, phrases.lastStemId[id] as number, d, titleName)) continue;
      }
      const score =
        (1 + Math.log(tf)) *
        Math.log((n + 1) / d) *
        (LENGTH_BONUS[phrases.words[id] as number] ?? 1) *
        (inTitle ? 1.5 : 1);
      // A phrase no other paper uses is only kept when the paper itself repeats it.
      if (score > 0) scored.push({ id, shared: d >= 2 || tf >= 2, score, count: tf, df: d });
    }
    scored.sort(
      (a, b) =>
        Number(b.shared) - Number(a.shared) ||
        b.score - a.score ||
        compareCodeUnits(key(a.id), key(b.id)),
    );
    const pool: number[] = [];
    for (const x of scored) {
      if (pool.length >= o.pool) break;
      if (x.df >= 2) pool.push(x.id);
    }
    pools.push(pool);
    const chosen: Scored[] = [];
    for (const x of scored) {
      if (chosen.length >= o.max) break;
      const best = chosen[0]?.score ?? x.score;
      if (chosen.length >= o.min && (x.score < best * o.relativeCutoff || !x.shared)) break;
      const clash = chosen.findIndex((c) => overlaps(key(c.id), key(x.id)));
      if (clash < 0) chosen.push(x);
      else {
        // "LoRA adapters" replaces an already chosen "LoRA" when it covers most of its uses.
        const c = chosen[clash] as Scored;
        const longer = key(x.id).length > key(c.id).length;
        if (
          longer &&
          x.shared &&
          x.count * 2 >= c.count &&
          !chosen.some((o2, j) => j !== clash && overlaps(key(o2.id), key(x.id)))
        )
          chosen[clash] = { ...x, score: c.score };
      }
    }
    // Replacements can leave fewer than `min`: top up with the best non-overlapping rest.
    for (const x of scored) {
      if (chosen.length >= o.min) break;
      if (!chosen.some((c) => overlaps(key(c.id), key(x.id)))) chosen.push(x);
    }
    return chosen.map((c) => c.id);
  });
  return {
    tags: chosenIds,
    pool: pools,
    key,
    surfaces: (ids) => surfacesOf(ids, docs, perDoc, phrases.size),
  };
}

/** Most frequent written form of each wanted phrase, from one pass over every candidate. */
function surfacesOf(
  ids: Iterable<number>,
  docs: readonly TokenizedPaper[],
  perDoc: readonly Int32Array[],
  size: number,
): Map<number, string> {
  // Written forms are collected only for phrases that are shown somewhere.
  const wanted = new Uint8Array(size);
  for (const id of ids) wanted[id] = 1;
  const forms = new Map<number, Map<string, number>>();
  perDoc.forEach((cands, doc) => {
    const d = docs[doc] as TokenizedPaper;
    for (let c = 0; c < cands.length; c += 4) {
      const id = cands[c] as number;
      if (wanted[id] !== 1) continue;
      const text = cands[c + 3] === 1 ? d.title : d.abstract;
      const surface = text.slice(cands[c + 1], cands[c + 2]).replace(/\s+/g, " ");
      let f = forms.get(id);
      if (!f) {
        f = new Map();
        forms.set(id, f);
      }
      f.set(surface, (f.get(surface) ?? 0) + 1);
    }
  });
  return new Map([...forms].map(([id, f]) => [id, pickSurface(f)]));
}
