import { isStopword, type Token, type TokenizedPaper } from "./text/index.ts";
import { cmp } from "./topics.ts";

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
}

export const DEFAULT_KEYPHRASES: KeyphraseOptions = {
  max: 5,
  min: 3,
  relativeCutoff: 0.35,
  maxDocShare: 0.15,
};

/** Only "of" may sit inside a phrase ("mixture of experts"); other stopwords break it. */
const INNER = new Set(["of"]);
/** Longer phrases are more specific and read better as tags. */
const LENGTH_BONUS = [0, 1, 1.35, 1.5];

interface Candidate {
  /** Stems joined by spaces: the identity of a phrase. */
  key: string;
  /** Source text and span, so that the written form is cut out only when needed. */
  text: string;
  start: number;
  end: number;
  inTitle: boolean;
}

/** Every 1–3-word phrase that starts and ends with a content word and crosses no clause break. */
function candidates(
  tokens: readonly Token[],
  text: string,
  inTitle: boolean,
  out: Candidate[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (isStopword(first.norm)) continue;
    let key = first.stem;
    for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
      const lt = tokens[i + n - 1] as Token;
      if (n > 1) {
        if (lt.breakBefore) break;
        key += ` ${lt.stem}`;
        if (isStopword(lt.norm)) {
          if (INNER.has(lt.norm)) continue;
          break;
        }
      }
      out.push({ key, text, start: first.start, end: lt.end, inTitle });
    }
  }
}

/** Most frequent written form; ties go to fewer capitals ("model merging" over "Model Merging"). */
function pickSurface(forms: Map<string, number>): string {
  const caps = (s: string) => s.replace(/[^\p{Lu}]/gu, "").length;
  return [...forms].sort(
    (a, b) => b[1] - a[1] || caps(a[0]) - caps(b[0]) || cmp(a[0], b[0]),
  )[0]?.[0] as string;
}

/** True when one phrase is a word-aligned part of the other ("low rank" in "low rank adapt"). */
function overlaps(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/**
 * Keyphrases for every paper: 1–3-word phrases ranked by TF-IDF over the corpus, title phrases
 * boosted, phrases shared with at least one other paper preferred (so tags connect papers).
 * Each phrase is shown in its most frequent written form across the corpus. Pure.
 */
export function keyphrases(
  docs: readonly TokenizedPaper[],
  options: Partial<KeyphraseOptions> = {},
): string[][] {
  const o = { ...DEFAULT_KEYPHRASES, ...options };
  const perDoc = docs.map((d) => {
    const out: Candidate[] = [];
    candidates(d.titleTokens, d.title, true, out);
    candidates(d.abstractTokens, d.abstract, false, out);
    return out;
  });
  const df = new Map<string, number>();
  for (const cands of perDoc) {
    for (const key of new Set(cands.map((c) => c.key))) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const n = docs.length;
  const maxDf = Math.max(2, Math.floor(n * o.maxDocShare));
  const chosenKeys = perDoc.map((cands) => {
    const tf = new Map<string, { count: number; inTitle: boolean }>();
    for (const c of cands) {
      const x = tf.get(c.key);
      if (x) {
        x.count++;
        x.inTitle ||= c.inTitle;
      } else tf.set(c.key, { count: 1, inTitle: c.inTitle });
    }
    const scored: { key: string; shared: boolean; score: number; count: number }[] = [];
    for (const [key, { count, inTitle }] of tf) {
      const d = df.get(key) ?? 1;
      if (d > maxDf && n >= 10) continue;
      const words = key.split(" ").length;
      const score =
        (1 + Math.log(count)) *
        Math.log((n + 1) / d) *
        (LENGTH_BONUS[words] ?? 1) *
        (inTitle ? 1.5 : 1);
      // A phrase no other paper uses is only kept when the paper itself repeats it.
      if (score > 0) scored.push({ key, shared: d >= 2 || count >= 2, score, count });
    }
    scored.sort(
      (a, b) => Number(b.shared) - Number(a.shared) || b.score - a.score || cmp(a.key, b.key),
    );
    const chosen: { key: string; score: number; count: number }[] = [];
    for (const x of scored) {
      if (chosen.length >= o.max) break;
      const best = chosen[0]?.score ?? x.score;
      if (chosen.length >= o.min && (x.score < best * o.relativeCutoff || !x.shared)) break;
      const clash = chosen.findIndex((c) => overlaps(c.key, x.key));
      if (clash < 0) chosen.push(x);
      else {
        // "LoRA adapters" replaces an already chosen "LoRA" when it covers most of its uses.
        const c = chosen[clash] as (typeof chosen)[number];
        const longer = x.key.length > c.key.length;
        if (
          longer &&
          x.shared &&
          x.count * 2 >= c.count &&
          !chosen.some((o2, j) => j !== clash && overlaps(o2.key, x.key))
        )
          chosen[clash] = { ...x, score: c.score };
      }
    }
    // Replacements can leave fewer than `min`: top up with the best non-overlapping rest.
    for (const x of scored) {
      if (chosen.length >= o.min) break;
      if (!chosen.some((c) => overlaps(c.key, x.key))) chosen.push(x);
    }
    return chosen.map((c) => c.key);
  });
  // Written forms are collected only for phrases that were chosen somewhere.
  const wanted = new Set(chosenKeys.flat());
  const forms = new Map<string, Map<string, number>>();
  for (const cands of perDoc) {
    for (const c of cands) {
      if (!wanted.has(c.key)) continue;
      const surface = c.text.slice(c.start, c.end).replace(/\s+/g, " ");
      let f = forms.get(c.key);
      if (!f) {
        f = new Map();
        forms.set(c.key, f);
      }
      f.set(surface, (f.get(surface) ?? 0) + 1);
    }
  }
  return chosenKeys.map((keys) =>
    keys.map((k) => pickSurface(forms.get(k) as Map<string, number>)),
  );
}
