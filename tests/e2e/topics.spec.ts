import type { APIRequestContext, Page } from "@playwright/test";
import { publishedCorpus } from "./corpus-json.ts";
import { BASE, expect, ORIGIN, test } from "./fixtures.ts";

/** The fields of papers.json.gz these tests read. */
interface PaperJson {
  slug: string;
  title: string;
  topics: string[];
  upvotes?: number;
  digests: string[];
}

/**
 * A shipped topic (16 papers) with several co-occurring topics and one upvoted paper, which is not
 * its newest, so the two orders differ visibly.
 */
const TOPIC = "efficient-inference";

async function corpus(request: APIRequestContext): Promise<PaperJson[]> {
  return publishedCorpus<PaperJson>(request);
}

/** Titles of an RSS feed's items, read back by the browser's XML parser. */
async function feedTitles(page: Page, xml: string): Promise<string[]> {
  return page.evaluate(
    (text) =>
      [
        ...new DOMParser()
          .parseFromString(text, "application/xml")
          .querySelectorAll("item > title"),
      ].map((t) => t.textContent ?? ""),
    xml,
  );
}

test("a topic page names the topics its papers share, as working links with true counts", async ({
  page,
  request,
}) => {
  const papers = await corpus(request);
  await page.goto(`topics/${TOPIC}/`);
  const links = page.getByRole("region", { name: "Often together with" }).getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(count).toBeLessThanOrEqual(6);
  const shown: { id: string; name: string; shared: number }[] = [];
  for (const link of await links.all()) {
    const text = (await link.textContent())?.replace(/\s+/g, " ").trim() ?? "";
    const match = /^(.+) · (\d+) shared$/.exec(text);
    expect(match, `chip text "${text}"`).not.toBeNull();
    const href = (await link.getAttribute("href")) ?? "";
    const id = new RegExp(`^${BASE}topics/([^/]+)/$`).exec(href)?.[1] ?? "";
    expect(id, `chip href ${href}`).not.toBe("");
    shown.push({ id, name: match?.[1] ?? "", shared: Number(match?.[2]) });
  }
  // Each count is the number of papers carrying both topics, most shared first.
  for (const { id, shared } of shown) {
    const both = papers.filter((p) => p.topics.includes(TOPIC) && p.topics.includes(id));
    expect(shared, `papers in both ${TOPIC} and ${id}`).toBe(both.length);
  }
  const counts = shown.map((s) => s.shared);
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  // And the chips lead somewhere: the first one opens that topic's page.
  const [first] = shown;
  await links.first().click();
  await expect(page).toHaveURL(`${ORIGIN}${BASE}topics/${first?.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first?.name ?? "");
});

test("a topic's sort tabs reorder its papers: most upvoted ranks its upvoted papers", async ({
  page,
  request,
}) => {
  const mine = (await corpus(request)).filter((p) => p.topics.includes(TOPIC));
  const top = [...mine].sort((a, b) => (b.upvotes ?? -1) - (a.upvotes ?? -1))[0];
  expect(top?.upvotes, "the test topic has an upvoted paper").toBeGreaterThan(0);
  await page.goto(`topics/${TOPIC}/`);
  const tabs = page.getByRole("navigation", { name: "Sort papers" });
  await expect(tabs.getByRole("link", { name: "Newest" })).toHaveAttribute("aria-current", "page");
  const cards = page.getByRole("main").getByRole("heading", { level: 3 });
  await expect(cards).toHaveCount(mine.length);
  const newestFirst = await cards.first().textContent();
  await tabs.getByRole("link", { name: "Most upvoted" }).click();
  await expect(page).toHaveURL(`${ORIGIN}${BASE}topics/${TOPIC}/by/upvotes/`);
  await expect(page).toHaveTitle(/, most upvoted · /);
  await expect(tabs.getByRole("link", { name: "Most upvoted" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(tabs.getByRole("link", { name: "Newest" })).not.toHaveAttribute("aria-current");
  // Only papers with an upvote count have a rank; the page says where the others are.
  const upvoted = mine.filter((p) => p.upvotes !== undefined);
  expect(upvoted.length).toBeLessThan(mine.length);
  await expect(cards).toHaveCount(upvoted.length);
  await expect(cards.first()).toHaveText(top?.title ?? "");
  await expect(
    page.getByText(`Only the ${upvoted.length} of ${mine.length} papers with an upvote count`),
  ).toBeVisible();
  expect(top?.title).not.toBe(newestFirst?.trim());
  // Newest links back to the topic's own page, not a duplicate under by/.
  await expect(tabs.getByRole("link", { name: "Newest" })).toHaveAttribute(
    "href",
    `${BASE}topics/${TOPIC}/`,
  );
  const note = page.getByText("No paper here has an upvote count yet");
  await expect(note).toHaveCount(0);
  // A topic without upvoted papers says so and links to its papers, newest first.
  const papers = await corpus(request);
  const unvoted = [...new Set(papers.flatMap((p) => p.topics))].find((t) =>
    papers.every((p) => !p.topics.includes(t) || p.upvotes === undefined),
  );
  expect(unvoted, "some topic has no upvoted paper").toBeDefined();
  await page.goto(`topics/${unvoted}/by/upvotes/`);
  await expect(note).toBeVisible();
  await expect(page.getByRole("main").getByRole("heading", { level: 3 })).toHaveCount(0);
  await page.getByRole("link", { name: "see all of them newest first" }).click();
  await expect(page).toHaveURL(`${ORIGIN}${BASE}topics/${unvoted}/`);
});

test("a topic's feed is linked from its page and carries its papers under the base path", async ({
  page,
  request,
}) => {
  const mine = (await corpus(request)).filter((p) => p.topics.includes(TOPIC));
  await page.goto(`topics/${TOPIC}/`);
  const feedHref = `${BASE}topics/${TOPIC}/rss.xml`;
  const alternate = page.locator(
    `head link[rel="alternate"][type="application/rss+xml"][href="${feedHref}"]`,
  );
  const name = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  expect(name).not.toBe("");
  await expect(alternate).toHaveAttribute("title", new RegExp(name));
  const visible = page.getByRole("link", { name: "RSS feed of this topic" });
  await expect(visible).toBeVisible();
  await expect(visible).toHaveAttribute("href", feedHref);
  const response = await request.get(`${ORIGIN}${feedHref}`);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1] ?? "");
  expect(links).toHaveLength(mine.length);
  for (const link of links)
    expect(link).toMatch(new RegExp(`^${ORIGIN}${BASE}papers/[a-z0-9-]+/$`));
  const titles = await feedTitles(page, xml);
  expect(new Set(titles)).toEqual(new Set(mine.map((p) => p.title)));
  // Newest first, like the topic page itself.
  const firstCard = page.getByRole("main").getByRole("heading", { level: 3 }).first();
  await expect(firstCard).toHaveText(titles[0] ?? "");
  // The feed's first link resolves to that paper's page.
  expect((await request.get(links[0] ?? "")).status()).toBe(200);
});

test("a topic feed carries hostile titles escaped, as the same text", async ({ page, request }) => {
  const evil = (await corpus(request)).find((p) => p.title.includes("<script>alert(1)</script>"));
  const topic = evil?.topics[0];
  expect(topic, "the hostile paper has a topic").toBeDefined();
  const xml = await (await request.get(`topics/${topic}/rss.xml`)).text();
  expect(xml).not.toMatch(/<(script|img|iframe)\b/i);
  await page.goto("./");
  expect(await feedTitles(page, xml)).toContain(evil?.title);
});
