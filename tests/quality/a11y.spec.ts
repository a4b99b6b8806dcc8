/**
 * Accessibility gate: axe-core on every non-paper page, a sample of paper pages and the 404 page,
 * at each configured width, in the light theme (every rule) and the dark theme (colour contrast,
 * the only thing a theme changes). Zero violations; no sideways scroll;
 * no request that leaves the base path (a stray /favicon.ico) or fails; no script error.
 * Pages come from scripts/serve-dist.ts, which serves dist/ like GitHub Pages.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { loadConfig } from "./lib/config.ts";
import { gatePages } from "./lib/pages.ts";

const config = loadConfig();
const pages = gatePages(config);
/** A path GitHub Pages answers with 404.html. */
const MISSING = "papers/no-such-paper-here/";

test.describe.configure({ mode: "parallel" });

for (const path of pages.all) {
  const target = path === "404.html" ? MISSING : path;
  test(`a11y /${target}`, async ({ page }) => {
    const problems: string[] = [];
    watchRequests(page, problems);
    for (const viewport of config.viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
      await page.addInitScript(() => localStorage.setItem("theme", "light"));
      const response = await page.goto(target, { waitUntil: "load" });
      expect(response?.status(), `status of /${target}`).toBe(path === "404.html" ? 404 : 200);
      for (const theme of ["light", "dark"] as const) {
        if (theme === "dark") await useDarkTheme(page);
        const where = `${viewport.name} ${viewport.width}px, ${theme}`;
        // The themes differ only in colour, so the dark pass runs the colour rule alone: the
        // full rule set twice per width would double the slowest gate for nothing.
        const rules = theme === "dark" ? ["color-contrast"] : undefined;
        problems.push(...(await axeViolations(page, rules)).map((v) => `${where}: ${v}`));
        const overflow = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        if (overflow.scroll > overflow.inner) {
          problems.push(
            `${where}: scrolls sideways (${overflow.scroll}px wide > ${overflow.inner}px)`,
          );
        }
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
}

/** Switches to dark the way the theme toggle does (class + remembered choice) and the system way. */
async function useDarkTheme(page: Page): Promise<void> {
  // Colour transitions would leave axe measuring half-switched colours.
  await page.addStyleTag({
    content: "*,*::before,*::after{transition:none!important;animation:none!important}",
  });
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  await page.evaluate(() => {
    localStorage.setItem("theme", "dark");
    document.documentElement.classList.add("dark");
  });
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
}

/** axe violations as one line each: rule, impact, help, the first offending selectors. */
async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map(
        (n) =>
          `${n.target.join(" ")}${n.failureSummary ? ` (${firstLine(n.failureSummary)})` : ""}`,
      );
    return `${v.id} [${v.impact}] ${v.help}: ${nodes.join("; ")}${v.nodes.length > 5 ? ` …+${v.nodes.length - 5}` : ""}`;
  });
}

function firstLine(summary: string): string {
  return summary.split("\n").slice(1, 2).join("").trim();
}

/** Records requests that leave the base path or fail, and uncaught script errors. */
function watchRequests(page: Page, problems: string[]): void {
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.host === new URL(page.url() || request.url()).host) {
      if (!url.pathname.startsWith(config.basePath)) {
        problems.push(`request outside ${config.basePath}: ${url.pathname}`);
      }
    }
  });
  page.on("response", (response) => {
    const url = new URL(response.url());
    // The deliberate 404 of the missing-page check is expected; anything else is a broken asset.
    if (response.status() >= 400 && !url.pathname.endsWith(MISSING)) {
      problems.push(`HTTP ${response.status()} for ${url.pathname}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
}
