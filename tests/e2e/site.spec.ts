import { publishedCorpus } from "./corpus-json.ts";
import { BASE, expect, KNOWN_SLUG, ORIGIN, test } from "./fixtures.ts";

test("a reader goes from the home page to a digest, a paper and a topic", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Papershelf");
  await page
    .getByRole("region", { name: "Digests" })
    .getByRole("listitem")
    .getByRole("link")
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${BASE}digests/[^/]+/$`));
  const firstPaper = page
    .getByRole("main")
    .getByRole("listitem")
    .getByRole("heading")
    .getByRole("link")
    .first();
  const title = (await firstPaper.textContent()) ?? "";
  await firstPaper.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}papers/[a-z0-9-]+/$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("h1")).toHaveCount(1);
  const topic = page
    .getByRole("article")
    .getByRole("list", { name: "Topics" })
    .getByRole("link")
    .first();
  const topicName = (await topic.textContent()) ?? "";
  await topic.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}topics/[^/]+/$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topicName);
});

test("a paper permalink loads directly with its metadata", async ({ page }) => {
  const response = await page.goto(`papers/${KNOWN_SLUG}/`);
  expect(response?.status()).toBe(200);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText("A Hierarchical Bayesian Model for Deep Few-Shot Meta Learning");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${ORIGIN}${BASE}papers/${KNOWN_SLUG}/`,
  );
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute(
    "content",
    (await h1.textContent()) ?? "",
  );
  await expect(page.getByRole("link", { name: "Code minyoungkim21/niwmeta" })).toHaveAttribute(
    "href",
    "https://github.com/minyoungkim21/niwmeta",
  );
  await expect(page.getByRole("link", { name: "Search arXiv" })).toHaveAttribute(
    "href",
    /^https:\/\/arxiv\.org\/search\//,
  );
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  );
  expect(jsonLd).toMatchObject({ "@type": "ScholarlyArticle", headline: await h1.textContent() });
  await expect(page.locator("pre code")).toContainText("@misc{");
});

test("a pasted paper link previews with its title, abstract and a picture", async ({
  page,
  request,
}) => {
  await page.goto(`papers/${KNOWN_SLUG}/`);
  const meta = (key: string) =>
    page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
  expect(await meta("og:title")).toBe(
    "A Hierarchical Bayesian Model for Deep Few-Shot Meta Learning",
  );
  expect((await meta("og:description"))?.length).toBeGreaterThan(50);
  expect(await meta("og:url")).toBe(`${ORIGIN}${BASE}papers/${KNOWN_SLUG}/`);
  for (const key of ["og:image", "twitter:image"]) {
    const image = (await meta(key)) ?? "";
    expect(image.startsWith(`${ORIGIN}${BASE}`), `${key} ${image}`).toBe(true);
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/png");
  }
});

test("an unknown address shows the 404 page with search and a way home", async ({ page }) => {
  const response = await page.goto("no-such-paper/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute(
    "href",
    BASE,
  );
  const main = page.getByRole("main");
  await main.getByRole("searchbox", { name: "Search papers" }).fill("merging");
  const form = main.getByRole("search");
  await expect(form).toHaveAttribute("action", `${BASE}search/`);
});

test("the theme toggle switches to dark and remembers it across reloads", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("./");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/dark/);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await toggle.click();
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.goto(`papers/${KNOWN_SLUG}/`);
  await expect(html).toHaveClass(/dark/);
  await page.getByRole("button", { name: "Dark theme" }).click();
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
});

test("the copy-link button copies the paper's full URL", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: ORIGIN,
  });
  await page.goto(`papers/${KNOWN_SLUG}/`);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${ORIGIN}${BASE}papers/${KNOWN_SLUG}/`,
  );
});

test("the skip link moves keyboard focus to the main content", async ({ page }) => {
  await page.goto("papers/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the papers list sorts and paginates with static links", async ({ page }) => {
  await page.goto("papers/");
  await page
    .getByRole("navigation", { name: "Sort papers" })
    .getByRole("link", { name: "Most upvoted" })
    .click();
  await expect(page).toHaveURL(`${BASE}papers/by/upvotes/`.replace(/^/, ORIGIN));
  // The upvotes item of each row's meta line ("67 upvotes"; the word is for screen readers).
  const counts = await page.locator("main .meta li:has(.sr-only)").allInnerTexts();
  const numbers = counts.map((t) => Number.parseInt(t, 10)).filter(Number.isFinite);
  expect(numbers.length).toBeGreaterThan(3);
  expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
  // Every row there has a count: papers without one are listed under Newest only.
  await expect(page.locator("main .row-title")).toHaveCount(numbers.length);
  await expect(page.getByText(/^Only the \d+ of \d+ papers with an upvote count/)).toBeVisible();
  // Two orders only: an A-Z list of a whole shelf is left to search (issue 15).
  const tabs = page.getByRole("navigation", { name: "Sort papers" }).getByRole("link");
  await expect(tabs).toHaveText(["Newest", "Most upvoted"]);
  await tabs.filter({ hasText: "Newest" }).click();
  await page
    .getByRole("navigation", { name: "Pagination" })
    .getByRole("link", { name: "Next" })
    .click();
  await expect(page).toHaveURL(/\/papershelf\/papers\/by\/newest\/2\/$/);
});

test("a paper page lists its five related papers, each with why it is related", async ({
  page,
  request,
}) => {
  type Entry = {
    slug: string;
    title: string;
    topics: string[];
    related: string[];
    relatedShares: string[][];
  };
  const papers = await publishedCorpus<Entry>(request);
  const bySlug = new Map(papers.map((p) => [p.slug, p]));
  const paper = bySlug.get(KNOWN_SLUG);
  expect(paper?.related).toHaveLength(5);
  await page.goto(`papers/${KNOWN_SLUG}/`);
  const section = page.getByRole("region", { name: "Related papers" });
  const rows = section.locator(".rows > li");
  await expect(rows).toHaveCount(5);
  const reasons = { phrases: 0, topics: 0, none: 0 };
  for (const [i, slug] of (paper?.related ?? []).entries()) {
    const other = bySlug.get(slug);
    const row = rows.nth(i);
    await expect(row.getByRole("link", { name: other?.title ?? "?" })).toHaveAttribute(
      "href",
      `${BASE}papers/${slug}/`,
    );
    const shares = paper?.relatedShares[i] ?? [];
    const sharesTopic = other?.topics.some((t) => paper?.topics.includes(t)) ?? false;
    if (shares.length > 0) {
      reasons.phrases++;
      await expect(row).toContainText(`Shares: ${shares.join(", ")}`);
    } else if (sharesTopic) {
      reasons.topics++;
      await expect(row).toContainText("Same topic:");
    } else {
      // Related by vocabulary alone: the row names the other paper's topics instead.
      reasons.none++;
      const topics = await row.getByRole("list", { name: "Topics" }).locator("li").allInnerTexts();
      expect(topics).toHaveLength(other?.topics.length ?? -1);
    }
  }
  expect(reasons.phrases, "most related papers name the phrases they share").toBeGreaterThan(0);
  // The first related paper opens.
  await rows.first().getByRole("link").first().click();
  await expect(page).toHaveURL(`${ORIGIN}${BASE}papers/${paper?.related[0]}/`);
});

test("the footer's papers.json.gz is the whole corpus: one JSON entry per paper page", async ({
  page,
  request,
}) => {
  await page.goto("./");
  const link = page.getByRole("contentinfo").getByRole("link", { name: "papers.json.gz" });
  await expect(link).toHaveAttribute("href", `${BASE}papers.json.gz`);
  const response = await request.get("papers.json.gz");
  // A file to download and gunzip, the way GitHub Pages serves a .gz: not text to decompress.
  expect(response.headers()["content-type"]).toBe("application/gzip");
  expect(response.headers()["content-encoding"]).toBeUndefined();
  const papers = await publishedCorpus<{ url: string; title: string; abstract: string }>(request);
  // Every paper page the sitemap lists, and nothing else, each with its title and abstract.
  const locs = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => m[1] ?? "",
    );
  const pages: string[] = [];
  for (const sitemap of await locs("sitemap-index.xml")) pages.push(...(await locs(sitemap)));
  const paperPages = pages.filter((u) => /\/papers\/(?!by\/)[^/]+\/$/.test(u)).sort();
  expect(paperPages.length).toBeGreaterThan(300);
  expect(papers.map((p) => p.url).sort()).toEqual(paperPages);
  expect(papers.filter((p) => !p.title || !p.abstract)).toEqual([]);
});
