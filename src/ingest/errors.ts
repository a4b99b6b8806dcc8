/**
 * Problems found in the input. Every problem points at a file and a 1-based line so that the
 * curator can open the digest and fix it; the printed form is `file:line: message`.
 */
export class IngestError extends Error {
  /** Path as shown to the user (e.g. `seeds/000_x.txt`). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  readonly detail: string;
  // Plain fields, not parameter properties: Node runs this file with type stripping only.
  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = "IngestError";
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

/** A non-fatal observation (e.g. two copies of a paper disagree); printed like an error. */
export interface IngestWarning {
  file: string;
  line: number;
  message: string;
}

/** Formats a warning the same way errors are formatted. */
export function formatWarning(w: IngestWarning): string {
  return `${w.file}:${w.line}: warning: ${w.message}`;
}
