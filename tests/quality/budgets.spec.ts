/**
 * Page-weight gate: a sample of paper pages, each loaded fresh (new context, cache disabled), with
 * the bytes transferred summed by type and compared with the budgets in quality.config.json.
 * The figures are printed whether or not the budget holds.
 */
import { expect, test } from "@playwright/test";
import { kib, overBudget, type Transfer, weigh } from "./lib/budget.ts";
import { loadConfig } from "./lib/config.ts";
import { gatePages } from "./lib/pages.ts";

const config = loadConfig();
const pages = gatePages(config, config.samples.budgetPapers);
const budget = config.budgets.paperPage;

for (const path of pages.papers) {
  test(`budget /${path}`, async ({ browser }, testInfo) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const responses: Promise<Transfer | undefined>[] = [];
    page.on("requestfinished", (request) => {
      responses.push(
        request.sizes().then(
          (s) => ({
            url: request.url(),
            type: request.resourceType(),
            bytes: s.responseBodySize + s.responseHeadersSize,
          }),
          () => undefined,
        ),
      );
    });
    await page.goto(path, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const transfers = (await Promise.all(responses)).filter((t) => t !== undefined);
    await context.close();
    const weight = weigh(transfers);
    const types = Object.entries(weight.byType)
      .map(([type, bytes]) => `${type} ${kib(bytes)}`)
      .join(", ");
    const line = `budget /${path}: script ${kib(weight.scriptBytes)} / ${budget.scriptKiB} KiB, total ${kib(weight.totalBytes)} / ${budget.totalKiB} KiB, ${weight.requests} requests (${types})`;
    console.log(line);
    testInfo.annotations.push({ type: "weight", description: line });
    expect(weight.requests, "the page load recorded no responses").toBeGreaterThan(0);
    expect(overBudget(weight, budget), line).toEqual([]);
  });
}
