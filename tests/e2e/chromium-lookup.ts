/**
 * Which Chromium the browser tests, the audit and the bench drive, decided over injected
 * candidates so the order is testable without touching the disk. The shell that feeds it real
 * paths is tests/e2e/chromium.ts.
 */

/** Where a Chromium came from, in lookup order. */
export type ChromiumSource = "CHROMIUM_PATH" | "system" | "playwright" | "packaged";

/** One place a Chromium may be. `path` is asked lazily, in order, and may throw or be undefined. */
export interface ChromiumCandidate {
  source: ChromiumSource;
  path: () => string | undefined;
}

/** The Chromium picked. */
export interface FoundChromium {
  source: ChromiumSource;
  path: string;
}

/** What to say when nothing was found: every way to get a browser, for every platform. */
export const NO_CHROMIUM_MESSAGE =
  "No Chromium found for the browser tests. `npm install` brings one on Linux x64/arm64 " +
  "(the optional dependency @sparticuz/chromium; check that it was installed: `npm ls " +
  "@sparticuz/chromium`). Elsewhere run `npx playwright install chromium`, or set CHROMIUM_PATH " +
  "to a Chrome/Chromium binary.";

/**
 * The first candidate whose path `exists` (in the shell: is an executable file). A `CHROMIUM_PATH` that is set but missing is an error,
 * not a reason to quietly test another browser.
 * @throws when `CHROMIUM_PATH` names a missing file, or when no candidate exists.
 */
export function pickChromium(
  candidates: readonly ChromiumCandidate[],
  exists: (path: string) => boolean,
): FoundChromium {
  for (const { source, path: ask } of candidates) {
    let path: string | undefined;
    try {
      path = ask();
    } catch (error) {
      // Playwright throws when its browser was never downloaded: the next candidate is asked.
      if (source !== "packaged") continue;
      throw new Error(`The packaged Chromium (@sparticuz/chromium) could not be unpacked`, {
        cause: error,
      });
    }
    if (!path) continue;
    if (exists(path)) return { source, path };
    if (source === "CHROMIUM_PATH") {
      throw new Error(
        `CHROMIUM_PATH is ${path}, which is not an executable file. Fix or unset it.`,
      );
    }
  }
  throw new Error(NO_CHROMIUM_MESSAGE);
}
