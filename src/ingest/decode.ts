import { IngestError } from "./errors.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** 1-based line number of a byte offset (counts `\n` bytes before it). */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that breaks UTF-8, or -1. Only called after the fast fatal
 * TextDecoder has already refused the file, to point the error at a line.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** C0 controls other than tab, LF, FF and CR, and DEL: no text editor writes them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** Offset of the first control byte (see `CONTROL`), or -1. */
function firstBinaryByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) return i;
  }
  return -1;
}

/**
 * Bytes → normalised text: strict UTF-8 (a byte-order mark is dropped), every line ending
 * becomes `\n`, no-break spaces become spaces, trailing blanks and trailing empty lines go.
 * Files saved by other tools (CRLF, BOM, NBSP) therefore yield the same text.
 * @throws IngestError for binary, non-UTF-8 or empty files.
 */
export function decodeDigest(file: string, bytes: Uint8Array): string {
  const binary = (at: number) =>
    new IngestError(
      file,
      lineAtByte(bytes, at),
      "binary file (control byte found), not a text digest",
    );
  // Fast paths first (native indexOf, decoder, regex); the byte loops only run to locate a problem.
  if (bytes.indexOf(0) >= 0) throw binary(firstBinaryByte(bytes));
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bin = firstBinaryByte(bytes);
    if (bin >= 0) throw binary(bin);
    const bad = firstInvalidUtf8(bytes);
    throw new IngestError(
      file,
      lineAtByte(bytes, Math.max(bad, 0)),
      `not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, "0")} at offset ${bad}); save the digest as UTF-8`,
    );
  }
  if (CONTROL.test(text)) throw binary(firstBinaryByte(bytes));
  const normalised = normaliseText(text);
  if (normalised.trim() === "") throw new IngestError(file, 1, "empty digest (no text)");
  return normalised;
}

/** Text-level normalisation shared by `decodeDigest` and tests (idempotent). */
export function normaliseText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      // No-break and other fixed-width spaces come from tools, never from the listing itself.
      .replace(/[\u00A0\u2007\u202F]/g, " ")
      .replace(/[ \t\f]+$/gm, "")
      .replace(/\n+$/, "")
  );
}
