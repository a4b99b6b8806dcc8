import { decodeDigest } from "./decode.ts";
import { IngestError, type IngestWarning } from "./errors.ts";
import { detectLayout } from "./layout.ts";
import { parseLayoutA } from "./parse-a.ts";
import { parseLayoutB } from "./parse-b.ts";
import { paperKey } from "./slug.ts";
import type { ParsedDigest } from "./types.ts";

/**
 * One digest file → its entries, exactly as the file told them.
 * @param file Path shown in messages. @param id Digest id (file name without `.txt`).
 * @throws IngestError on any problem, pointing at the line.
 */
export function parseDigest(file: string, id: string, bytes: Uint8Array): ParsedDigest {
  const text = decodeDigest(file, bytes);
  const lines = text.split("\n");
  const layout = detectLayout(lines);
  if (!layout) {
    const first = lines.findIndex((l) => l.trim() !== "");
    throw new IngestError(
      file,
      first + 1,
      'matches no digest layout (expected the listing page header, or "Subscribe" followed by the first title)',
    );
  }
  const warnings: IngestWarning[] = [];
  const parsed: ParsedDigest =
    layout.layout === "B"
      ? {
          id,
          file,
          layout: "B",
          entries: parseLayoutB(lines, layout.bodyStart, layout.firstTitle, file, id, warnings),
          warnings,
        }
      : {
          id,
          file,
          layout: "A",
          ...parseLayoutA(lines, layout.bodyStart, file, id, warnings),
          warnings,
        };
  if (parsed.entries.length === 0)
    throw new IngestError(file, lines.length, "no papers found after the page header");
  for (const e of parsed.entries) {
    if (paperKey(e.title) === "")
      throw new IngestError(file, e.line, `title "${e.title}" has no letters or digits`);
  }
  return parsed;
}
