import { publishedCorpus } from "./corpus-json.ts";
import { BASE, expect, ORIGIN, test } from "./fixtures.ts";

/** A shipped topic and the area its file names (content/topics/quantization.md). */
const TOPIC = "quantization";
const AREA = "Efficiency and compression";

test("the home page lists areas as closed rows that open onto their topics with true counts", async ({
  page,
  request,
}) => {
  const papers = await publishedCorpus<{ topics: string[] }>(request);
  await page.goto("./");
  const areas = page.getByRole("list", { name: "Areas and their topics" });
  const row = areas.locator("details").filter({ hasText: AREA });
  // Closed: the topic links are not shown until the row is opened.
  const link = row.getByRole("link", { name: /^Quantization/ });
  await expect(link).toBeHidden();
  await row.locator("summary").click();
  await expect(link).toBeVisible();
  const shown = Number(
    ((await link.locator("xpath=..").textContent()) ?? "").match(/(\d+)\s*$/)?.[1],
  );
  expect(shown).toBe(papers.filter((p) => p.topics.includes(TOPIC)).length);
});

test("a topic page names its area, linking to the area on the topics page", async ({ page }) => {
  await page.goto(`topics/${TOPIC}/`);
  const crumb = page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: AREA });
  await crumb.click();
  await expect(page).toHaveURL(`${ORIGIN}${BASE}topics/#efficiency`);
});

test("the topics page groups every topic under its area", async ({ page }) => {
  await page.goto("topics/");
  const section = page.getByRole("region", { name: AREA });
  await expect(section.getByRole("heading", { level: 3, name: /^Quantization/ })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Computer vision" })
      .getByRole("heading", { name: /^Quantization/ }),
  ).toHaveCount(0);
});
