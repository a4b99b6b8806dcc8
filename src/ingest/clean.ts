/**
 * Repairs of markup left over in abstracts (DIGESTS.md, "Quirks"). Only repairs whose meaning
 * is unambiguous are made: a TeX command with its backslash intact, TeX quotes, colour macros and
 * duplicated link targets around URLs. Math that lost its backslashes (`mathbb R^N`, `22times`)
 * and words lost with removed spans are left as they are: nothing is invented.
 */

/** TeX accent commands → Unicode combining marks. */
const ACCENTS: Record<string, string> = {
  '"': "\u0308",
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030C",
  H: "\u030B",
  c: "\u0327",
  k: "\u0328",
  r: "\u030A",
};

/** Symbol accents take a bare letter (`\"u`) or a braced one (`\"{u}`, `\"{\i}`). */
const SYMBOL_ACCENT =
  /\\(["'`^~=.])\s*(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))/g;
/** Letter accents need braces (`\v{s}`), else `\u` would eat ordinary words. */
const LETTER_ACCENT = /\\([uvHckr])\{\s*(\\[ij]|[A-Za-z])\s*\}/g;

function accent(mark: string, base: string): string {
  // Accents go on the dotless i/j (`\i`); Unicode composes them onto plain i/j.
  const letter = base === "\\i" ? "i" : base === "\\j" ? "j" : base;
  return `${letter}${ACCENTS[mark] ?? ""}`.normalize("NFC");
}

/** Backslash commands with a fixed, unambiguous rendering. */
const COMMANDS: Record<string, string> = {
  times: "×",
  cdot: "·",
  pm: "±",
  approx: "≈",
  le: "≤",
  leq: "≤",
  ge: "≥",
  geq: "≥",
  neq: "≠",
  infty: "∞",
  ell: "ℓ",
  to: "→",
  rightarrow: "→",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ε",
  lambda: "λ",
  mu: "μ",
  sigma: "σ",
  theta: "θ",
  // Common paper-template abbreviations (CVPR's \eg, \ie, \etal).
  eg: "e.g.",
  ie: "i.e.",
  etal: "et al.",
};
/** TeX swallows the space after a symbol command (`2\\times 3`); abbreviations keep it. */
const COMMAND = new RegExp(`\\\\(${Object.keys(COMMANDS).join("|")})(?![A-Za-z])( ?)`, "g");
const ABBREVIATIONS = new Set(["eg", "ie", "etal"]);

const COLOURS = "blue|red|green|magenta|cyan|orange|purple|violet|teal|gray|grey|black";
/** `blue{https://…}`: a colour macro that lost its backslash, around a link. */
const COLOUR_LINK = new RegExp(`(?<![A-Za-z])(?:${COLOURS})\\{(https?://[^\\s{}]+)\\}`, "g");

/** `URL{URL}` or `URL{URL.`: an `\href{URL}{URL}` whose braces survived. */
const DOUBLED_LINK = /(https?:\/\/[^\s{}]+)\{(https?:\/\/[^\s{}]+?)(\}|(?=[.,;:)]*(?:\s|$)))/g;

const TRAILING = /[.,;:)]+$/;

/** Repairs one abstract (or title). Idempotent. */
export function cleanText(input: string): string {
  let s = input;
  s = s.replace(SYMBOL_ACCENT, (_m, mark: string, braced?: string, bare?: string) =>
    accent(mark, braced ?? bare ?? ""),
  );
  s = s.replace(LETTER_ACCENT, (_m, mark: string, base: string) => accent(mark, base));
  // Escaped specials: \% \& \_ \# \$ \{ \} print the character itself.
  s = s.replace(/\\([%&_#${}])/g, "$1");
  // Thin space `\,` and the tie `~` glued to a word are spaces in print.
  s = s.replace(/\\,/g, " ");
  s = s.replace(/(?<=[A-Za-z.,:;])~(?=\S)/g, " ");
  // Inline math delimiters \( \) and formatting groups {\em x} print their content.
  s = s.replace(
    COMMAND,
    (_m, name: string, space: string) =>
      `${COMMANDS[name] ?? ""}${ABBREVIATIONS.has(name) ? space : ""}`,
  );
  s = s.replace(/\\[()]/g, "");
  s = s.replace(/\{\\(?:em|it|bf|sl|sc|tt)\s+([^{}]*)\}/g, "$1");
  s = s.replace(/\\(?:emph|textit|textbf|texttt|textsc)\{([^{}]*)\}/g, "$1");
  // TeX quotes: ``x'' → “x”. A closing '' after a digit could be a double prime (5''), so keep it.
  s = s.replace(/``/g, "“");
  s = s.replace(/(?<=[^\s\d'])''(?!')/g, "”");
  s = s.replace(COLOUR_LINK, "$1");
  // The duplicate's sentence punctuation is outside the match, so it stays.
  s = s.replace(DOUBLED_LINK, (m, first: string, second: string) =>
    first.replace(TRAILING, "") === second.replace(TRAILING, "") ? first : m,
  );
  return s.replace(/ {2,}/g, " ").trim();
}
