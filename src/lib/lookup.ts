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
  // Form encoding (spaces as `+`, as the sites' own search forms send them) is ~20% shorter than
  // %20: the title is in four links on every paper page.
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    {
      name: "arXiv",
      href: `https://arxiv.org/search/?${query({ query: title, searchtype: "title" })}`,
    },
    { name: "Hugging Face Papers", href: `https://huggingface.co/papers?${query({ q: title })}` },
    {
      name: "Semantic Scholar",
      href: `https://www.semanticscholar.org/search?${query({ q: title })}`,
    },
    {
      name: "Google Scholar",
      href: `https://scholar.google.com/scholar?${query({ q: `"${title}"` })}`,
    },
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
