/**
 * Runs only the quality gates against an existing build, without rebuilding:
 * `npx playwright test -c tests/quality/playwright.config.ts` (set QUALITY_DIST to check
 * another folder than dist/). `npm test` runs the same gates as the "quality" project of the
 * root playwright.config.ts, after its build.
 */
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/chromium.ts";
import { loadConfig } from "./lib/config.ts";

const config = loadConfig();
const dist = process.env.QUALITY_DIST || config.dist;

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${config.port}${config.basePath}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx tsx scripts/serve-dist.ts --port ${config.port} --dist ${dist}`,
    cwd: "../..",
    url: `http://127.0.0.1:${config.port}${config.basePath}`,
    reuseExistingServer: false,
  },
});
