import { expect, type Page, test } from "@playwright/test";
import { firstSentence } from "../../src/lib/first-sentence.ts";
import { publishedCorpus } from "./corpus-json.ts";

/**
 * Search over the built site (BASE_PATH=/papershelf/, index built by Pagefind after astro build).
 * Queries use words from the shipped seeds: titles, the one organisation byline
 * ("MediaTek Research", seeds/000_*.txt) and a misspelling of a title word that Pagefind's own typo tolerance does not catch.
 */

const BASE = "/papershelf/";

/** The page's own query box (the header box is labelled "Search papers"). */
const queryBox = (page: Page) => page.getByRole("searchbox", { name: "Search query" });
const results = (page: Page) => page.locator("[data-search-results] > li");
const summary = (page: Page) => page.locator("[data-search-summary]");

async function resultCount(page: Page): Promise<number> {
  await expect(summary(page)).toContainText(/\d+ papers? match|No papers/);
  const text = (await summary(page).textContent()) ?? "";
  return Number.parseInt(text.replace(/,/g, ""), 10) || 0;
}

test.describe("search page", () => {
  test("a title word finds its paper", async ({ page }) => {
    await page.goto("search/");
    await queryBox(page).fill("RegMean");
    await expect(
      page.getByRole("link", { name: /RegMean\+\+: Enhancing Effectiveness/ }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/papershelf\/search\/\?q=RegMean$/);
    // Matches are highlighted in the excerpt.
    await expect(results(page).first().locator("mark").first()).toBeVisible();
  });

  test("every result row leads with its paper's first sentence, as list rows do", async ({
    page,
    request,
  }) => {
    const papers = await publishedCorpus<{ title: string; abstract: string }>(request);
    const byTitle = new Map(papers.map((p) => [p.title, p.abstract]));
    await page.goto("search/?q=diffusion");
    await expect(results(page).first()).toBeVisible();
    const rows = await results(page).all();
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows.slice(0, 10)) {
      const title = ((await row.getByRole("heading").textContent()) ?? "").trim();
      const abstract = byTitle.get(title);
      expect(abstract, `"${title}" is a paper of the corpus`).toBeDefined();
      await expect(row.locator(".row-lede:not(.result-excerpt)")).toHaveText(
        firstSentence(abstract ?? ""),
      );
    }
  });

  test("an organisation byline finds its papers", async ({ page }) => {
    await page.goto("search/?q=MediaTek");
    await expect(
      page.getByRole("link", { name: "Rethinking the shape convention of an MLP" }),
    ).toBeVisible();
  });

  test("a ?q= link opens with results and the query in the box", async ({ page }) => {
    await page.goto("search/?q=merging");
    await expect(queryBox(page)).toHaveValue("merging");
    expect(await resultCount(page)).toBeGreaterThan(1);
    // Screen readers hear the count from the page's own live region.
    await expect(page.getByRole("main").getByRole("status")).toContainText(/\d+ papers match/);
    await expect(results(page).first()).toBeVisible();
  });

  test("a topic filter narrows the results and lives in the URL", async ({ page }) => {
    await page.goto("search/?q=models");
    const before = await resultCount(page);
    const topics = page.getByRole("group", { name: "Topic" });
    const first = topics.getByRole("checkbox").first();
    await first.check();
    await expect(page).toHaveURL(/[?&]topic=/);
    await expect.poll(() => resultCount(page)).toBeLessThan(before);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    // The back button returns to the unfiltered view.
    await page.goBack();
    await expect(page).not.toHaveURL(/topic=/);
    await expect.poll(() => resultCount(page)).toBe(before);
  });

  test("browses by filter alone, without a query", async ({ page }) => {
    await page.goto("search/?code=yes");
    expect(await resultCount(page)).toBeGreaterThan(0);
    await expect(page.getByRole("checkbox", { name: /With code/ })).toBeChecked();
  });

  test("a misspelled query suggests a corpus term", async ({ page }) => {
    await page.goto("search/?q=pruinng");
    await expect(page.getByText("Nothing matched “pruinng”.")).toBeVisible();
    const suggestion = page.getByRole("link", { name: "pruning", exact: true }).first();
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(page).toHaveURL(/q=pruning/);
    await expect(summary(page)).toContainText(/\d+ papers? match “pruning”/);
  });

  test("result links stay under the base path", async ({ page }) => {
    await page.goto("search/?q=language");
    await expect(results(page).first()).toBeVisible();
    const hrefs = await results(page)
      .locator("a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    // Titles link to papers, topic chips to topics (search result rows are list rows).
    for (const href of hrefs) expect(href).toMatch(/^\/papershelf\/(papers|topics)\/[a-z0-9-]+\/$/);
    await expect(results(page).first().locator(".row-title a")).toHaveAttribute(
      "href",
      /^\/papershelf\/papers\/[a-z0-9-]+\/$/,
    );
  });

  test("digest text in results is shown as text, never run", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto("search/?q=hostile");
    // The title from tests/fixtures/hostile shows literally, tags and all.
    await expect(
      page.getByRole("link", { name: '<script>alert(1)</script> Hostile & "Quoted" <Title> Test' }),
    ).toBeVisible();
    await expect(page.locator("[data-search-results] :is(script, img, iframe, b)")).toHaveCount(0);
    // The same in the header box.
    await page.getByLabel("Search papers", { exact: true }).fill("angles");
    await expect(
      page.getByRole("option", { name: /Ampersands & Angles: a <b>bold<\/b> claim/ }),
    ).toBeVisible();
    await expect(page.locator("#site-search-listbox :is(script, img, iframe, b)")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe("header box", () => {
  test("loads no search code until it is used", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto("");
    await page.waitForLoadState("networkidle");
    expect(requested.filter((p) => p.includes("/pagefind/"))).toEqual([]);
    await page.keyboard.press("/");
    await expect(page.getByRole("combobox", { name: "Search papers" })).toBeFocused();
    await expect.poll(() => requested.some((p) => p === `${BASE}pagefind/pagefind.js`)).toBe(true);
  });

  test("/ and Ctrl+K focus the box; typing shows results; Escape closes", async ({ page }) => {
    await page.goto("papers/");
    await page.keyboard.press("/");
    const box = page.getByRole("combobox", { name: "Search papers" });
    await expect(box).toBeFocused();
    await page.keyboard.type("merging");
    const listbox = page.getByRole("listbox", { name: "Search results" });
    await expect(listbox.getByRole("option").first()).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator("[data-search-box] [role=status]")).toContainText(/papers? found/);
    await page.keyboard.press("Escape");
    await expect(listbox).toBeHidden();
    await expect(box).toHaveValue("merging");
    await box.blur();
    await page.keyboard.press("Control+k");
    await expect(box).toBeFocused();
  });

  test("arrow keys and Enter open a result under the base path", async ({ page }) => {
    await page.goto("");
    await page.keyboard.press("Control+k");
    await page.keyboard.type("RegMean");
    const option = page.getByRole("option", { name: /RegMean\+\+/ });
    await expect(option).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/papershelf\/papers\/regmean-plus-plus-[a-z0-9-]+\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("RegMean++");
  });

  test("see-all goes to the search page with the query", async ({ page }) => {
    await page.goto("");
    await page.keyboard.press("/");
    await page.keyboard.type("merging");
    await page.getByRole("option", { name: /See all \d+ results/ }).click();
    await expect(page).toHaveURL(/\/papershelf\/search\/\?q=merging$/);
    await expect(summary(page)).toContainText(/\d+ papers match “merging”/);
  });

  test("without JavaScript the box is a plain form to the search page", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(test.info().project.use.baseURL ?? "");
    const form = page.locator("form[role=search]").first();
    await expect(form).toHaveAttribute("action", `${BASE}search/`);
    await expect(form).toHaveAttribute("method", "get");
    await context.close();
  });
});
