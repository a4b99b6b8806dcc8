import { createHash } from "node:crypto";

/** Longest slug the site accepts (schema: at most 80 characters). */
export const MAX_SLUG = 80;

/**
 * The identity of a paper: its title after Unicode NFKC, case folding, and with punctuation
 * and spacing reduced to single spaces. Two digest entries are the same paper iff keys match.
 */
export function paperKey(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();
}

/** Letters and symbols that NFKD does not reduce to ASCII. */
const TRANSLIT: Record<string, string> = {
  α: "alpha",
  β: "beta",
  γ: "gamma",
  δ: "delta",
  ε: "epsilon",
  ζ: "zeta",
  η: "eta",
  θ: "theta",
  ι: "iota",
  κ: "kappa",
  λ: "lambda",
  μ: "mu",
  µ: "mu",
  ν: "nu",
  ξ: "xi",
  π: "pi",
  ρ: "rho",
  σ: "sigma",
  ς: "sigma",
  τ: "tau",
  φ: "phi",
  χ: "chi",
  ψ: "psi",
  ω: "omega",
  Δ: "delta",
  Σ: "sigma",
  Ω: "omega",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  "&": " and ",
  "+": " plus ",
  "≤": " le ",
  "≥": " ge ",
  "≠": " ne ",
  "≈": " approx ",
  "×": " x ",
  "→": " to ",
  "∞": " infinity ",
  "%": " percent ",
  "@": " at ",
};
const TRANSLIT_RE = new RegExp(
  `[${Object.keys(TRANSLIT)
    .join("")
    .replace(/[-\\\]^]/g, "\\$&")}]`,
  "gu",
);

/**
 * Title → lowercase ASCII kebab-case, at most `max` characters, cut at a word boundary.
 * Derived from the title alone, so it never depends on which digest or order a paper came from.
 * Returns "" for a title with no transliterable letter or digit (the caller adds a hash).
 */
export function baseSlug(title: string, max = MAX_SLUG): string {
  const ascii = title
    .normalize("NFKC")
    .toLowerCase()
    .replace(TRANSLIT_RE, (c) => TRANSLIT[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    // Apostrophes join a word ("model's" → "models"), they do not split it.
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const boundary = cut.lastIndexOf("-");
  // A single word longer than the limit is cut hard: better than an empty slug.
  return (boundary > 0 ? cut.slice(0, boundary) : ascii.slice(0, max)).replace(/-+$/, "");
}

/** Short stable hash of a paper key: first `length` hex digits of its SHA-256. */
export function keyHash(key: string, length = 6): string {
  return createHash("sha256").update(key, "utf8").digest("hex").slice(0, length);
}

/** `base-hash`, with the base shortened so the whole stays within `MAX_SLUG`. */
export function hashedSlug(title: string, key: string, length = 6): string {
  const hash = keyHash(key, length);
  const base = baseSlug(title, MAX_SLUG - hash.length - 1);
  return base ? `${base}-${hash}` : `paper-${hash}`;
}
