/**
 * Valid HTML gate: html-validate (rules in .htmlvalidate.mjs, mirroring the Nu HTML Checker,
 * which `npm run audit` still runs where Java exists) over every non-paper page, a sample of
 * paper pages and the 404 page. Zero errors; failures are listed file by file.
 */
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { loadConfig } from "./lib/config.ts";
import { formatFindings, validateHtmlFiles } from "./lib/html-validate.ts";
import { gatePages } from "./lib/pages.ts";
import { pageFile } from "./lib/sample.ts";

const config = loadConfig();

test("the pages are valid HTML (html-validate, errors only)", async () => {
  test.setTimeout(300_000);
  const pages = gatePages(config);
  const files = pages.all.map((p) => join(pages.dist, pageFile(p)));
  const errors = await validateHtmlFiles(files, pages.dist);
  const count = [...errors.values()].reduce((n, list) => n + list.length, 0);
  console.log(
    `html-validate: ${files.length} pages (${pages.papers.length} of ${pages.paperCount} papers), ${count} errors in ${errors.size} files`,
  );
  expect(count, `HTML errors:\n${formatFindings(errors)}`).toBe(0);
});
