/** A search link for a paper's title on an outside index. */
export interface LookupLink {
  name: string;
  href: string;
}

/**
 * Where to look a paper up by title. The digests carry no identifiers (no arXiv id, no DOI), so
 * a title search is the honest link; the title is URL-encoded, so any text is safe in the href.
 */
export function lookupLinks(title: string): LookupLink[] {
  const q = encodeURIComponent(title);
  const quoted = encodeURIComponent(`"${title}"`);
  return [
    { name: "arXiv", href: `https://arxiv.org/search/?query=${q}&searchtype=title` },
    { name: "Hugging Face Papers", href: `https://huggingface.co/papers?q=${q}` },
    { name: "Semantic Scholar", href: `https://www.semanticscholar.org/search?q=${q}` },
    { name: "Google Scholar", href: `https://scholar.google.com/scholar?q=${quoted}` },
  ];
}

/** True for the only link schemes a page may render from digest data. */
export function isSafeHttpUrl(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}
