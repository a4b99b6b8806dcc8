import { publishedCorpus } from "./corpus-json.ts";
import { expect, KNOWN_SLUG, ORIGIN, test } from "./fixtures.ts";

/** One address per page type. */
const PAGES = [
  "./",
  `papers/${KNOWN_SLUG}/`,
  "papers/",
  "papers/by/newest/2/",
  "archive/",
  "digests/",
  "topics/",
  "no-such-page/",
];

test("at 360 px no page type scrolls sideways", async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const digests = await publishedCorpus<{ digests: string[]; topics: string[] }>(request);
  const extra = [`digests/${digests[0]?.digests[0]}/`];
  const topic = digests.find((p) => p.topics.length > 0)?.topics[0];
  if (topic) extra.push(`topics/${topic}/`);
  for (const path of [...PAGES, ...extra]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});

test("every internal URL in every page of the sitemap stays under the base path", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const index = await (await request.get("sitemap-index.xml")).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ""));
  }
  expect(urls.length).toBeGreaterThan(50);
  for (const url of urls) expect(url.startsWith(`${ORIGIN}/papershelf/`), url).toBe(true);
  await page.goto("./");
  const bad: string[] = [];
  // Parse each page with the browser's HTML parser (text that merely looks like an attribute,
  // e.g. an escaped `<iframe src=...>` in an abstract, is not one).
  for (let i = 0; i < urls.length; i += 40) {
    const batch = urls.slice(i, i + 40);
    const htmls = await Promise.all(batch.map(async (url) => (await request.get(url)).text()));
    const found = await page.evaluate(
      // ORIGIN is passed in: the callback runs in the browser, where test-module constants don't exist.
      ({ batch, htmls, origin }) =>
        htmls.flatMap((html, n) => {
          const doc = new DOMParser().parseFromString(html, "text/html");
          const pageUrl = batch[n] ?? "";
          return [...doc.querySelectorAll("[href], [src], [action]")].flatMap((el) =>
            ["href", "src", "action"].flatMap((attr) => {
              const value = el.getAttribute(attr);
              if (value === null) return [];
              const target = new URL(value, pageUrl);
              const outside =
                target.origin === origin && !target.pathname.startsWith("/papershelf/");
              return outside || target.protocol === "javascript:"
                ? [`${pageUrl}: ${attr}=${value}`]
                : [];
            }),
          );
        }),
      { batch, htmls, origin: ORIGIN },
    );
    bad.push(...found);
  }
  expect(bad).toEqual([]);
});
