import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { Machine } from "./results.ts";

const run = (cmd: string, args: string[], cwd: string): string => {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unavailable";
  }
};

const version = (repo: string, pkg: string): string => {
  try {
    return JSON.parse(readFileSync(join(repo, "node_modules", pkg, "package.json"), "utf8"))
      .version;
  } catch {
    return "not installed";
  }
};

/** Describes this machine and the tool versions the project at `repo` will use. */
export function describeMachine(repo: string): Machine {
  const mem = /MemTotal:\s+(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1];
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memTotalGb: Number(mem ?? 0) / 1024 / 1024,
    loadAvgAtStart: loadavg()[0] ?? 0,
    // The project pins Node 24 as a devDependency; `npx node` is what every phase runs on.
    node: run("npx", ["--no-install", "node", "--version"], repo),
    astro: version(repo, "astro"),
    pagefind: version(repo, "pagefind"),
    hugo: run("hugo", ["version"], repo).split(" ")[1] ?? "unavailable",
  };
}

/** Short commit hash of `repo`; for the working tree, `+dirty` when it has uncommitted changes. */
export function describeCommit(repo: string, source: "head" | "working"): string {
  const head = run("git", ["rev-parse", "--short", "HEAD"], repo);
  if (source === "head") return head;
  const dirty = run("git", ["status", "--porcelain"], repo);
  return dirty === "" ? head : `${head}+dirty`;
}
