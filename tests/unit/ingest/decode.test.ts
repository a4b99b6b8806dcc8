import { describe, expect, it } from "vitest";
import { decodeDigest, normaliseText } from "../../../src/ingest/decode.ts";
import { bytes } from "./helpers.ts";

const text = "Subscribe\n\nTitle one\n\nAbstract one.";

describe("decodeDigest", () => {
  it("gives the same text for CRLF, CR, a BOM, trailing blanks and no-break spaces", () => {
    const variants = [
      text,
      text.replace(/\n/g, "\r\n"),
      text.replace(/\n/g, "\r"),
      `\uFEFF${text}`,
      text.replace(/\n/g, "  \t\n"),
      `${text}\n\n\n`,
    ];
    for (const v of variants) expect(decodeDigest("x.txt", bytes(v))).toBe(text);
    expect(decodeDigest("x.txt", bytes("Title\u00A0one"))).toBe("Title one");
  });

  it("rejects invalid UTF-8 with the line of the first bad byte", () => {
    const data = new Uint8Array([...bytes("line one\nline two\nna"), 0xef, 0x76, ...bytes("e\n")]);
    expect(() => decodeDigest("seeds/latin1.txt", data)).toThrow(
      /^seeds\/latin1\.txt:3: not valid UTF-8/,
    );
  });

  it("rejects Latin-1 text (a lone é byte)", () => {
    expect(() => decodeDigest("a.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toThrow(
      /^a\.txt:1: not valid UTF-8/,
    );
  });

  it("rejects binary files with the line of the first control byte", () => {
    const data = new Uint8Array([...bytes("ok\nok\n"), 0x89, 0x50, 0x00, 0x01]);
    expect(() => decodeDigest("img.txt", data)).toThrow(/^img\.txt:3: binary file/);
    // Valid UTF-8 holding a control character is binary too; so is invalid UTF-8 holding one.
    expect(() => decodeDigest("c.txt", bytes("a\nb\u0001c"))).toThrow(/^c\.txt:2: binary file/);
    expect(() => decodeDigest("d.txt", new Uint8Array([0xff, 0x0a, 0x02]))).toThrow(
      /^d\.txt:2: binary file/,
    );
  });

  it("rejects empty and whitespace-only files", () => {
    expect(() => decodeDigest("e.txt", new Uint8Array())).toThrow(/^e\.txt:1: empty digest/);
    expect(() => decodeDigest("e.txt", bytes("\uFEFF \r\n\u00A0\n"))).toThrow(
      /^e\.txt:1: empty digest/,
    );
  });

  it("normalises idempotently", () => {
    const once = normaliseText("a \u00A0\r\nb\r\n\r\n");
    expect(normaliseText(once)).toBe(once);
  });
});
