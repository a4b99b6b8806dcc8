/**
 * The HTML gate's validator: html-validate (pure JavaScript, so `npm test` needs no Java) with
 * the rules of `.htmlvalidate.mjs` at the repository root, which mirror what the Nu HTML Checker
 * enforces. Errors are grouped by file so a failure lists `file:line:col: message (rule)`.
 */
import { relative } from "node:path";
import { HtmlValidate, type Message } from "html-validate";
import htmlValidateConfig from "../../../.htmlvalidate.mjs";

/** One finding, with the file it is in. */
export interface HtmlFinding {
  line: number;
  column: number;
  message: string;
  ruleId: string;
  selector: string | null;
}

let validator: HtmlValidate | undefined;

/** The validator with the project's rules (no search for config files: the gate is fixed). */
function htmlValidator(): HtmlValidate {
  validator ??= new HtmlValidate(htmlValidateConfig);
  return validator;
}

/** Errors (warnings dropped) in an HTML string; `name` is only used in messages. */
export async function validateHtmlString(
  html: string,
  name = "inline.html",
): Promise<HtmlFinding[]> {
  const report = await htmlValidator().validateString(html, name);
  return report.results.flatMap((r) => r.messages.filter(isError).map(finding));
}

/** Errors in each of `files` (absolute paths), keyed by path relative to `root`; clean files left out. */
export async function validateHtmlFiles(
  files: readonly string[],
  root: string,
): Promise<Map<string, HtmlFinding[]>> {
  const byFile = new Map<string, HtmlFinding[]>();
  for (const file of files) {
    const report = await htmlValidator().validateFile(file);
    const errors = report.results.flatMap((r) => r.messages.filter(isError).map(finding));
    if (errors.length > 0) byFile.set(relative(root, file), errors);
  }
  return byFile;
}

/** `file:line:col: message (rule)` lines, readable in a test failure. */
export function formatFindings(byFile: ReadonlyMap<string, readonly HtmlFinding[]>): string {
  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    lines.push(`${file}: ${findings.length} error(s)`);
    for (const f of findings) {
      const at = f.selector ? ` at ${f.selector}` : "";
      lines.push(`  ${file}:${f.line}:${f.column}: ${f.message} (${f.ruleId})${at}`);
    }
  }
  return lines.join("\n");
}

function isError(message: Message): boolean {
  return message.severity >= 2;
}

function finding(m: Message): HtmlFinding {
  return {
    line: m.line,
    column: m.column,
    message: m.message,
    ruleId: m.ruleId,
    selector: m.selector,
  };
}
