/**
 * html-validate settings for the HTML gate of `npm test` (tests/quality/html.spec.ts) and for
 * `npx html-validate dist/...` by hand. The aim is what the Nu HTML Checker (vnu, still run by
 * `npm run audit`) enforces: content models and nesting, required and allowed attributes and
 * their values, duplicate ids, broken id references, obsolete elements and attributes, unknown
 * elements, stray characters. Rules are switched off only where they judge style or policy, not
 * validity; each says why.
 */
import { defineConfig } from "html-validate";

export default defineConfig({
  root: true,
  extends: ["html-validate:recommended", "html-validate:document"],
  elements: [
    "html5",
    {
      // Valid HTML that html-validate's element table lacks (vnu accepts both).
      meta: {
        attributes: {
          // <meta name="theme-color" media="(prefers-color-scheme: dark)">, HTML Living Standard.
          media: {},
          // Open Graph's <meta property="og:…">: RDFa Lite, which vnu allows on <meta>.
          property: {},
        },
      },
      // html-validate knows no SVG attributes; these are the root <svg> ones SVG 2 defines
      // (lower case: the rule compares lower-cased names, so viewBox is "viewbox").
      svg: {
        attributes: {
          width: {},
          height: {},
          viewbox: {},
          xmlns: {},
          "xmlns:xlink": {},
          preserveaspectratio: {},
          fill: {},
          stroke: {},
          version: {},
        },
      },
    },
  ],
  rules: {
    // Validity rules beyond the presets, as vnu has them: an unknown element or an attribute the
    // element does not allow is an error there.
    "no-unknown-elements": "error",
    "no-unknown-attributes": "error",
    // Policy, not validity: SRI guards third-party CDNs; every script and style here is served
    // from the site itself.
    "require-sri": "off",
    // Style: inline style="" is valid HTML (the topic list's bar widths are data).
    "no-inline-style": "off",
    // SEO advice, not validity: a long paper title makes a long <title>, which is correct.
    "long-title": "off",
    // WCAG technique H32 wants a submit button in every form; the header search is a one-field
    // form that Enter submits (HTML implicit submission), axe (tests/quality/a11y.spec.ts) passes
    // it, and vnu has no such rule.
    "wcag/h32": "off",
  },
});
