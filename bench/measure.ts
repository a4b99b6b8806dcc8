import { spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";

/** Wall time, memory and CPU of one child process tree. */
export interface Measurement {
  /** Wall-clock milliseconds. */
  ms: number;
  /** Peak of the summed resident memory of the whole process tree, MiB (polled, plus per-process high-water marks). */
  peakRssMb: number;
  /** Largest single process's peak resident memory, MiB (GNU time's ru_maxrss when available). */
  maxProcessRssMb: number;
  /** User + system CPU seconds of the tree (GNU time), or null without it. */
  cpuS: number | null;
  exitCode: number;
  /** The first 32 KiB and last 64 KiB of stdout and stderr, for parsing tool-reported timings. */
  output: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Appends the command line, stdout and stderr here. */
  logFile: string;
  /** Poll period for /proc, ms. */
  pollMs?: number;
}

const GNU_TIME = "/usr/bin/time";

/**
 * Runs `command args` and measures it. Memory is sampled from /proc for the whole tree (npm, npx
 * and tsx spawn children, so the top process alone would under-report), and each sampled
 * process's VmHWM catches peaks that fall between two polls.
 */
export async function measure(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<Measurement> {
  const log = createWriteStream(options.logFile, { flags: "a" });
  log.write(`\n$ (cd ${options.cwd} && ${command} ${args.join(" ")})\n`);
  const timeFile = `${options.logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime
    ? [GNU_TIME, ["-v", "-o", timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env });
  // Tools print their stage timings both early (Astro's sync and Vite lines) and last (totals),
  // with one line per page in between: keep the first 32 KiB and the last 64 KiB.
  // The tail is a queue of chunks, trimmed from the front: re-slicing one 64 KiB string per chunk
  // copied gigabytes for Astro's 11,000 page lines and stole CPU from the build being measured.
  let head = "";
  const tail: string[] = [];
  let tailLength = 0;
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    const text = chunk.toString();
    if (head.length < 32768) {
      head += text;
      return;
    }
    tail.push(text);
    tailLength += text.length;
    while (tail.length > 1 && tailLength - (tail[0]?.length ?? 0) >= 65536) {
      tailLength -= tail.shift()?.length ?? 0;
    }
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const hwm = new Map<number, number>();
  let peakTree = 0;
  let polling = false;
  const timer = setInterval(async () => {
    if (polling || child.pid === undefined) return;
    polling = true;
    try {
      peakTree = Math.max(peakTree, await sampleTree(child.pid, hwm));
    } finally {
      polling = false;
    }
  }, options.pollMs ?? 100);
  const exitCode = await new Promise<number>((resolve) => {
    child.on("close", (code) => resolve(code ?? 1));
  });
  clearInterval(timer);
  const ms = performance.now() - started;
  await new Promise((resolve) => log.end(resolve));
  const time = useTime ? parseGnuTime(await readFile(timeFile, "utf8").catch(() => "")) : null;
  await rm(timeFile, { force: true });
  const maxHwm = Math.max(0, ...hwm.values());
  const maxProcessKb = Math.max(maxHwm, time?.maxRssKb ?? 0);
  return {
    ms,
    peakRssMb: Math.max(peakTree, maxProcessKb) / 1024,
    maxProcessRssMb: maxProcessKb / 1024,
    cpuS: time === null ? null : time.userS + time.systemS,
    exitCode,
    output: tail.length === 0 ? head : `${head}\n…\n${tail.join("").slice(-65536)}`,
  };
}

/** Sums VmRSS (KiB) over `root` and its descendants; records each process's VmHWM in `hwm`. */
async function sampleTree(root: number, hwm: Map<number, number>): Promise<number> {
  const parents = new Map<number, number>();
  for (const entry of await readdir("/proc").catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // Field 4 (ppid) follows the command name, which is in parentheses and may contain spaces.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (Number.isFinite(ppid)) parents.set(Number(entry), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && hops < 64; hops++) {
      if (p === root) return true;
      p = parents.get(p);
    }
    return false;
  };
  let total = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const peak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    total += rss;
    hwm.set(pid, Math.max(hwm.get(pid) ?? 0, peak));
  }
  return total;
}

/** Parses the fields we use from `/usr/bin/time -v` output. */
export function parseGnuTime(text: string): { maxRssKb: number; userS: number; systemS: number } {
  const num = (label: string) =>
    Number(new RegExp(`${label}:\\s*([\\d.]+)`).exec(text)?.[1] ?? Number.NaN);
  return {
    maxRssKb: num("Maximum resident set size \\(kbytes\\)") || 0,
    userS: num("User time \\(seconds\\)") || 0,
    systemS: num("System time \\(seconds\\)") || 0,
  };
}
