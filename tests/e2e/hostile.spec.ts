import { publishedCorpus } from "./corpus-json.ts";
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
  const papers = await publishedCorpus<PaperJson>(request);
  return papers.filter((p) => p.digests.includes("999_hostile"));
}

test("hostile titles, abstracts and bylines show as literal text and never run", async ({
  page,
  request,
}) => {
  const papers = await hostilePapers(request);
  expect(papers).toHaveLength(2);
  const evil = papers.find((p) => p.title.includes("<script>alert(1)</script>"));
  expect(evil, "papers.json.gz keeps the title as text").toBeDefined();
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

test("reference managers get the full abstract, a preprint, one-field organisations and BibTeX to copy", async ({
  page,
  request,
  context,
}) => {
  const papers = await hostilePapers(request);
  const org = papers.find((p) => p.organization);
  expect(org, "the hostile digest has an organisation byline").toBeDefined();
  if (!org?.organization) return;
  await page.goto(`papers/${org.slug}/`);
  const meta = (name: string) => page.locator(`meta[name="${name}"]`);
  // Zotero's Embedded Metadata translator: the whole abstract, not the 160-character description.
  await expect(meta("citation_abstract")).toHaveAttribute("content", org.abstract);
  await expect(meta("DC.type")).toHaveAttribute("content", "preprint");
  // Inverted with no first name, so Zotero's cleanAuthor keeps the organisation as one name.
  const author = (await meta("citation_author").getAttribute("content")) ?? "";
  expect(author).toBe(`${org.organization.replace(/\s+/g, " ").trim().replace(/,+$/, "")},`);
  await expect(meta("citation_publication_date")).toHaveAttribute(
    "content",
    /^\d{4}\/\d{2}\/\d{2}$/,
  );

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy BibTeX" }).click();
  await expect(page.getByRole("status").filter({ hasText: "BibTeX copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator("#bibtex").textContent());
  expect(copied).toMatch(/^@misc\{|^% /);
  expect(copied).toContain("\\textless{}");
});

test("feeds carry abstracts as text that a feed reader shows as the page's words", async ({
  page,
  request,
}) => {
  const papers = await hostilePapers(request);
  const rss = await (await request.get("rss.xml")).text();
  await page.goto("./");
  // What a reader does: parse the XML, then render each description as HTML.
  const shown = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return [...doc.querySelectorAll("item")].map((item) => {
      const html = new DOMParser().parseFromString(
        item.querySelector("description")?.textContent ?? "",
        "text/html",
      );
      return {
        link: item.querySelector("link")?.textContent ?? "",
        text: html.body.textContent,
        elements: html.body.querySelectorAll("*").length,
      };
    });
  }, rss);
  for (const paper of papers) {
    const item = shown.find((i) => i.link.endsWith(`/papers/${paper.slug}/`));
    expect(item, `${paper.slug} is in the feed`).toBeDefined();
    expect(item?.text).toBe(paper.abstract);
    expect(item?.elements).toBe(0);
  }
  expect(rss).toMatch(/<atom:link href="[^"]+\/rss\.xml" rel="self"/);
  expect(rss).toContain("<lastBuildDate>");
});
