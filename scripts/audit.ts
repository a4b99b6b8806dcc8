/**
 * `npm run audit`: Lighthouse (performance, accessibility, best practices, SEO) on the home page, a
 * paper, a topic and the search page, mobile and desktop, against dist/ served like GitHub Pages
 * (scripts/serve-dist.ts), then the Nu HTML Checker (vnu, needs Java) over the pages the HTML gate
 * of `npm test` checks with html-validate, as a second opinion. Writes audit/lighthouse.json and
 * audit/lighthouse.md, prints the table, exits 1 when a score is under `lighthouse.minScore` of
 * quality.config.json, when vnu finds an error, or when there is no Java to run vnu. Each page and
 * form factor is run `lighthouse.runs` times and the run with the median performance score kept
 * (every run's performance score is in the JSON), since one run varies by a point or more.
 *
 * It checks the build that is there; when dist/ is missing it runs `npm run build` with
 * BASE_PATH=/papershelf/ first. Chromium: CHROME_PATH, else the one the browser tests use.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromiumLaunch } from "../tests/e2e/chromium.ts";
import { loadConfig, ROOT } from "../tests/quality/lib/config.ts";
import { distDir } from "../tests/quality/lib/dist.ts";
import { gatePages } from "../tests/quality/lib/pages.ts";
import { pageFile } from "../tests/quality/lib/sample.ts";
import { formatMessages, validateHtml } from "../tests/quality/lib/vnu.ts";
import { startServer } from "./serve-dist.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

/** One Lighthouse run, summarised. */
interface Row {
  page: string;
  path: string;
  formFactor: "mobile" | "desktop";
  scores: Record<Category, number>;
  /** Audits that lost points: id, title, score (0–1), displayed value. */
  findings: { id: string; title: string; score: number; value?: string }[];
  /** The performance metrics of the kept run, as Lighthouse displays them (e.g. `1.0 s`). */
  metrics: Record<string, string>;
  /** Performance score of every run, in run order; the row is the run with the median one. */
  performanceRuns: number[];
}

/** The metrics that make up the performance score, kept in the report to compare runs by. */
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "speed-index",
  "total-blocking-time",
  "cumulative-layout-shift",
] as const;

const config = loadConfig();
const dist = distDir(config);
if (!existsSync(join(dist, "index.html"))) {
  console.log(`audit: ${dist} is missing, building with BASE_PATH=${config.basePath}`);
  execFileSync("npm", ["run", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, BASE_PATH: config.basePath, ASTRO_TELEMETRY_DISABLED: "1" },
  });
}
// Defined before `targets` uses it: top-level consts are not hoisted like functions.
/** Page kinds a config path can name with `@kind` (besides `@paper`). */
const PAGE_KINDS: Record<string, RegExp> = {
  topic: /^topics\/[^/]+\/$/,
  subtopic: /^topics\/[^/]+\/(?!by\/)[^/]+\/$/,
  year: /^archive\/\d{4}\/$/,
  month: /^archive\/\d{4}\/\d{2}\/$/,
  week: /^archive\/\d{4}\/w\d{2}\/$/,
};

const pages = gatePages(config, 1);
// A kind the built site has none of (a shelf too small to split a topic has no subtopic page)
// is reported and left out, so the audit still runs on the seeds.
const targets = config.lighthouse.pages.flatMap(({ name, path }) => {
  const picked = pickPath(path);
  if (picked === undefined)
    console.log(`audit: the sitemap has no ${path.slice(1)} page; ${name} not audited`);
  return picked === undefined ? [] : [{ name, path: picked }];
});

// QUALITY_PORT, like the quality gates, so two checkouts can audit side by side.
const port = Number(process.env["QUALITY_PORT"] ?? config.port);
const server = await startServer({ dist, base: config.basePath, port });
const browser = process.env.CHROME_PATH
  ? { executablePath: process.env.CHROME_PATH, args: chromiumLaunch().args, env: undefined }
  : chromiumLaunch();
const chrome = await chromeLauncher.launch({
  chromePath: browser.executablePath,
  chromeFlags: [...browser.args, "--headless=new"],
  ...(browser.env ? { envVars: browser.env } : {}),
});
const rows: Row[] = [];
try {
  for (const formFactor of ["mobile", "desktop"] as const) {
    for (const target of targets) {
      // Lighthouse's own advice on variance: several runs, the median. One run of a page that
      // scores 100 can come out at 99 when headless Chromium holds back the first frame
      // (Speed Index follows the observed filmstrip), as the home page did on 3 December 2026.
      const runs: Row[] = [];
      for (let run = 0; run < config.lighthouse.runs; run++) {
        runs.push(await audit(target, formFactor));
      }
      const byScore = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
      const row = byScore[Math.floor((byScore.length - 1) / 2)] as Row;
      row.performanceRuns = runs.map((r) => r.scores.performance);
      rows.push(row);
      console.log(
        `audit: ${formFactor} /${target.path} ${CATEGORIES.map((c) => row.scores[c]).join(" ")}` +
          (runs.length > 1 ? ` (performance ${row.performanceRuns.join(", ")})` : ""),
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

/** One Lighthouse run of `target`, summarised. */
async function audit(
  target: { name: string; path: string },
  formFactor: Row["formFactor"],
): Promise<Row> {
  const result = await lighthouse(
    server.url + target.path,
    { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
    formFactor === "desktop" ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`lighthouse returned nothing for /${target.path}`);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  // Only audits that weigh on a score; insights and diagnostics are advice.
  const weighted = new Set(
    CATEGORIES.flatMap((c) => categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ref.id),
  );
  const findings = Object.values(audits)
    .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
    .map((a) => ({
      id: a.id,
      title: a.title,
      score: a.score ?? 0,
      ...(a.displayValue ? { value: a.displayValue } : {}),
    }));
  const metrics = Object.fromEntries(METRICS.map((id) => [id, audits[id]?.displayValue ?? "?"]));
  return {
    page: target.name,
    path: target.path,
    formFactor,
    scores,
    findings,
    metrics,
    performanceRuns: [scores.performance],
  };
}

const table = markdownTable(rows);
const outDir = join(ROOT, "audit");
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, "lighthouse.json"),
  // A generated report, like package-lock.json: biome.json leaves audit/ to this script's format.
  `${JSON.stringify({ date: new Date().toISOString(), minScore: config.lighthouse.minScore, rows }, null, 2)}\n`,
);
writeFileSync(
  join(outDir, "lighthouse.md"),
  `# Lighthouse\n\nMedian of ${config.lighthouse.runs} run(s) per page and form factor.\n\n${table}\n`,
);
console.log(`\n${table}`);
const low = rows.filter((r) => CATEGORIES.some((c) => r.scores[c] < config.lighthouse.minScore));
for (const row of rows) {
  for (const f of row.findings) {
    console.log(
      `  ${row.formFactor} /${row.path}: ${f.id} (${f.score.toFixed(2)}) ${f.title}${f.value ? ` — ${f.value}` : ""}`,
    );
  }
}
if (low.length > 0) {
  console.error(`audit: ${low.length} run(s) scored under ${config.lighthouse.minScore}`);
  process.exitCode = 1;
}
await runVnu();

/** The Nu HTML Checker over the HTML gate's pages; no Java fails the audit with how to get it. */
async function runVnu(): Promise<void> {
  const htmlPages = gatePages(config);
  const files = htmlPages.all.map((p) => join(htmlPages.dist, pageFile(p)));
  const ignore = config.htmlIgnore.map((i) => new RegExp(i.pattern));
  try {
    const errors = await validateHtml(files, htmlPages.dist, ignore);
    const count = [...errors.values()].reduce((n, list) => n + list.length, 0);
    console.log(`audit: vnu: ${files.length} pages, ${count} errors in ${errors.size} files`);
    if (count > 0) {
      console.error(formatMessages(errors));
      process.exitCode = 1;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "EACCES") throw error;
    console.error(
      "audit: vnu needs Java on PATH (e.g. `apt-get install -y default-jre-headless`); HTML not checked by vnu. `npm test` checks it with html-validate.",
    );
    process.exitCode = 1;
  }
}

/**
 * Resolves `@paper` or `@<kind>` to the heaviest such page of the sitemap (the worst case);
 * undefined when the sitemap has no page of that kind.
 */
function pickPath(path: string): string | undefined {
  const kind = PAGE_KINDS[path.slice(1)];
  const candidates =
    path === "@paper"
      ? pages.allPapers
      : path.startsWith("@") && kind
        ? pages.others.filter((p) => kind.test(p))
        : undefined;
  if (!candidates) return path;
  const size = (p: string) => statSync(join(dist, pageFile(p))).size;
  const heaviest = [...candidates].sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0];
  return heaviest;
}

/** The scores as a Markdown table, one row per page and form factor, columns padded (as Biome formats it). */
function markdownTable(list: readonly Row[]): string {
  const head = ["Page", "Form factor", "Performance", "Accessibility", "Best practices", "SEO"];
  const body = list.map((r) => [
    `${r.page} (\`/${r.path}\`)`,
    r.formFactor,
    ...CATEGORIES.map((c) => String(r.scores[c])),
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)),
  );
  // The first two columns are text (left-aligned), the scores numbers (right-aligned).
  const cell = (text: string, i: number) =>
    i < 2 ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0);
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (i < 2 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(head), rule, ...body.map(line)].join("\n");
}
