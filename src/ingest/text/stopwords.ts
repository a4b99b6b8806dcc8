/**
 * English function words plus the boilerplate of paper abstracts ("we propose a novel method…").
 * Used for keyphrases and text vectors, never for topic phrases, which match word for word.
 * Entries are normalised words (lowercase), compared before stemming.
 */
const FUNCTION_WORDS = `a about above across after again against all almost along also although always am among an
and another any anyone are around as at be became because become been before being below between both but by
can cannot could did do does doing done down due during each either else enough etc even ever every few for from
further had has have having he her here hers him his how however i if in into is it its itself just least less
let like made make makes many may me might more most much must my neither no nor not now of off often on once one
only onto or other others otherwise our ours out over own per perhaps rather same several she should since so
some still such than that the their theirs them then there therefore these they this those though through thus
to too toward towards under unless until up upon us use used uses using via was we well were what whatever when
where whether which while who whom whose why will with within without would yet you your yours itself themselves
ourselves`;

const ABSTRACT_BOILERPLATE = `able across achieve achieved achieves achieving address addresses additionally
approach approaches based believe best better called challenge challenges challenging commonly compared
comparable comprehensive conduct conducted consider considered consistently contrast crucial current currently
demonstrate demonstrated demonstrates demonstrating despite develop developed different directly effective
effectively efficacy empirical empirically enable enables especially essential et evaluate evaluated evidence
existing experiment experiments experimental extensive extensively finally find findings first focus focuses
following found framework furthermore general given good great help highly however important improve
improved improvement improvements improves improving include includes including increasing introduce
introduced introduces key known large largely lead leads leading limited main mainly method methods
moreover need needs new notably novel number numerous observe observed obtain offer offers outperform
outperforms paper particular particularly performance performs potential present presents previous prior
problem problems promising propose proposed proposes provide provides providing range recent recently reduce
reduces reducing remain remains report require requires research respectively result results reveal reveals
second show showing shown shows significant significantly simple simultaneously small specific
specifically state strong studies study substantial substantially successfully superior suggest 
technique techniques terms third three  two typically understanding unlike various versus way ways
wide widely work works yield yields pre increase increases increased aim aims via within`;

/** Normalised words that never start, end or form a keyphrase or count in a text vector. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${ABSTRACT_BOILERPLATE}`.split(/\s+/).filter(Boolean),
);

/** True for stopwords and for tokens that carry no topic: pure numbers and single characters. */
export function isStopword(normalised: string): boolean {
  return STOPWORDS.has(normalised) || normalised.length < 2 || /^\d+$/.test(normalised);
}
