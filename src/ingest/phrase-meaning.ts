import { normaliseWord, stem, type Token } from "./text/index.ts";

/**
 * Which one-word keyphrases carry no meaning on their own. Longer phrases are left alone: "3D
 * Gaussian splatting" and "held-out data" are fine, "3D" and "held" are not.
 */

/**
 * A number with a unit or a size suffix ("8G", "7B", "480p", "100K", "3D"): on its own it names no
 * subject, and two papers sharing "7B" are not related for that.
 */
const NUMBER_WITH_UNIT = /^\d+[a-z]{1,3}$/;

/** True for a normalised word such as "8g", "7b", "480p" (see NUMBER_WITH_UNIT). */
export function isNumberWithUnit(norm: string): boolean {
  return NUMBER_WITH_UNIT.test(norm);
}

/**
 * Single words that slipped past the stopword list (src/ingest/text/stopwords.ts) as tags in a
 * 10,000-paper shelf of real abstracts: TeX command names left by the digests, and generic
 * adjectives, verbs and nouns that say nothing about a paper's subject ("held" from "held-out",
 * "models", "Serving"). Compared by stem. They still count inside phrases ("held-out data").
 */
const WEAK_STEMS = new Set(
  `underline textbf textit textsc texttt emph mathbf mathrm mathcal mathbb boldsymbol cdot frac
  sim approx times le ge leq geq
  held kept stuck serve serves served bad good ask asks asked consuming advantage advantages principled author authors
  hour hours day days year years degree degrees wild cutting edge art largest smallest unavoidable
  deliberately rule rules library parent holder golden rose men women people feet roll process
  processes level levels type types part parts aspect aspects case cases setting settings step
  steps stage stages factor factors component components element elements capability
  capabilities ability abilities property properties quality feature features manner fashion
  kind kinds amount amounts order orders value values basis context contexts scenario scenarios
  application applications domain domains field fields area areas scale scales task tasks model
  models data system systems network networks learning training inference evaluation benchmark
  benchmarks dataset datasets tool tools accuracy information knowledge solution solutions strategy strategies mechanism
  mechanisms design designs pipeline pipelines module modules architecture architectures
  baseline baselines metric metrics score scores analysis insight insights limitation
  limitations issue issues gap gaps step goal goals idea ideas version versions`
    .split(/\s+/)
    .filter(Boolean)
    .map(stem),
);

/**
 * Weak words compared as written, not by stem, because their stem also names a subject:
 * "satisfying" shares `satisfi` with "satisfiability" (SAT solving), a keyphrase worth keeping.
 * Seen as the only shared keyphrase of two unrelated papers ("Shares: satisfying").
 */
const WEAK_FORMS = new Set(
  "satisfy satisfies satisfied satisfying satisfactory satisfactorily".split(" "),
);

/** True when a word is written like a name or acronym: a capital after the first letter ("LoRA", "GENIUS") or letters mixed with digits ("A4Net"). */
function looksLikeName(surface: string): boolean {
  return /^.+\p{Lu}/u.test(surface) || (/\p{L}/u.test(surface) && /\d/.test(surface));
}

/**
 * The paper's own name, when the title starts with one word and a colon ("GENIUS: a …",
 * "Genie: …"): as a tag it only repeats the title.
 */
export function titleNameStem(titleTokens: readonly Token[], title: string): number | undefined {
  const first = titleTokens[0];
  const second = titleTokens[1];
  if (!first) return undefined;
  const after = title.slice(first.end, second?.start ?? title.length);
  return after.trimStart().startsWith(":") ? first.stemId : undefined;
}

/**
 * True when a one-word phrase should never be a tag or a reason two papers are related: a number
 * with a unit, a weak word, the paper's own name from its title, or a name-like token (acronym)
 * that at most `ownDf` papers use, i.e. a method name this paper coined ("ChatCFD", "URSA").
 * `df` is how many papers of the corpus use the word, `surface` how this paper writes it, and
 * `stemId` its stem's id (src/ingest/text/tokenize.ts).
 */
export function meaninglessWord(
  surface: string,
  stemId: number,
  df: number,
  titleName: number | undefined,
  ownDf = 1,
): boolean {
  const norm = normaliseWord(surface);
  // Compared by stem, so "Serving" is as weak as "serve".
  if (NUMBER_WITH_UNIT.test(norm) || WEAK_STEMS.has(stem(norm)) || WEAK_FORMS.has(norm))
    return true;
  if (stemId === titleName) return true;
  return df <= ownDf && looksLikeName(surface);
}
