/**
 * Valid HTML gate: the Nu HTML Checker over every non-paper page, a sample of paper pages and
 * the 404 page, in one Java run. Zero errors; failures are listed file by file.
 */
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { loadConfig } from "./lib/config.ts";
import { gatePages } from "./lib/pages.ts";
import { pageFile } from "./lib/sample.ts";
import { formatMessages, validateHtml } from "./lib/vnu.ts";

const config = loadConfig();

test("the pages are valid HTML (Nu HTML Checker, errors only)", async () => {
  test.setTimeout(300_000);
  const pages = gatePages(config);
  const files = pages.all.map((p) => join(pages.dist, pageFile(p)));
  const ignore = config.htmlIgnore.map((i) => new RegExp(i.pattern));
  const errors = await validateHtml(files, pages.dist, ignore);
  const count = [...errors.values()].reduce((n, list) => n + list.length, 0);
  console.log(
    `vnu: ${files.length} pages (${pages.papers.length} of ${pages.paperCount} papers), ${count} errors in ${errors.size} files`,
  );
  expect(count, `HTML errors:\n${formatMessages(errors)}`).toBe(0);
});
