import type { PhaseName } from "./results.ts";

/**
 * Pulls the figures tools print about themselves out of their output, so the report can show
 * where time goes inside a phase: Astro's page count and page-generation time, Pagefind's indexed
 * pages and words, and any `name: 123 ms` lines ingest prints for its sub-phases.
 */
export function parseReported(phase: PhaseName, output: string): Record<string, number> {
  const found: Record<string, number> = {};
  const tool = phase.replace("incr:", "");
  if (tool === "astro") {
    const built = /(\d+) page\(s\) built in ([\d.]+)(ms|s)/.exec(output);
    if (built) {
      found.pages = Number(built[1]);
      found["total ms"] = Number(built[2]) * (built[3] === "s" ? 1000 : 1);
    }
    const generating = /generating static routes[\s\S]*?Completed in ([\d.]+)(ms|s)/.exec(output);
    if (generating)
      found["static routes ms"] = Number(generating[1]) * (generating[2] === "s" ? 1000 : 1);
  } else if (tool === "pagefind" || tool === "hugo-pagefind") {
    const pages = /Indexed (\d+) pages?/.exec(output);
    const words = /Indexed (\d+) words?/.exec(output);
    if (pages) found.pages = Number(pages[1]);
    if (words) found.words = Number(words[1]);
  } else if (tool === "hugo") {
    const pages = /Pages\s*\|\s*(\d+)/.exec(output);
    if (pages) found.pages = Number(pages[1]);
  } else if (tool === "ingest") {
    // The CLI's summary line ends with its own run time: "ingest: … → content/papers (1234 ms)".
    const self = /^ingest:.*\((\d+) ms\)\s*$/m.exec(output);
    if (self) found["in-process ms"] = Number(self[1]);
    for (const m of output.matchAll(/^\s*([a-z][\w +/-]{0,30}?)\s*[:=]\s*([\d.]+)\s*ms\b/gim)) {
      found[`${m[1]?.trim()} ms`] = Number(m[2]);
    }
  }
  return found;
}
