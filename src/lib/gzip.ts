import { constants, gzipSync } from "node:zlib";

/**
 * Text gzip-compressed at the best level, the same bytes for the same text on every build. Node's
 * gzip header carries no file name and an mtime of 0, so nothing in it changes with the clock
 * (tests/incremental compares dist/ byte for byte). The OS byte is fixed by zlib's build (3, Unix).
 */
export function gzipText(text: string): Uint8Array<ArrayBuffer> {
  const zipped = gzipSync(Buffer.from(text, "utf8"), { level: constants.Z_BEST_COMPRESSION });
  // A fresh ArrayBuffer-backed copy: Response accepts it as a body under TypeScript's DOM types.
  return new Uint8Array(zipped);
}
