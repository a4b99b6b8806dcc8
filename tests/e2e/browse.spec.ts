import type { Page } from "@playwright/test";
import { periodsOf } from "../../src/data/archive.ts";
import { firstSentence } from "../../src/lib/first-sentence.ts";
import { type Dated, paperDate } from "../../src/lib/paper-date.ts";
import { publishedCorpus } from "./corpus-json.ts";
import { BASE, expect, KNOWN_SLUG, test } from "./fixtures.ts";

interface JsonPaper extends Dated {
  slug: string;
  title: string;
  abstract: string;
  upvotes?: number;
}

const corpus = async (page: Page): Promise<JsonPaper[]> => publishedCorpus<JsonPaper>(page.request);

/** The row of the paper with this slug on the current page. */
const rowOf = (page: Page, slug: string) =>
  page.locator(".rows > li").filter({ has: page.locator(`a[href="${BASE}papers/${slug}/"]`) });

test("a row shows the first sentence of its abstract", async ({ page }) => {
  // Walks several pages of the list: more than one page load's time on a busy machine.
  test.slow();
  const papers = await corpus(page);
  const known = papers.find((p) => p.slug === KNOWN_SLUG);
  expect(known).toBeDefined();
  await page.goto("papers/");
  const sentence = firstSentence(known?.abstract ?? "");
  expect(sentence.length).toBeLessThan((known?.abstract ?? "").length);
  // Page through the newest-first list for the paper: it is on one of its pages.
  for (;;) {
    if ((await rowOf(page, KNOWN_SLUG).count()) > 0) break;
    await page.getByRole("link", { name: "Next" }).click();
  }
  await expect(rowOf(page, KNOWN_SLUG).locator(".row-lede")).toHaveText(sentence);
});

test("a row shows a paper known only by its listing date as 'Listed'", async ({ page }) => {
  const papers = await corpus(page);
  const listed = papers.find((p) => paperDate(p)?.kind === "listed");
  expect(listed, "the fixture shelf has papers known only by their listing date").toBeDefined();
  const slug = listed?.slug ?? "";
  const { week } = periodsOf(listed?.listed ?? "");
  await page.goto(`archive/${week.year}/${week.segment}/`);
  for (;;) {
    if ((await rowOf(page, slug).count()) > 0) break;
    await page.getByRole("link", { name: "Next" }).click();
  }
  const date = rowOf(page, slug).locator(".m-date");
  await expect(date).toHaveText(/^Listed \d{1,2} \w+ \d{4}$/);
  await expect(date.locator("time")).toHaveAttribute("datetime", listed?.listed ?? "");
});

test("the compact view, chosen by keyboard, persists across a reload without shifting the page", async ({
  page,
}) => {
  // Walks several pages of the list: more than one page load's time on a busy machine.
  test.slow();
  await page.goto("papers/");
  const lede = page.locator(".rows > li .row-lede").first();
  await expect(lede).toBeVisible();
  const toggle = page.getByRole("button", { name: "Compact view" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.focus();
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(lede).toBeHidden();
  await expect(page.locator(".rows > li .row-title").first()).toBeVisible();
  await expect(page.locator(".rows > li .m-date").first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: "Compact view" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.locator(".rows > li .row-lede").first()).toBeHidden();
  // The class is set before first paint, so the rows never jump from full to compact.
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(
            list.getEntries().reduce((sum, e) => sum + ((e as { value?: number }).value ?? 0), 0),
          );
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(0), 500);
      }),
  );
  expect(shift).toBe(0);

  // Other lists follow the same choice; pressing again brings the full rows back.
  await page.goto("digests/");
  await page.getByRole("main").getByRole("link").first().click();
  await expect(page.locator(".rows > li .row-lede").first()).toBeHidden();
  await page.getByRole("button", { name: "Compact view" }).press("Enter");
  await expect(page.locator(".rows > li .row-lede").first()).toBeVisible();
});

test("an archive month shows its most upvoted papers and links the weeks that list them all", async ({
  page,
}) => {
  // Walks every page of a week: more than one page load's time on a busy machine.
  test.slow();
  const papers = await corpus(page);
  await page.goto("archive/");
  const link = page.locator(".period-links a").first();
  const href = (await link.getAttribute("href")) ?? "";
  const [, year, mm] = /archive\/(\d{4})\/(\d{2})\/$/.exec(href) ?? [];
  const inMonth = papers.filter((p) => paperDate(p)?.date.startsWith(`${year}-${mm}-`));
  expect(inMonth.length).toBeGreaterThan(0);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^\w+ \d{4}$/);

  // The month's rows are its most upvoted papers, best first, and no others.
  const upvoted = inMonth
    .filter((p) => p.upvotes !== undefined)
    .sort((a, b) => (b.upvotes ?? 0) - (a.upvotes ?? 0));
  const rows = await slugsOnPage(page);
  expect(rows.length).toBe(Math.min(upvoted.length, 20));
  const monthSlugs = new Set(inMonth.map((p) => p.slug));
  for (const slug of rows) expect(monthSlugs.has(slug)).toBe(true);
  const votes = new Map(inMonth.map((p) => [p.slug, p.upvotes]));
  if (rows.length > 0) expect(votes.get(rows[0] ?? "")).toBe(upvoted[0]?.upvotes);

  // Its weeks, together, list every paper of the month (and nothing undated).
  const weeks = page.getByRole("region", { name: "Weeks" }).locator("a");
  const weekHrefs = await weeks.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(weekHrefs.length).toBeGreaterThan(0);
  const seen = new Set<string>();
  for (const week of weekHrefs) {
    await page.goto(new URL(week, page.url()).href);
    for (;;) {
      for (const slug of await slugsOnPage(page)) seen.add(slug);
      const next = page.getByRole("navigation", { name: "Pagination" }).getByRole("link", {
        name: "Next",
      });
      if ((await next.count()) === 0) break;
      await next.click();
    }
  }
  for (const slug of monthSlugs) expect(seen.has(slug), `${slug} is on a week page`).toBe(true);
});

test("a busy week lists its most upvoted in full rows and the rest as brief rows", async ({
  page,
}) => {
  // tests/fixtures/site/2024-02-16.txt: 13 upvoted papers in 2024-W07, more than the 10 in full.
  const papers = await corpus(page);
  const inWeek = papers.filter((p) => {
    const date = paperDate(p)?.date;
    return date !== undefined && periodsOf(date).week.key === "2024-W07";
  });
  expect(inWeek.length).toBeGreaterThan(10);
  await page.goto("archive/2024/w07/");
  const top = page.getByRole("region", { name: "Most upvoted this week" }).locator(".rows > li");
  const rest = page
    .getByRole("region", { name: "Everything else, newest first" })
    .locator(".rows > li");
  await expect(top).toHaveCount(10);
  await expect(rest).toHaveCount(inWeek.length - 10);
  // Full rows: first sentence and topic chips; brief rows: title and facts (date, upvotes) only.
  await expect(top.locator(".row-lede")).toHaveCount(10);
  await expect(top.locator(".chips")).toHaveCount(10);
  await expect(rest.locator(".row-lede")).toHaveCount(0);
  await expect(rest.locator(".chips")).toHaveCount(0);
  await expect(rest.locator(".m-up")).toHaveCount(inWeek.length - 10);
  await expect(rest.locator(".m-date").first()).toBeVisible();
  await expect(page.getByText(/^Titles and facts only/)).toBeVisible();
  // Every brief row's paper is less upvoted than every full row's.
  const votes = new Map(inWeek.map((p) => [p.slug, p.upvotes ?? 0]));
  const topSlugs = await slugsOnPage(page, "Most upvoted this week");
  const restSlugs = await slugsOnPage(page, "Everything else, newest first");
  const lowestTop = Math.min(...topSlugs.map((s) => votes.get(s) ?? 0));
  for (const slug of restSlugs) expect(votes.get(slug) ?? 0).toBeLessThanOrEqual(lowestTop);
});

/** Slugs of the paper rows on the current page. */
async function slugsOnPage(page: Page, region?: string): Promise<string[]> {
  const scope = region ? page.getByRole("region", { name: region }) : page.locator("body");
  const hrefs = await scope
    .locator(".rows > li .row-title a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace(`${BASE}papers/`, "").replace(/\/$/, ""));
}

test("a week's feed parses and carries that week's papers", async ({ page }) => {
  // Walks several pages of the list: more than one page load's time on a busy machine.
  test.slow();
  const papers = await corpus(page);
  await page.goto("archive/");
  await page.locator("h2 a").first().click();
  await page.getByRole("region", { name: "Weeks" }).locator("a").first().click();
  const feedHref = await page
    .getByRole("link", { name: "RSS feed of this week" })
    .getAttribute("href");
  expect(feedHref).toMatch(/archive\/\d{4}\/w\d{2}\/rss\.xml$/);
  const weekKey =
    /(\d{4})\/w(\d{2})\//
      .exec(feedHref ?? "")
      ?.slice(1)
      .join("-W") ?? "";
  const response = await page.request.get(new URL(feedHref ?? "", page.url()).href);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return undefined;
    return [...doc.querySelectorAll("item > link")].map((l) => l.textContent ?? "");
  }, xml);
  expect(items, "the feed is well-formed XML").toBeDefined();
  const inWeek = papers.filter((p) => {
    const date = paperDate(p)?.date;
    return date !== undefined && periodsOf(date).week.key === weekKey;
  });
  expect(items?.length).toBe(Math.min(inWeek.length, 100));
  const slugs = new Set(inWeek.map((p) => p.slug));
  for (const link of items ?? [])
    expect(slugs.has(/papers\/([^/]+)\/$/.exec(link)?.[1] ?? "")).toBe(true);
});
