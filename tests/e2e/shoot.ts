/**
 * Screenshots of every page type at phone and desktop width, light and dark, into /tmp/shots/.
 * Not a test: run `npx tsx tests/e2e/shoot.ts [baseURL] [widths] [names]` against a running
 * preview and look (`widths` e.g. `390,1280`; `names` a comma-separated subset of the pages).
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.ts";

const base = process.argv[2] ?? "http://localhost:4400/papershelf/";
const out = process.env["SHOOT_OUT"] ?? "/tmp/shots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
const home = await browser.newPage();
await home.goto(base);
const paper = await home
  .locator('a[href*="/papers/"][href$="/"]')
  .filter({ hasNotText: /papers/i })
  .first()
  .getAttribute("href");
const digest = await home.locator('a[href*="/digests/"]').last().getAttribute("href");
const topic = await home.locator('a[href*="/topics/"]').last().getAttribute("href");
await home.goto(`${base}archive/`);
const month = await home.locator(".period-links a").first().getAttribute("href");
const year = await home.locator("h2 a").first().getAttribute("href");
await home.goto(new URL(month ?? "archive/", base).href);
const week = await home.locator(".period-links a").first().getAttribute("href");
// A split topic's subtopic: the largest topic on the topics index is the likeliest to be split.
await home.goto(`${base}topics/`);
let subtopic: string | null = null;
for (const href of await home
  .locator('main a[href*="/topics/"]')
  .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
  await home.goto(new URL(href, base).href);
  subtopic = await home
    .locator('section[aria-labelledby="subtopics"] a')
    .first()
    .getAttribute("href", { timeout: 1000 })
    .catch(() => null);
  if (subtopic) break;
}
await home.close();
const pages: Record<string, string> = {
  home: base,
  paper: new URL(paper ?? "papers/", base).href,
  papers: `${base}papers/`,
  digest: new URL(digest ?? "digests/", base).href,
  digests: `${base}digests/`,
  topics: `${base}topics/`,
  topic: new URL(topic ?? "topics/", base).href,
  archive: `${base}archive/`,
  year: new URL(year ?? "archive/", base).href,
  month: new URL(month ?? "archive/", base).href,
  // SHOOT_WEEK picks a week (e.g. archive/2024/w07/, the test site's week with brief rows).
  week: new URL(process.env["SHOOT_WEEK"] ?? week ?? "archive/", base).href,
  subtopic: new URL(subtopic ?? "topics/", base).href,
  // The last page of a capped list (only on shelves past 500 papers; else the 404 page).
  listEnd: `${base}papers/by/newest/10/`,
  notfound: `${base}no-such-page/`,
};
const widths = (process.argv[3] ?? "360,1280").split(",").map(Number);
const only = process.argv[4]?.split(",");
for (const scheme of ["light", "dark"] as const) {
  for (const width of widths) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
    });
    const page = await context.newPage();
    for (const [name, url] of Object.entries(pages)) {
      if (only && !only.includes(name)) continue;
      await page.goto(url);
      await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
      // The first screen alone, at a readable scale, for long pages.
      await page.screenshot({ path: `${out}/${name}-${width}-${scheme}-top.png` });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
