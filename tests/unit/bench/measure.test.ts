import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measure } from "../../../bench/measure.ts";

describe("measure", () => {
  it("sees the memory of a grandchild, not just the shell that started it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bench-measure-"));
    const logFile = join(dir, "log.txt");
    // sh → node: the 200 MB buffer lives in the child of the measured process.
    const script = `"${process.execPath}" -e "const b = Buffer.alloc(200e6, 1); setTimeout(() => console.log(b.length), 600)"`;
    const m = await measure("sh", ["-c", script], { cwd: dir, logFile });
    expect(m.exitCode).toBe(0);
    expect(m.peakRssMb).toBeGreaterThan(190);
    expect(m.ms).toBeGreaterThan(500);
    expect(await readFile(logFile, "utf8")).toContain("200000000");
    // Allocating and filling 200 MB takes well under a second idle, several seconds on a loaded machine.
  }, 30_000);

  it("reports a failing command's exit code", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bench-measure-"));
    const m = await measure("sh", ["-c", "exit 3"], { cwd: dir, logFile: join(dir, "log.txt") });
    expect(m.exitCode).toBe(3);
  });
});
