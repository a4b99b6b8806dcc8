/**
 * Runs only the quality gates against an existing build, without rebuilding:
 * `npx playwright test -c tests/quality/playwright.config.ts` (set QUALITY_DIST to check
 * another folder than dist/, QUALITY_PORT to serve it on another port than quality.config.json's).
 * `npm test` runs the same gates as the "quality" project of the root playwright.config.ts,
 * after its build, on its one server.
 */
import { availableParallelism } from "node:os";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium.ts";
import { loadConfig } from "./lib/config.ts";

const config = loadConfig();
const dist = process.env.QUALITY_DIST || config.dist;
const port = Number(process.env.QUALITY_PORT ?? config.port);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  forbidOnly: !!process.env.CI,
  workers: availableParallelism(),
  reporter: [["list"]],
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${config.basePath}`,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `npx tsx scripts/serve-dist.ts --port ${port} --dist ${dist}`,
    cwd: "../..",
    url: `http://127.0.0.1:${port}${config.basePath}`,
    reuseExistingServer: false,
  },
});
