import type { PaperLink } from "../schema/paper.ts";

/**
 * Candidate URLs: up to whitespace or characters that never belong to a URL in prose. Bare
 * `www.` addresses count too, where GFM would link them (not after a letter or digit).
 */
const URL_RE = /https?:\/\/[^\s<>"“”‘’`]+|(?<![A-Za-z0-9])www\.[^\s<>"“”‘’`]+/g;

/** One URL found in prose: where it starts and its cleaned text. */
export interface FoundUrl {
  start: number;
  url: string;
}

/**
 * Every URL in a text, cleaned (see `cleanUrl`). Scanning resumes right after each cleaned URL,
 * so a URL hidden in another's debris (`URL{URL}`, `URL\URL`) is found too.
 */
export function findUrls(text: string): FoundUrl[] {
  const re = new RegExp(URL_RE.source, "g");
  const found: FoundUrl[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const url = cleanUrl(m[0]);
    const usable = /^https?:\/\/[^/]/.test(url) || /^www\.[^./]/.test(url);
    if (usable) found.push({ start: m.index, url });
    re.lastIndex = m.index + Math.max(usable ? url.length : 0, 1);
  }
  return found;
}

/** Punctuation that ends a sentence rather than the URL. */
const TRAILING = /[.,;:!?'"\]}>]+$/;

/**
 * Cleans one URL found in prose: cuts TeX macro debris (`URL{here}`, `URL{Github}`, a stray
 * backslash) and drops trailing sentence punctuation, keeping a `)` only when it closes a `(`
 * inside the URL (Wikipedia-style paths).
 */
export function cleanUrl(raw: string): string {
  let url = raw.replace(/[{\\].*$/, "");
  for (;;) {
    const before = url;
    url = url.replace(TRAILING, "");
    if (url.endsWith(")") && count(url, "(") < count(url, ")")) url = url.slice(0, -1);
    if (url === before) return url;
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function segments(u: URL): string[] {
  return u.pathname.split("/").filter(Boolean);
}

/** Classifies a URL by host and gives it a short label (e.g. `acfr/LBDN`). */
export function describeLink(url: string): PaperLink | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(u.protocol) || !u.hostname.includes(".")) return undefined;
  const host = u.hostname.toLowerCase().replace(/^www\./, "");
  const seg = segments(u);
  if ((host === "github.com" || host === "gitlab.com") && seg.length > 0) {
    return { url, kind: "code", label: seg.slice(0, 2).join("/") };
  }
  // Anonymous GitHub, where double-blind submissions host their code: /r/<repo>.
  if (host === "anonymous.4open.science" && seg[0] === "r" && seg[1]) {
    return { url, kind: "code", label: seg[1] };
  }
  if (host === "huggingface.co" || host === "hf.co") {
    const [first, ...rest] = seg;
    if (first === "datasets" && rest.length)
      return { url, kind: "dataset", label: rest.slice(0, 2).join("/") };
    if (first === "spaces" && rest.length)
      return { url, kind: "space", label: rest.slice(0, 2).join("/") };
    if (first && first !== "papers" && first !== "docs" && first !== "blog") {
      return { url, kind: "model", label: seg.slice(0, 2).join("/") };
    }
  }
  const path = seg.join("/");
  return { url, kind: "project", label: path ? `${host}/${path}` : host };
}

/** Every distinct link in a text, in order of first appearance. */
export function extractLinks(text: string): PaperLink[] {
  const seen = new Set<string>();
  const links: PaperLink[] = [];
  for (const { url } of findUrls(text)) {
    // Bare www. addresses are shown but not listed: the digest gave no scheme to trust.
    if (url.startsWith("www.")) continue;
    const link = describeLink(url);
    if (link && !seen.has(link.url)) {
      seen.add(link.url);
      links.push(link);
    }
  }
  return links;
}
