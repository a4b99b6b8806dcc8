/**
 * Problems found in the input. Every problem points at a file and a 1-based line so that the
 * curator can open the digest and fix it; the printed form is `file:line: message`.
 */
export class IngestError extends Error {
  /** @param file Path as shown to the user (e.g. `seeds/000_x.txt`). @param line 1-based line. */
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = "IngestError";
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
