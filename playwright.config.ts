import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/e2e/chromium.ts";

// Overridable so two checkouts (git worktrees) can run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4400);
const BASE_PATH = "/papershelf/";
const ORIGIN = `http://localhost:${PORT}`;

/**
 * Browser tests and quality gates over one production build of the shipped seeds plus hostile
 * fixtures, served once by scripts/serve-dist.ts under the base path the way GitHub Pages serves
 * it: one build, one server, one worker per core.
 */
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: availableParallelism(),
  reporter: [["list"]],
  use: {
    baseURL: `${ORIGIN}${BASE_PATH}`,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    // 60 s, not Playwright's 30: the explore test walks every bar and column one call at a time,
    // which took 32 s on this 2-core machine shared by six jobs (load average 17).
    { name: "chromium", timeout: 60_000, use: { ...devices["Desktop Chrome"] } },
    // Quality gates (links, HTML, axe, budgets) over the same dist/ and the same server.
    {
      name: "quality",
      testDir: "tests/quality",
      fullyParallel: true,
      timeout: 120_000,
      use: { trace: "off" },
    },
  ],
  webServer: {
    command: `npx tsx tests/e2e/build-fixture-site.ts && npx tsx scripts/serve-dist.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    env: { E2E_PORT: String(PORT), ASTRO_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
