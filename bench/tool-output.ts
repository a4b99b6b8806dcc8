import type { PhaseName } from "./results.ts";

/**
 * Pulls the figures tools print about themselves out of their output, so the report can show
 * where time goes inside a phase: Astro's stages (content sync + types, Vite bundling, page
 * rendering), Pagefind's indexed pages, words and time, Hugo's page count, and the run time the
 * ingest CLI prints at the end of its summary line.
 */
export function parseReported(phase: PhaseName, output: string): Record<string, number> {
  const found: Record<string, number> = {};
  const tool = phase.replace("incr:", "");
  if (tool === "astro") {
    const built = /(\d+) page\(s\) built in ([\d.]+)(ms|s)/.exec(output);
    if (built) {
      found.pages = Number(built[1]);
      found["total ms"] = toMs(built[2], built[3]);
    }
    const sync = /\[types\] Generated ([\d.]+)(ms|s)/.exec(output);
    if (sync) found["sync ms"] = toMs(sync[1], sync[2]);
    const vite = [...output.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)];
    if (vite.length > 0) found["vite ms"] = vite.reduce((sum, m) => sum + toMs(m[1], m[2]), 0);
    const generating = /generating static routes[\s\S]*?Completed in ([\d.]+)(ms|s)/.exec(output);
    if (generating) found["render ms"] = toMs(generating[1], generating[2]);
  } else if (tool === "pagefind" || tool === "hugo-pagefind") {
    const pages = /Indexed (\d+) pages?/.exec(output);
    const words = /Indexed (\d+) words?/.exec(output);
    const finished = /Finished in ([\d.]+) seconds/.exec(output);
    if (pages) found.pages = Number(pages[1]);
    if (words) found.words = Number(words[1]);
    if (finished) found["index ms"] = toMs(finished[1], "s");
  } else if (tool === "hugo") {
    const pages = /Pages\s*\|\s*(\d+)/.exec(output);
    if (pages) found.pages = Number(pages[1]);
  } else if (tool === "ingest") {
    // The CLI's summary line ends with its own run time: "ingest: … → content/papers (1234 ms)".
    const self = /^ingest:.*\((\d+) ms\)\s*$/m.exec(output);
    if (self) found["in-process ms"] = Number(self[1]);
  }
  return found;
}

function toMs(value: string | undefined, unit: string | undefined): number {
  return Number(value) * (unit === "s" ? 1000 : 1);
}
