import { existsSync } from "node:fs";
import {
  copyFile,
  link,
  mkdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** One generated file: its name inside the folder and its text. */
export interface OutputFile {
  file: string;
  content: string;
}

/** What {@link replaceFolder} did. */
export interface WriteSummary {
  /** Files whose bytes are new or changed. */
  written: number;
  /** Files carried over from the previous output untouched (same inode, same mtime). */
  unchanged: number;
}

/** Files handled at once: one Promise.all over 50,000 pages hits EMFILE (bench, 50k papers). */
const BATCH = 256;

/**
 * True when the previous file holds exactly `content`. Compared by bytes, not by a stored hash,
 * so a hand-edited output file is never mistaken for a current one.
 */
async function sameFile(path: string, content: string): Promise<boolean> {
  const old = await readFile(path).catch(() => undefined);
  if (old === undefined) return false;
  const next = Buffer.from(content);
  return old.length === next.length && old.equals(next);
}

/**
 * Carries an unchanged file into the new folder: a hard link keeps its inode and modification
 * time, so anything keyed on mtimes (editors, rsync, file watchers, caches) sees no change.
 * Where links are not possible (another file system), a copy with the old times does the same.
 */
async function carry(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
    const s = await stat(from);
    await utimes(to, s.atime, s.mtime);
  }
}

/**
 * Writes every file into a fresh sibling folder, then swaps it in with renames, so the old
 * output stays exactly as it was unless the new one is complete. A file whose bytes did not change
 * is carried over from the old folder instead of being written again: an incremental run
 * (one new digest) rewrites only the pages that actually changed.
 */
export async function replaceFolder(
  out: string,
  files: readonly OutputFile[],
): Promise<WriteSummary> {
  const parent = dirname(resolve(out));
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${basename(out)}-tmp-${process.pid}`);
  const old = join(parent, `.${basename(out)}-old-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);
  const summary: WriteSummary = { written: 0, unchanged: 0 };
  const hadOutput = existsSync(out);
  try {
    for (let i = 0; i < files.length; i += BATCH) {
      await Promise.all(
        files.slice(i, i + BATCH).map(async (f) => {
          const previous = join(out, f.file);
          if (hadOutput && (await sameFile(previous, f.content))) {
            await carry(previous, join(tmp, f.file));
            summary.unchanged++;
          } else {
            await writeFile(join(tmp, f.file), f.content);
            summary.written++;
          }
        }),
      );
    }
    if (hadOutput) await rename(out, old);
    await rename(tmp, out);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(out)) await rename(old, out);
    throw e;
  }
  await rm(old, { recursive: true, force: true });
  return summary;
}
