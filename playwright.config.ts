import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/e2e/chromium.ts";

// Overridable so two checkouts (git worktrees) can run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4400);
const BASE_PATH = "/papershelf/";
/** scripts/serve-dist.ts for the quality gates (tests/quality). */
const QUALITY_PORT = Number(process.env.QUALITY_PORT ?? 4430);

/**
 * Browser tests over one production build of the shipped seeds plus hostile fixtures, served by
 * `astro preview` under the GitHub Pages-style base path. Build once, preview once.
 */
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}${BASE_PATH}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] } },
    // Quality gates (links, HTML, axe, budgets) over the same dist/, served like GitHub Pages.
    {
      name: "quality",
      testDir: "tests/quality",
      fullyParallel: true,
      timeout: 120_000,
      use: { baseURL: `http://127.0.0.1:${QUALITY_PORT}${BASE_PATH}`, trace: "off" },
    },
  ],
  webServer: [
    {
      command: `npx tsx tests/e2e/build-fixture-site.ts && npx astro preview --port ${PORT}`,
      url: `http://localhost:${PORT}${BASE_PATH}`,
      env: {
        BASE_PATH,
        SITE_URL: `http://localhost:${PORT}${BASE_PATH}`,
        ASTRO_TELEMETRY_DISABLED: "1",
      },
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    // Starts after the build above (Playwright starts web servers in order).
    {
      command: `npx tsx scripts/serve-dist.ts --port ${QUALITY_PORT}`,
      url: `http://127.0.0.1:${QUALITY_PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
