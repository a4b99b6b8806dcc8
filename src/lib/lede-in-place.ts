import { decodeEntities } from "./text.ts";

/** Where a paper page marks its lede for Pagefind, which reads a meta value from element text. */
export const LEDE_OPEN = '<span data-pagefind-meta="lede">';

const ENTITY = /^&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/i;

/**
 * The rendered abstract with its first sentence wrapped in {@link LEDE_OPEN}, so Pagefind takes
 * the search result's lede from the abstract itself instead of from a hidden copy of it (~200
 * bytes on every paper page, 10 MB at 50,000 papers). `sentence` is the whole first sentence as
 * text (`firstSentence(abstract, Infinity)`); the search UI cuts it to a row's length.
 *
 * Only when the sentence is the plain text that opens the first paragraph (the usual case):
 * a sentence with a link or emphasis in it, or one running on past the paragraph, gives
 * `undefined` and the page keeps the hidden copy. The wrap adds no text, and it starts and ends
 * at a paragraph edge or whitespace, so the page's text and `htmlToText` are unchanged.
 */
export function markLede(html: string, sentence: string): string | undefined {
  const open = /^\s*<p>/.exec(html);
  if (!open || sentence === "") return undefined;
  const start = open[0].length;
  const tag = html.indexOf("<", start);
  const run = html.slice(start, tag === -1 ? html.length : tag);
  const wrap = (end: number) =>
    `${html.slice(0, start)}${LEDE_OPEN}${run.slice(0, end)}</span>${html.slice(start + end)}`;
  // The run's text as htmlToText sees it (entities decoded, whitespace collapsed, leading space
  // dropped), built up to the first whitespace at which it equals the sentence.
  let text = "";
  let i = 0;
  while (i < run.length) {
    const ch = run[i] ?? "";
    if (/\s/.test(ch)) {
      if (text === sentence) return wrap(i);
      if (text !== "" && !text.endsWith(" ")) text += " ";
      i++;
      continue;
    }
    const token = ch === "&" ? (ENTITY.exec(run.slice(i, i + 12))?.[0] ?? ch) : ch;
    text += decodeEntities(token);
    i += token.length;
    if (text.length > sentence.length) return undefined;
  }
  return text === sentence ? wrap(run.length) : undefined;
}
