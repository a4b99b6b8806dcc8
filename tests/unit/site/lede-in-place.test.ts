import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstSentence } from "../../../src/lib/first-sentence.ts";
import { LEDE_OPEN, markLede } from "../../../src/lib/lede-in-place.ts";
import { escapeHtml, htmlToText } from "../../../src/lib/text.ts";

/** What the page does: the whole first sentence of the abstract text, marked in the HTML. */
const mark = (html: string) => markLede(html, firstSentence(htmlToText(html), Infinity));

/** The text Pagefind reads from the marked element (entities decoded). */
const ledeOf = (html: string) => {
  const at = html.indexOf(LEDE_OPEN) + LEDE_OPEN.length;
  return htmlToText(html.slice(at, html.indexOf("</span>", at)));
};

describe("markLede", () => {
  it("wraps the first sentence of the first paragraph and changes no text", () => {
    const html = "<p>We prune LLMs. It works at 3.5 bits, e.g. on LLaMA.</p>\n<p>Second.</p>";
    const marked = mark(html);
    expect(marked).toBe(
      `<p>${LEDE_OPEN}We prune LLMs.</span> It works at 3.5 bits, e.g. on LLaMA.</p>\n<p>Second.</p>`,
    );
    expect(htmlToText(marked ?? "")).toBe(htmlToText(html));
  });

  it("keeps escaped markup escaped, and reads it back as the digest's text", () => {
    const html = '<p>We test &lt;script&gt;alert("x")&lt;/script&gt; &amp; more. Then stop.</p>';
    const marked = mark(html) ?? "";
    expect(marked).toContain(`${LEDE_OPEN}We test &lt;script&gt;`);
    expect(ledeOf(marked)).toBe('We test <script>alert("x")</script> & more.');
  });

  it("takes a one-sentence paragraph whole, and a line break inside the sentence", () => {
    expect(mark("<p>Only one\nsentence here</p>")).toBe(
      `<p>${LEDE_OPEN}Only one\nsentence here</span></p>`,
    );
  });

  it("leaves a sentence with a link, emphasis or a paragraph break in it to the hidden copy", () => {
    expect(mark('<p>See <a href="https://x.org">x.org</a> for code. Next.</p>')).toBeUndefined();
    expect(mark("<p>A <em>new</em> model. Next.</p>")).toBeUndefined();
    expect(mark("<p>No full stop here</p>\n<p>so it runs on. Next.</p>")).toBeUndefined();
    expect(mark("<ul><li>Not a paragraph.</li></ul>")).toBeUndefined();
    expect(markLede("<p></p>", "")).toBeUndefined();
  });

  it("marks a sentence that ends where a link starts", () => {
    const html = '<p>Code is out.<a href="https://x.org">X</a></p>';
    expect(mark(html)).toBe(`<p>${LEDE_OPEN}Code is out.</span><a href="https://x.org">X</a></p>`);
  });

  it("for any plain-text abstract: same text, and the mark holds exactly its first sentence", () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,!?&<>"'$()-]{1,8}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const html = `<p>${escapeHtml(sentences.join(". "))}</p>`;
        const text = htmlToText(html);
        // One paragraph of text: the first sentence always opens it, so it is always marked.
        const marked = mark(html) ?? "";
        expect(marked).toContain(LEDE_OPEN);
        expect(htmlToText(marked)).toBe(text);
        expect(ledeOf(marked)).toBe(firstSentence(text, Infinity));
        // What the search UI shows from it is what a list row shows.
        expect(firstSentence(ledeOf(marked))).toBe(firstSentence(text));
      }),
    );
  });
});
