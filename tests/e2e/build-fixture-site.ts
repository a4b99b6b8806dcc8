/**
 * Builds the site the browser tests run against: the shipped seeds plus the hostile digests in
 * tests/fixtures/hostile/ and the digests of tests/fixtures/site/ (what the seeds lack: a week
 * with more upvoted papers than its page lists in full), under BASE_PATH=/papershelf/, into dist/. Ingest gets a throw-away copy
 * of the slug registry so test-only papers never enter the committed content/slugs.json.
 *
 * `npx tsx tests/e2e/build-fixture-site.ts` (Playwright's webServer runs it before previewing).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const E2E_BASE = "/papershelf/";
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4400);

const root = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "papershelf-e2e-"));
const seeds = join(work, "seeds");
mkdirSync(seeds);
const fixtures = join(root, "tests", "fixtures");
for (const dir of [join(root, "seeds"), join(fixtures, "hostile"), join(fixtures, "site")]) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
    copyFileSync(join(dir, name), join(seeds, name));
  }
}
const registry = join(root, "content", "slugs.json");
const slugs = join(work, "slugs.json");
if (existsSync(registry)) copyFileSync(registry, slugs);

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: "1",
  BASE_PATH: E2E_BASE,
  SITE_URL: `http://localhost:${E2E_PORT}${E2E_BASE}`,
  SEEDS_DIR: seeds,
  // A fixed build date, so the site under test does not change with the clock: no date may be
  // later than it, and the hostile digest's "Dec 31" must stay a date (2026-12-31).
  BUILD_DATE: "2027-01-10",
};
const run = (args: string[]) => execFileSync("npx", args, { cwd: root, env, stdio: "inherit" });
try {
  run(["tsx", "src/ingest/cli.ts", "--seeds", seeds, "--slugs", slugs]);
  run(["astro", "build"]);
  // Pagefind (settings in pagefind.yml), then removal of search files a previous index left.
  execFileSync("npm", ["run", "search-index"], { cwd: root, env, stdio: "inherit" });
} finally {
  rmSync(work, { recursive: true, force: true });
}
