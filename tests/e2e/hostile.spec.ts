import { expect, test } from "./fixtures.ts";

/** The hostile digest (tests/fixtures/hostile/999_hostile.txt) as ingest turned it into papers. */
interface PaperJson {
  slug: string;
  title: string;
  abstract: string;
  organization?: string;
  digests: string[];
}

async function hostilePapers(
  request: import("@playwright/test").APIRequestContext,
): Promise<PaperJson[]> {
  const papers = (await (await request.get("papers.json")).json()) as PaperJson[];
  return papers.filter((p) => p.digests.includes("999_hostile"));
}

test("hostile titles, abstracts and bylines show as literal text and never run", async ({
  page,
  request,
}) => {
  const papers = await hostilePapers(request);
  expect(papers).toHaveLength(2);
  const evil = papers.find((p) => p.title.includes("<script>alert(1)</script>"));
  expect(evil, "papers.json keeps the title as text").toBeDefined();
  if (!evil) return;
  await page.goto(`papers/${evil.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(evil.title);
  const article = page.getByRole("article");
  await expect(article).toContainText('<script>alert("abstract")</script>');
  await expect(article).toContainText("<img src=x onerror=alert(2)>");
  await expect(page.locator("img[onerror], iframe, a[href^='javascript:' i]")).toHaveCount(0);
  // Attributes and head: the same text, escaped, not markup.
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(evil.title)}`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", evil.title);
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute("content", evil.title);
  expect(
    await page.locator("head script:not([type])").count(),
    "only the theme script runs in head",
  ).toBe(1);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  );
  expect(jsonLd.headline).toBe(evil.title);
  if (evil.organization)
    await expect(page.getByRole("complementary")).toContainText(evil.organization);
  // The digest page lists both hostile papers as text.
  await page.goto("digests/999_hostile/");
  for (const p of papers) await expect(page.getByRole("main")).toContainText(p.title);
});

test("the feed and sitemap carry hostile text escaped, as the same text", async ({
  page,
  request,
}) => {
  const papers = await hostilePapers(request);
  const rss = await (await request.get("rss.xml")).text();
  expect(rss).not.toMatch(/<(script|img|iframe)\b/i);
  // An XML parser reads the escaped titles back as exactly the digest's text.
  await page.goto("./");
  const titles = await page.evaluate(
    (xml) =>
      [
        ...new DOMParser().parseFromString(xml, "application/xml").querySelectorAll("item > title"),
      ].map((t) => t.textContent),
    rss,
  );
  for (const paper of papers) expect(titles).toContain(paper.title);
  const sitemap = await (await request.get("sitemap-0.xml")).text();
  expect(sitemap).not.toMatch(/<(script|img|iframe)\b/i);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
