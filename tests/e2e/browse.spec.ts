import type { Page } from "@playwright/test";
import { periodsOf } from "../../src/data/archive.ts";
import { firstSentence } from "../../src/lib/first-sentence.ts";
import { type Dated, paperDate } from "../../src/lib/paper-date.ts";
import { BASE, expect, KNOWN_SLUG, test } from "./fixtures.ts";

interface JsonPaper extends Dated {
  slug: string;
  title: string;
  abstract: string;
}

const corpus = async (page: Page): Promise<JsonPaper[]> =>
  (await (await page.request.get("papers.json")).json()) as JsonPaper[];

/** The row of the paper with this slug on the current page. */
const rowOf = (page: Page, slug: string) =>
  page.locator(".rows > li").filter({ has: page.locator(`a[href="${BASE}papers/${slug}/"]`) });

test("a row shows the first sentence of its abstract", async ({ page }) => {
  // Walks several pages of the list: more than one page load's time on a busy machine.
  test.slow();
  const papers = await corpus(page);
  const known = papers.find((p) => p.slug === KNOWN_SLUG);
  expect(known).toBeDefined();
  await page.goto("papers/by/title/");
  const sentence = firstSentence(known?.abstract ?? "");
  expect(sentence.length).toBeLessThan((known?.abstract ?? "").length);
  // Search the A–Z pages for the paper: it is on one of them.
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
  const { month } = periodsOf(listed?.listed ?? "");
  await page.goto(`archive/${month.year}/${month.segment}/`);
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

test("an archive month page lists exactly that month's papers", async ({ page }) => {
  // Walks several pages of the list: more than one page load's time on a busy machine.
  test.slow();
  const papers = await corpus(page);
  await page.goto("archive/");
  const link = page.locator(".period-links a").first();
  const href = (await link.getAttribute("href")) ?? "";
  const [, year, mm] = /archive\/(\d{4})\/(\d{2})\/$/.exec(href) ?? [];
  const key = `${year}-${mm}`;
  const expected = papers
    .filter((p) => paperDate(p)?.date.startsWith(`${key}-`))
    .map((p) => p.slug)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^\w+ \d{4}$/);
  const seen: string[] = [];
  for (;;) {
    const hrefs = await page
      .locator(".rows > li .row-title a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    seen.push(...hrefs.map((h) => h.replace(`${BASE}papers/`, "").replace(/\/$/, "")));
    const next = page.getByRole("navigation", { name: "Pagination" }).getByRole("link", {
      name: "Next",
    });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect(seen.sort()).toEqual(expected);
});

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
