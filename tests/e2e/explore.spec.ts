import { publishedCorpus } from "./corpus-json.ts";
import { expect, test } from "./fixtures.ts";

/** The built corpus as the site publishes it, so counts are never hard-coded. */
interface PublishedPaper {
  slug: string;
  title: string;
  topics: string[];
  published?: string;
}

async function corpus(request: import("@playwright/test").APIRequestContext) {
  return publishedCorpus<PublishedPaper>(request);
}

test("the map links every paper exactly once, named by its title", async ({ page, request }) => {
  const papers = await corpus(request);
  await page.goto("explore/");
  const map = page.getByRole("group", { name: /^Map of/ });
  const dots = map.getByRole("link");
  await expect(dots).toHaveCount(papers.length);
  const hrefs = await dots.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const slugs = hrefs.map((h) => h.replace(/^.*\/papers\/([^/]+)\/$/, "$1")).sort();
  expect(slugs).toEqual(papers.map((p) => p.slug).sort());
  const sample = papers[Math.floor(papers.length / 2)] as PublishedPaper;
  await expect(map.getByRole("link", { name: sample.title, exact: true })).toHaveCount(1);
});

test("the topic bars and the timeline match the data", async ({ page, request }) => {
  const papers = await corpus(request);
  await page.goto("explore/");
  const counts = new Map<string, number>();
  for (const p of papers) for (const t of p.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  const bars = page.getByRole("group", { name: "Papers per topic" }).getByRole("link");
  await expect(bars).toHaveCount(counts.size);
  for (const bar of await bars.all()) {
    const id = ((await bar.getAttribute("href")) ?? "").replace(/^.*\/topics\/([^/]+)\/$/, "$1");
    expect(Number(await bar.getAttribute("data-count")), `bar for ${id}`).toBe(counts.get(id));
    await expect(bar).toHaveAccessibleName(new RegExp(` ${counts.get(id)} papers?$`));
  }

  const dated = papers.filter((p) => p.published);
  const columns = page.locator("[data-timeline] a");
  const total = (
    await columns.evaluateAll((as) => as.map((a) => Number(a.getAttribute("data-count"))))
  ).reduce((s, n) => s + n, 0);
  expect(total).toBe(dated.length);
  for (const column of await columns.all()) {
    const key = (await column.getAttribute("data-key")) ?? "";
    const expected = dated.filter((p) => p.published?.startsWith(key)).length;
    expect(Number(await column.getAttribute("data-count")), `column ${key}`).toBe(expected);
    await expect(column).toHaveAttribute("href", new RegExp(`search/\\?year=${key.slice(0, 4)}$`));
  }
});

test("keyboard focus on a dot shows its title in a tooltip", async ({ page }) => {
  await page.goto("explore/");
  const dot = page
    .getByRole("group", { name: /^Map of/ })
    .getByRole("link")
    .nth(3);
  const title = (await dot.locator("title").textContent()) ?? "";
  const tip = page.locator("[data-map-tip]");
  await expect(tip).toBeHidden();
  await dot.focus();
  await expect(dot).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(title);
  await page.keyboard.press("Tab");
  await expect(tip).toHaveText(
    (await page.evaluate(() => document.activeElement?.querySelector("title")?.textContent)) ?? "",
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("keyboard focus on a dot still shows its label", async ({ page }) => {
    await page.goto("explore/");
    const dot = page
      .getByRole("group", { name: /^Map of/ })
      .getByRole("link")
      .first();
    const label = dot.locator("text");
    await expect(label).toHaveCSS("opacity", "0");
    await page.getByRole("link", { name: "Skip to content" }).focus();
    // Tab until the first dot has focus, as a keyboard user would.
    for (let i = 0; i < 50 && !(await dot.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(dot).toBeFocused();
    await expect(label).toHaveCSS("opacity", "1");
  });
});

test("the map has a text alternative listing every paper once", async ({ page, request }) => {
  const papers = await corpus(request);
  await page.goto("explore/");
  const list = page.locator("[data-map-index]");
  await list.locator("summary").click();
  await expect(list.getByRole("listitem")).toHaveCount(papers.length);
});
