import { accessSync, constants, statSync } from "node:fs";
import { chromium } from "@playwright/test";
import { type ChromiumSource, pickChromium } from "./chromium-lookup.ts";
import { type PackagedChromium, packagedChromium } from "./packaged-chromium.ts";

/** Launch arguments for Chromium in a container with no network (see notes/COMMON.md). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Common system install paths, tried after CHROMIUM_PATH. */
export const SYSTEM_CHROMIUM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/** How to start the Chromium found: Playwright `launchOptions` (chrome-launcher takes the same parts). */
export interface ChromiumLaunch {
  source: ChromiumSource;
  executablePath: string;
  args: string[];
  /** Environment for the browser process when it needs more than `process.env` (the packaged one). */
  env?: Record<string, string>;
}

let found: ChromiumLaunch | undefined;

/**
 * Finds a Chromium to drive, in this order: `CHROMIUM_PATH`, the usual system paths, Playwright's
 * own download (`npx playwright install chromium`), then the one `npm install` brings on Linux
 * (@sparticuz/chromium, unpacked on first use). Throws with install instructions when there is
 * none: browser tests never skip. The answer is kept for the life of the process.
 */
export function chromiumLaunch(): ChromiumLaunch {
  if (found) return found;
  let packaged: PackagedChromium | undefined;
  const pick = pickChromium(
    [
      { source: "CHROMIUM_PATH", path: () => process.env.CHROMIUM_PATH || undefined },
      ...SYSTEM_CHROMIUM_PATHS.map((path) => ({ source: "system" as const, path: () => path })),
      { source: "playwright", path: () => chromium.executablePath() },
      {
        source: "packaged",
        path: () => {
          packaged = packagedChromium();
          return packaged?.path;
        },
      },
    ],
    isExecutableFile,
  );
  found = {
    source: pick.source,
    executablePath: pick.path,
    args: CHROMIUM_ARGS,
    ...(pick.source === "packaged" && packaged ? { env: withEnv(packaged.env) } : {}),
  };
  return found;
}

/** Playwright `launchOptions` for the Chromium {@link chromiumLaunch} picks. */
export function chromiumLaunchOptions(): Omit<ChromiumLaunch, "source"> {
  const { source: _, ...options } = chromiumLaunch();
  return options;
}

/** `process.env` (without unset entries) with `extra` on top. */
function withEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, ...extra };
}

/** A regular file this process may execute (a path bind-mounted to /dev/null, say, is not). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
