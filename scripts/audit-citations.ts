/**
 * `npm run audit:citations`: the citations and feeds through the real tools, where they exist.
 * npm cannot bring TeX or Python, so this is an audit beside `npm test` (whose unit tests use
 * Better BibTeX's parser, rss-parser and feedparser from npm), not part of it.
 *
 * - BibTeX: every entry of the hostile fixture set (tests/fixtures/citations/papers.json), plus
 *   every paper page's BibTeX block of a built site with `--dist DIR`, is compiled
 *   1. with pdflatex + bibtex + plain.bst (entries marked as holding Unicode with no TeX form are
 *      left out: the mark says they need biber), and
 *   2. with biblatex + biber under pdflatex (unmarked entries) and lualatex (all entries).
 *   Any error, any bibtex/biber warning, fails the audit.
 * - Feed: with `--dist`, Python's feedparser (Debian `python3-feedparser`) reads `rss.xml` and each
 *   item's text must equal the abstract in `papers.json.gz`.
 *
 * Writes audit/citations.md; exits 1 on any failure, and when a tool is missing (install with
 * `apt-get install -y texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber python3-feedparser`).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { type CitationInput, toBibtex, UNICODE_NOTE } from "../src/lib/bibtex.ts";
import { decodeEntities } from "../src/lib/text.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const distArg = process.argv.indexOf("--dist");
const dist = distArg >= 0 ? process.argv[distArg + 1] : undefined;

for (const tool of ["pdflatex", "lualatex", "bibtex", "biber"]) {
  if (spawnSync("which", [tool]).status !== 0) {
    console.error(
      `audit:citations: ${tool} is missing. Install TeX: apt-get install -y texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber`,
    );
    process.exit(1);
  }
}

const fixtures: CitationInput[] = JSON.parse(
  readFileSync(join(ROOT, "tests/fixtures/citations/papers.json"), "utf8"),
).map((p: CitationInput) => ({ ...p, url: `https://example.org/shelf/papers/${p.slug}/` }));
const entries = fixtures.map(toBibtex);
if (dist) entries.push(...siteEntries(dist));
const unicodeFree = entries.filter((e) => !e.startsWith(UNICODE_NOTE));

const PLAIN = String.raw`\documentclass{article}\begin{document}\nocite{*}\bibliographystyle{plain}\bibliography{refs}\end{document}`;
const BIBLATEX = String.raw`\documentclass{article}\usepackage[backend=biber]{biblatex}\addbibresource{refs.bib}\begin{document}\nocite{*}\printbibliography\end{document}`;

const results = [
  compile("pdflatex + bibtex + plain.bst", unicodeFree, PLAIN, "pdflatex", "bibtex"),
  compile("pdflatex + biblatex + biber", unicodeFree, BIBLATEX, "pdflatex", "biber"),
  compile("lualatex + biblatex + biber", entries, BIBLATEX, "lualatex", "biber"),
];
if (dist) results.push(feedCheck(dist));

const lines = [
  "# Citations audit",
  "",
  `\`npm run audit:citations${dist ? " -- --dist <dir>" : ""}\`, ${new Date().toISOString().slice(0, 10)}: ${fixtures.length} hostile fixtures${dist ? ` + ${entries.length - fixtures.length} paper pages of a built site` : ""}; ${entries.length - unicodeFree.length} entries marked as needing biber (Unicode with no TeX form).`,
  "",
  "| check | entries | result |",
  "| --- | --- | --- |",
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.count} | ${r.problems.length === 0 ? "ok" : `**${r.problems.length} problem(s)**`} |`,
  ),
  "",
  ...results.flatMap((r) =>
    r.problems.length
      ? [`## ${r.name}`, "", ...r.problems.slice(0, 40).map((p) => `- ${p}`), ""]
      : [],
  ),
];
writeFileSync(join(ROOT, "audit/citations.md"), `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
process.exit(results.some((r) => r.problems.length) ? 1 : 0);

/** Compiles `bib` entries in a throwaway folder; returns the errors and warnings the tools printed. */
function compile(name: string, bib: string[], tex: string, engine: string, bibTool: string) {
  const dir = mkdtempSync(join(tmpdir(), "citations-"));
  writeFileSync(join(dir, "refs.bib"), `${bib.join("\n\n")}\n`);
  writeFileSync(join(dir, "main.tex"), `${tex}\n`);
  const problems: string[] = [];
  const run = (cmd: string, args: readonly string[]) => {
    const r = spawnSync(cmd, [...args], {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    const out = `${r.stdout}${r.stderr}`;
    if (r.status !== 0) problems.push(`${cmd} exited ${r.status}: ${lastLines(out)}`);
    return out;
  };
  const latex = [engine, ["-interaction=nonstopmode", "-halt-on-error", "main"]] as const;
  run(...latex);
  const bibOut = run(bibTool, ["main"]);
  for (const line of bibOut.split("\n"))
    if (/^Warning--|error message|^I'm skipping|ERROR|WARN/.test(line))
      problems.push(`${bibTool}: ${line.trim()}`);
  run(...latex);
  const log = readFileSync(join(dir, "main.log"), "utf8");
  for (const line of log.split("\n"))
    if (line.startsWith("! ")) problems.push(`${engine}: ${line}`);
  return { name, count: bib.length, problems };
}

/** The BibTeX block of every paper page under `dist/papers/`. */
function siteEntries(root: string): string[] {
  const papers = join(root, "papers");
  return readdirSync(papers, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "by")
    .flatMap((d) => {
      const html = readFileSync(join(papers, d.name, "index.html"), "utf8");
      const block = /<pre class="bibtex"[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1];
      return block ? [decodeEntities(block)] : [];
    });
}

/** Python's feedparser over rss.xml: each item's text equals the paper's abstract. */
function feedCheck(root: string) {
  const name = "feedparser (Python) over rss.xml";
  const script = `
import sys, json, re, html, feedparser
feed = feedparser.parse(sys.argv[1])
print(json.dumps([{"link": e.link, "text": html.unescape(re.sub(r"<[^>]*>", "", e.summary))} for e in feed.entries]))
`;
  const problems: string[] = [];
  let items: { link: string; text: string }[] = [];
  try {
    items = JSON.parse(
      execFileSync("/usr/bin/python3", ["-c", script, join(root, "rss.xml")], { encoding: "utf8" }),
    );
  } catch (error) {
    problems.push(
      `feedparser did not run (apt-get install -y python3-feedparser): ${String(error).slice(0, 200)}`,
    );
  }
  const papers: { url: string; abstract: string }[] = JSON.parse(
    gunzipSync(readFileSync(join(root, "papers.json.gz"))).toString("utf8"),
  );
  const byUrl = new Map(papers.map((p) => [p.url, p.abstract]));
  for (const item of items)
    if (byUrl.get(item.link) !== item.text)
      problems.push(`${item.link}: feedparser shows "${item.text.slice(0, 120)}"`);
  return { name, count: items.length, problems };
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-3).join(" ⏎ ").slice(0, 300);
}
