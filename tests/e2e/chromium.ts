import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Launch arguments for Chromium in a container with no network (see notes/COMMON.md). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Finds a Chromium to drive: `CHROMIUM_PATH`, then the usual system paths, then Playwright's own
 * download. Throws with install instructions when there is none: browser tests never skip.
 */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browser was never downloaded; fall through to the message.
  }
  throw new Error(
    "No Chromium found for the browser tests. Install one (`apt-get install -y chromium`, or " +
      "`npx playwright install chromium`) or set CHROMIUM_PATH to a Chrome/Chromium binary.",
  );
}
