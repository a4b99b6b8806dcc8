import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipText } from "../../../src/lib/gzip.ts";

describe("gzipText (papers.json.gz)", () => {
  const json = JSON.stringify([{ title: "Ünïcode — “quotes” <b>", abstract: "x ".repeat(5000) }]);

  it("gunzips back to the same text", () => {
    expect(gunzipSync(gzipText(json)).toString("utf8")).toBe(json);
  });

  it("writes the same bytes every time, with no timestamp or file name in the header", () => {
    const a = gzipText(json);
    expect(Buffer.from(gzipText(json)).equals(Buffer.from(a))).toBe(true);
    // RFC 1952: magic, deflate, FLG (no FNAME/FCOMMENT), then MTIME as 4 bytes, 0 = none.
    expect([...a.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect([...a.subarray(4, 8)]).toEqual([0, 0, 0, 0]);
    // XFL 2: compressed at the best level.
    expect(a[8]).toBe(2);
  });

  it("compresses repetitive JSON to a small fraction", () => {
    expect(gzipText(json).length).toBeLessThan(json.length / 10);
  });
});
