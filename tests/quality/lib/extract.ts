/**
 * Finds every URL a built file points at: attributes and JSON-LD in HTML, `<loc>`/`<link>`/`<guid>`
 * and `href` in XML (sitemap, RSS), URL-looking strings in JSON, `url()` in CSS. Pure functions of
 * the file text; each URL comes with where it was found so a failure can name `file:line`.
 */
import { type DefaultTreeAdapterMap, parse } from "parse5";

/** One URL found in a file. */
export interface FoundUrl {
  /** The URL as written (entities decoded). */
  value: string;
  /** 1-based line in the file (JSON: 0, see `where`). */
  line: number;
  /** 1-based column, when known (Astro writes a page on one line). */
  column?: number;
  /** What held it, e.g. `a[href]`, `meta[og:url]`, `json-ld`, `loc`, `$.papers[3].url`. */
  where: string;
}

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Attributes that hold one URL, by element. */
const URL_ATTRS: Record<string, readonly string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  base: ["href"],
  img: ["src"],
  source: ["src"],
  script: ["src"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  input: ["src"],
  use: ["href", "xlink:href"],
  image: ["href", "xlink:href"],
};

/** `<meta>` whose content is a URL, keyed by its property/name. */
const URL_METAS = new Set([
  "og:url",
  "og:image",
  "og:image:url",
  "og:image:secure_url",
  "twitter:image",
  "twitter:url",
  "citation_pdf_url",
  "citation_abstract_html_url",
  "citation_public_url",
]);

const JSON_URL = /^(https?:\/\/|\/)/i;

/** URLs in an HTML document. */
export function extractHtmlUrls(html: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node) element(node, found);
    const children = "childNodes" in node ? node.childNodes : [];
    for (const child of children) visit(child);
    if ("content" in node && node.content) visit(node.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}

function element(el: Element, found: FoundUrl[]): void {
  const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
  const at = (name: string) => {
    const loc = el.sourceCodeLocation?.attrs?.[name] ?? el.sourceCodeLocation;
    return { line: loc?.startLine ?? 0, column: loc?.startCol ?? 0 };
  };
  for (const name of URL_ATTRS[el.tagName] ?? []) {
    const value = attr(name);
    if (value !== undefined) found.push({ value, ...at(name), where: `${el.tagName}[${name}]` });
  }
  for (const name of ["srcset", "imagesrcset"]) {
    const value = attr(name);
    if (value === undefined) continue;
    for (const candidate of value.split(",")) {
      const src = candidate.trim().split(/\s+/)[0];
      if (src) found.push({ value: src, ...at(name), where: `${el.tagName}[${name}]` });
    }
  }
  if (el.tagName === "meta") {
    const key = attr("property") ?? attr("name") ?? "";
    const content = attr("content");
    if (URL_METAS.has(key) && content !== undefined) {
      found.push({ value: content, ...at("content"), where: `meta[${key}]` });
    }
  }
  if (el.tagName === "script" && attr("type") === "application/ld+json") {
    const text = el.childNodes.map((c) => ("value" in c ? c.value : "")).join("");
    const { line, column } = at("type");
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      found.push({ value: "", line, column, where: `json-ld: invalid JSON (${String(error)})` });
      return;
    }
    for (const hit of extractJsonUrls(data, "json-ld")) found.push({ ...hit, line, column });
  }
}

/** URL-looking strings (`http(s)://…` or `/…`) anywhere in parsed JSON, with their JSON path. */
export function extractJsonUrls(data: unknown, path = "$"): FoundUrl[] {
  if (typeof data === "string") {
    return JSON_URL.test(data) ? [{ value: data, line: 0, where: path }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => extractJsonUrls(item, `${path}[${i}]`));
  if (data && typeof data === "object") {
    return Object.entries(data).flatMap(([key, value]) => extractJsonUrls(value, `${path}.${key}`));
  }
  return [];
}

const XML_TEXT = /<(loc|link|guid|comments)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
const XML_HREF = /\s(href|src|url)="([^"]*)"/g;

/** URLs in an XML document (sitemap, RSS/Atom): element text and `href`-like attributes. */
export function extractXmlUrls(xml: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  const lineAt = (index: number) => xml.slice(0, index).split("\n").length;
  for (const match of xml.matchAll(XML_TEXT)) {
    const [, tag = "", attrs = "", text = ""] = match;
    // An RSS <guid isPermaLink="false"> is an identifier, not a link.
    if (tag === "guid" && /isPermaLink="false"/.test(attrs)) continue;
    const value = decodeXml(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "").trim());
    found.push({ value, line: lineAt(match.index), where: tag });
  }
  for (const match of xml.matchAll(XML_HREF)) {
    const [, name = "", value = ""] = match;
    found.push({ value: decodeXml(value), line: lineAt(match.index), where: `@${name}` });
  }
  return found;
}

/** `url(…)` references in a stylesheet. */
export function extractCssUrls(css: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
    found.push({
      value: match[2] ?? "",
      line: css.slice(0, match.index).split("\n").length,
      where: "url()",
    });
  }
  return found;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity[0] !== "#") return named[entity.toLowerCase()] ?? "";
    const hex = entity[1] === "x" || entity[1] === "X";
    return String.fromCodePoint(Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}
