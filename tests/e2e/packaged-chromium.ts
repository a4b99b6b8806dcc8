/**
 * The Chromium that `npm install` brings on Linux: the optional dependency @sparticuz/chromium
 * (a headless-shell build with the libraries it needs beyond glibc and a font), unpacked once
 * into node_modules/.cache so no step outside npm is needed.
 *
 * The package unpacks into `os.tmpdir()` asynchronously; here that runs in a child process
 * (tests/e2e/unpack-chromium.ts) with TMPDIR pointing into the cache, so the lookup stays
 * synchronous (Playwright reads its config synchronously) and every checkout has its own copy
 * instead of sharing `/tmp/chromium`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/** How to run the packaged browser: its binary and what it needs in its environment. */
export interface PackagedChromium {
  path: string;
  /** LD_LIBRARY_PATH (its NSS/expat copies) and FONTCONFIG_FILE (system fonts plus its own). */
  env: Record<string, string>;
}

/** Folder of the installed package, or undefined when npm skipped it (not Linux x64/arm64). */
function packageDir(): string | undefined {
  if (process.platform !== "linux" || !["x64", "arm64"].includes(process.arch)) return undefined;
  try {
    // The package exports only its entry (build/index.js); its root is one folder up.
    return resolve(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "..");
  } catch {
    return undefined;
  }
}

/**
 * The unpacked packaged Chromium, unpacking it on first use (about 20 s), or undefined when the
 * package is not installed. Concurrent first uses are safe: each unpacks beside the cache and
 * renames into place; the loser keeps the winner's copy.
 */
export function packagedChromium(): PackagedChromium | undefined {
  const pkg = packageDir();
  if (!pkg) return undefined;
  const { version } = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as {
    version: string;
  };
  const cache = join(ROOT, "node_modules", ".cache", "papershelf-chromium");
  const dir = join(cache, version);
  if (!existsSync(join(dir, "chromium"))) {
    const work = `${dir}.tmp-${process.pid}`;
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    execFileSync(process.execPath, [join(import.meta.dirname, "unpack-chromium.ts"), pkg], {
      env: { ...process.env, TMPDIR: work },
      stdio: ["ignore", "ignore", "inherit"],
    });
    writeFileSync(join(work, "fonts.conf"), fontsConf(dir));
    try {
      renameSync(work, dir);
    } catch (error) {
      rmSync(work, { recursive: true, force: true });
      if (!existsSync(join(dir, "chromium"))) throw error;
    }
  }
  return {
    path: join(dir, "chromium"),
    env: {
      LD_LIBRARY_PATH: [join(dir, "al2023", "lib"), process.env.LD_LIBRARY_PATH]
        .filter(Boolean)
        .join(":"),
      FONTCONFIG_FILE: join(dir, "fonts.conf"),
    },
  };
}

/**
 * Fontconfig settings for the packaged browser: the system's fonts when there are any, plus the
 * Open Sans it ships (so text renders as glyphs, not boxes, on a machine with no fonts), with
 * the font cache inside `dir`. The package's own fonts.conf points at /tmp/fonts, which is
 * wrong once unpacked elsewhere.
 */
export function fontsConf(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dir}/fonts</dir>
  <cachedir>${dir}/fonts-cache</cachedir>
</fontconfig>
`;
}
