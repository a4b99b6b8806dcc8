/**
 * Text as TeX that prints as written under plain pdflatex + BibTeX, the strictest client of a
 * `.bib` file: TeX's special characters are escaped, and non-ASCII characters with a TeX form
 * (accented Latin letters, Greek, dashes and quotes, common maths symbols) are written in that
 * form. What has none (CJK, emoji, blackboard letters) is kept as it is and reported, so the
 * caller can mark the entry for biblatex + biber under a Unicode engine rather than drop text.
 */

/** Characters TeX gives meaning to, and `<`, `>`, `|`, which OT1 fonts print as other glyphs. */
const ASCII_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  // The accent commands \^{} and \~{} print the same glyphs but read as accents to parsers.
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
  "|": "\\textbar{}",
};

/** Combining accents (after NFD) and the TeX accent command for each. */
const ACCENTS: Record<string, string> = {
  "\u0300": "`",
  "\u0301": "'",
  "\u0302": "^",
  "\u0303": "~",
  "\u0304": "=",
  "\u0306": "u",
  "\u0307": ".",
  "\u0308": '"',
  "\u030a": "r",
  "\u030b": "H",
  "\u030c": "v",
  "\u0327": "c",
  "\u0328": "k",
};

const LETTERS: Record<string, string> = {
  ß: "\\ss{}",
  æ: "\\ae{}",
  Æ: "\\AE{}",
  ø: "\\o{}",
  Ø: "\\O{}",
  œ: "\\oe{}",
  Œ: "\\OE{}",
  ł: "\\l{}",
  Ł: "\\L{}",
  ı: "\\i{}",
  "\u00a0": "~",
};

const TEXT_SYMBOLS: Record<string, string> = {
  "–": "--",
  "—": "---",
  "‐": "-",
  "‑": "-",
  "‘": "\\textquoteleft{}",
  "’": "\\textquoteright{}",
  "“": "\\textquotedblleft{}",
  "”": "\\textquotedblright{}",
  "…": "\\ldots{}",
  "•": "\\textbullet{}",
  "†": "\\dag{}",
  "‡": "\\ddag{}",
  "§": "\\S{}",
  "¶": "\\P{}",
  "©": "\\copyright{}",
  "£": "\\pounds{}",
};

/** Maths symbols and Greek letters, written as `{$\name$}` (braces keep BibTeX's case changes off). */
const MATH: Record<string, string> = {
  α: "\\alpha",
  β: "\\beta",
  γ: "\\gamma",
  δ: "\\delta",
  ε: "\\epsilon",
  ϵ: "\\epsilon",
  ζ: "\\zeta",
  η: "\\eta",
  θ: "\\theta",
  ι: "\\iota",
  κ: "\\kappa",
  λ: "\\lambda",
  μ: "\\mu",
  µ: "\\mu",
  ν: "\\nu",
  ξ: "\\xi",
  π: "\\pi",
  ρ: "\\rho",
  σ: "\\sigma",
  ς: "\\varsigma",
  τ: "\\tau",
  υ: "\\upsilon",
  φ: "\\phi",
  ϕ: "\\phi",
  χ: "\\chi",
  ψ: "\\psi",
  ω: "\\omega",
  Γ: "\\Gamma",
  Δ: "\\Delta",
  Θ: "\\Theta",
  Λ: "\\Lambda",
  Ξ: "\\Xi",
  Π: "\\Pi",
  Σ: "\\Sigma",
  Υ: "\\Upsilon",
  Φ: "\\Phi",
  Ψ: "\\Psi",
  Ω: "\\Omega",
  "×": "\\times",
  "÷": "\\div",
  "±": "\\pm",
  "∓": "\\mp",
  "≤": "\\leq",
  "≥": "\\geq",
  "≠": "\\neq",
  "≈": "\\approx",
  "≡": "\\equiv",
  "∼": "\\sim",
  "≪": "\\ll",
  "≫": "\\gg",
  "∝": "\\propto",
  "→": "\\rightarrow",
  "←": "\\leftarrow",
  "↔": "\\leftrightarrow",
  "⇒": "\\Rightarrow",
  "⇐": "\\Leftarrow",
  "⇔": "\\Leftrightarrow",
  "↑": "\\uparrow",
  "↓": "\\downarrow",
  "∞": "\\infty",
  "∈": "\\in",
  "∉": "\\notin",
  "⊂": "\\subset",
  "⊆": "\\subseteq",
  "∪": "\\cup",
  "∩": "\\cap",
  "∅": "\\emptyset",
  "∀": "\\forall",
  "∃": "\\exists",
  "∧": "\\wedge",
  "∨": "\\vee",
  "¬": "\\neg",
  "∑": "\\sum",
  "∏": "\\prod",
  "∫": "\\int",
  "∂": "\\partial",
  "∇": "\\nabla",
  "√": "\\surd",
  "·": "\\cdot",
  "∗": "\\ast",
  "⊕": "\\oplus",
  "⊗": "\\otimes",
  ℓ: "\\ell",
  "−": "-",
  "′": "\\prime",
  "°": "^\\circ",
  "¹": "^1",
  "²": "^2",
  "³": "^3",
};

/** The TeX for `text`, and whether some of it has no TeX form (kept as UTF-8). */
export function toTex(text: string): { tex: string; unicode: boolean } {
  let unicode = false;
  let tex = "";
  // NFD splits é into e + U+0301, so one table of accents covers every accented Latin letter.
  const chars = [...text.normalize("NFD")];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const accents: string[] = [];
    while (chars[i + 1] && ACCENTS[chars[i + 1] as string])
      accents.push(ACCENTS[chars[++i] as string] as string);
    let out = single(ch);
    if (out === undefined) {
      unicode = true;
      out = ch.normalize("NFC");
    }
    for (const accent of accents) out = `{\\${accent}{${out}}}`;
    tex += out;
  }
  return { tex, unicode };
}

function single(ch: string): string | undefined {
  if (ch in ASCII_SPECIALS) return ASCII_SPECIALS[ch];
  if (ch.charCodeAt(0) < 0x80) return ch;
  const math = MATH[ch];
  if (math) return `{$${math}$}`;
  return LETTERS[ch] ?? TEXT_SYMBOLS[ch];
}
