/**
 * The Nu HTML Checker (vnu-jar) over many files in one Java start (starting the JVM is the slow
 * part), its JSON report grouped by file. Used by `npm run audit` (scripts/audit.ts), where Java
 * exists; `npm test` checks HTML with html-validate (html-validate.ts), which needs no Java.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

/** One checker message. */
export interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
  url?: string;
}

/** Path of the checker's jar, from the vnu-jar package. */
export const vnuJar: string = String(createRequire(import.meta.url)("vnu-jar"));

/**
 * Validates `files` (absolute paths) and returns the errors, keyed by path relative to `root`.
 * Throws when the checker itself cannot run or prints something that is not its report.
 */
export async function validateHtml(
  files: readonly string[],
  root: string,
  ignore: readonly RegExp[] = [],
) {
  const args = ["-jar", vnuJar, "--errors-only", "--format", "json", ...files];
  const output = await new Promise<string>((done, fail) => {
    execFile("java", args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // Exit status 1 just means "errors found"; anything else is a broken run.
      if (error && typeof error.code !== "number") fail(error);
      else done(stderr || stdout);
    });
  });
  const messages = parseReport(output).filter((m) => !ignore.some((re) => re.test(m.message)));
  return groupMessages(messages, root);
}

/** Parses the checker's `--format json` output. */
export function parseReport(output: string): VnuMessage[] {
  try {
    return (JSON.parse(output) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu printed something that is not its JSON report:\n${output.slice(0, 2000)}`);
  }
}

/** Errors (and fatal non-document errors) by file, relative to `root`; warnings and info dropped. */
export function groupMessages(messages: readonly VnuMessage[], root: string) {
  const byFile = new Map<string, VnuMessage[]>();
  for (const m of messages) {
    if (m.type === "info") continue;
    const file = m.url?.startsWith("file:") ? relative(root, fileURLToPath(m.url)) : (m.url ?? "?");
    byFile.set(file, [...(byFile.get(file) ?? []), m]);
  }
  return byFile;
}

/** `file:line:col: message` lines, readable in a test failure. */
export function formatMessages(byFile: ReadonlyMap<string, readonly VnuMessage[]>): string {
  const lines: string[] = [];
  for (const [file, messages] of byFile) {
    lines.push(`${file}: ${messages.length} error(s)`);
    for (const m of messages) {
      const where = `${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}`;
      const extract = m.extract
        ? `\n      ${m.extract.replace(/\s+/g, " ").trim().slice(0, 160)}`
        : "";
      lines.push(`  ${where}: ${m.message}${extract}`);
    }
  }
  return lines.join("\n");
}
