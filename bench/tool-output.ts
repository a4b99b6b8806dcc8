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
    const built = /(\d+) page\(s\) built in ([\dms. ]+?)\s*$/m.exec(output);
    if (built) {
      found.pages = Number(built[1]);
      found["total ms"] = duration(built[2]);
    }
    const sync = /\[types\] Generated ([\dms. ]+?)\.?\s*$/m.exec(output);
    if (sync) found["sync ms"] = duration(sync[1]);
    const vite = [...output.matchAll(/\[vite\] ✓ built in ([\dms. ]+?)\.?\s*$/gm)];
    if (vite.length > 0) found["vite ms"] = vite.reduce((sum, m) => sum + duration(m[1]), 0);
    const generating = /generating static routes[\s\S]*?Completed in ([\dms. ]+?)\.?\s*$/m.exec(
      output,
    );
    if (generating) found["render ms"] = duration(generating[1]);
  } else if (tool === "pagefind" || tool === "hugo-pagefind") {
    const pages = /Indexed (\d+) pages?/.exec(output);
    const words = /Indexed (\d+) words?/.exec(output);
    const finished = /Finished in ([\d.]+) seconds/.exec(output);
    if (pages) found.pages = Number(pages[1]);
    if (words) found.words = Number(words[1]);
    if (finished) found["index ms"] = Number(finished[1]) * 1000;
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

/** Astro's durations: "219ms", "3.41s", "1m 21s", "3m 4s". */
export function duration(text: string | undefined): number {
  let ms = 0;
  for (const [, value, unit] of (text ?? "").matchAll(/([\d.]+)\s*(ms|s|m)\b/g)) {
    ms += Number(value) * (unit === "ms" ? 1 : unit === "s" ? 1000 : 60_000);
  }
  return ms;
}

/**
 * How many pages an `astro build` log shows copied from the incremental cache instead of rendered:
 * Astro marks each such page "(cached)" (still in dist/) or "(restored)" (copied back from the cache).
 */
export function reusedPageCount(astroLog: string): number {
  return astroLog.match(/\((?:cached|restored)\)/g)?.length ?? 0;
}
