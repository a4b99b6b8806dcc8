import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { replaceFolder } from "../../../src/ingest/write-folder.ts";

const root = mkdtempSync(join(tmpdir(), "write-folder-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = (entries: Record<string, string>) =>
  Object.entries(entries).map(([file, content]) => ({ file, content }));

describe("replaceFolder", () => {
  const out = join(root, "site", "papers");

  it("writes every file into a new folder", () => {
    expect(replaceFolder(out, files({ "a.md": "A", "b.md": "B", "c.md": "C" }))).toEqual({
      written: 3,
      unchanged: 0,
    });
    expect(readdirSync(out).sort()).toEqual(["a.md", "b.md", "c.md"]);
  });

  it("rewrites only changed files and keeps unchanged ones' inode and mtime", () => {
    const old = new Date("2020-01-02T03:04:05Z");
    utimesSync(join(out, "a.md"), old, old);
    const before = statSync(join(out, "a.md"));
    const summary = replaceFolder(out, files({ "a.md": "A", "b.md": "B2", "d.md": "D" }));
    expect(summary).toEqual({ written: 2, unchanged: 1 });
    const after = statSync(join(out, "a.md"));
    expect(after.ino).toBe(before.ino);
    expect(after.mtime.toISOString()).toBe(old.toISOString());
    expect(readFileSync(join(out, "b.md"), "utf8")).toBe("B2");
    // Files no longer produced disappear; nothing is left beside the folder.
    expect(readdirSync(out).sort()).toEqual(["a.md", "b.md", "d.md"]);
    expect(readdirSync(join(root, "site"))).toEqual(["papers"]);
  });

  it("compares bytes, so a hand-edited output file is rewritten", () => {
    replaceFolder(out, files({ "a.md": "A", "b.md": "B2", "d.md": "D" }));
    rmSync(join(out, "d.md"));
    expect(replaceFolder(out, files({ "a.md": "A", "b.md": "B2", "d.md": "D" }))).toEqual({
      written: 1,
      unchanged: 2,
    });
  });

  it("leaves the previous folder exactly as it was when a write fails", () => {
    const before = readdirSync(out).map((n) => [n, readFileSync(join(out, n), "utf8")]);
    // A file inside a folder that does not exist cannot be written.
    expect(() => replaceFolder(out, files({ "a.md": "new", "missing/x.md": "X" }))).toThrow();
    expect(readdirSync(out).map((n) => [n, readFileSync(join(out, n), "utf8")])).toEqual(before);
    expect(readdirSync(join(root, "site"))).toEqual(["papers"]);
  });
});
