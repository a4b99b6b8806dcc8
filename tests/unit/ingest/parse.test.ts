import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDigest } from "../../../src/ingest/parse.ts";
import { bytes, FIXTURES } from "./helpers.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const parse = (text: string, file = "d.txt") => parseDigest(file, "d", bytes(text));
const A_HEAD =
  "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nApr 17\n\n";
const B_HEAD =
  "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n";
const LONG = "An abstract that runs on. ".repeat(20).trim();

describe("layout A with bylines", () => {
  const d = parseDigest("basic/2024_a.txt", "2024_a", fixture("basic/2024_a.txt"));

  it("is detected from content and reads the listing date", () => {
    expect(d.layout).toBe("A");
    expect(d.listed).toEqual({ month: 4, day: 17 });
    expect(d.entries.map((e) => e.title)).toEqual([
      "μ-Parametrization for Mixture of Experts",
      "Q&A: Are <b>Tags</b> *Escaped*?",
      "Shared Paper: One Page",
      "Upvoted Without Year",
    ]);
  });

  it("keeps author count, date and the line of each title", () => {
    expect(d.entries[0]).toMatchObject({
      authors: 3,
      published: { year: 2024, month: 2, day: 23 },
      line: 13,
      digest: "2024_a",
    });
    expect(d.entries[0]?.upvotes).toBeUndefined();
  });

  it("reads an organisation byline and an upvote count after a dated year", () => {
    expect(d.entries[1]).toMatchObject({
      organization: "MediaTek Research",
      upvotes: 15,
      published: { year: 2023, month: 10, day: 2 },
    });
    expect(d.entries[1]?.authors).toBeUndefined();
  });

  it("reads a year-less date, with and without upvotes", () => {
    expect(d.entries[2]?.published).toEqual({ month: 2, day: 12 });
    expect(d.entries[3]).toMatchObject({ published: { month: 3, day: 2 }, upvotes: 7, authors: 2 });
  });
});

describe("layout A without bylines and layout B", () => {
  it("pairs plain title/abstract paragraphs", () => {
    const d = parseDigest("c.txt", "c", fixture("basic/2025_c.txt"));
    expect(d.layout).toBe("A");
    expect(d.entries.map((e) => [e.title, e.line])).toEqual([
      ["Plain Layout A Title", 13],
      ["Second Plain Title", 17],
    ]);
  });

  it("splits the first title off 'Subscribe' in layout B", () => {
    const d = parseDigest("b.txt", "b", fixture("basic/2025_b.txt"));
    expect(d.layout).toBe("B");
    expect(d.listed).toBeUndefined();
    expect(d.entries.map((e) => [e.title, e.line])).toEqual([
      ["Shared paper — one page", 3],
      ["Dense Layout Title", 5],
    ]);
    expect(d.entries[1]?.abstract).toMatch(/^An abstract in the dense layout\./);
  });

  it("detects the layout from content, whatever the file is called", () => {
    expect(parseDigest("layout-a.txt", "x", bytes(`${B_HEAD}SubscribeT\nA.`)).layout).toBe("B");
    expect(parseDigest("layout-b.txt", "x", bytes(`${A_HEAD}T\n\nA.`)).layout).toBe("A");
  });

  it("normalises spacing inside titles and abstracts", () => {
    const d = parse(`${B_HEAD}Subscribe  Two   spaces\nAn  abstract.`);
    expect(d.entries[0]).toMatchObject({ title: "Two spaces", abstract: "An abstract." });
  });
});

describe("bad input is reported as file:line: message", () => {
  it("no layout", () => {
    expect(() => parseDigest("bad/no-layout.txt", "n", fixture("bad/no-layout.txt"))).toThrow(
      /^bad\/no-layout\.txt:1: matches no digest layout/,
    );
  });

  it("empty file", () => {
    expect(() => parseDigest("bad/empty.txt", "e", fixture("bad/empty.txt"))).toThrow(
      /^bad\/empty\.txt:1: empty digest/,
    );
  });

  it("chrome but no entries", () => {
    expect(() => parse(A_HEAD)).toThrow(/^d\.txt:\d+: no papers found/);
  });

  it("layout A title followed by a byline instead of an abstract", () => {
    expect(() => parseDigest("bad/truncated-a.txt", "t", fixture("bad/truncated-a.txt"))).toThrow(
      'bad/truncated-a.txt:17: truncated entry: title "A Title Without Abstract" has no abstract',
    );
  });

  it("layout B title at the end of the file", () => {
    expect(() => parseDigest("bad/truncated-b.txt", "t", fixture("bad/truncated-b.txt"))).toThrow(
      'bad/truncated-b.txt:6: truncated entry: title "Third Title Lost Its Abstract" has no abstract',
    );
  });

  it("layout B title in the middle that lost its abstract (the pairing shifts)", () => {
    const text = `${B_HEAD}SubscribeOne\n${LONG}\nTwo Lost Its Abstract\nThree\n${LONG}\n`;
    expect(() => parse(text)).toThrow(
      /^d\.txt:5: truncated entry: title "Two Lost Its Abstract" has no abstract/,
    );
  });

  it("layout A (plain) title at the end of the file", () => {
    expect(() => parse(`${A_HEAD}One\n\n${LONG}\n\nTwo`)).toThrow(
      /^d\.txt:17: truncated entry: title "Two"/,
    );
  });

  it("impossible dates", () => {
    const text = `${A_HEAD}T\n\nA.\n\n  • 1 authors\n·\nFeb 30, 2024\n`;
    expect(() => parse(text)).toThrow(/^d\.txt:19: Feb 30 is not a calendar date/);
  });

  it("a byline with no title above it", () => {
    expect(() => parse(`${A_HEAD}  • 1 authors\n·\nFeb 3, 2024\n`)).toThrow(
      /^d\.txt:13: byline or date without a title/,
    );
  });
});

describe("layout A with bylines: a lost abstract in the middle", () => {
  it("blames the entry whose abstract is missing, not the abstract that slid into a title slot", () => {
    // "One" has neither abstract nor byline, so it takes "Two" as its abstract and LONG lands in a title slot.
    const text = `${A_HEAD}One Lost Its Abstract\n\nTwo\n\n${LONG}\n\n  • 1 authors\n·\nFeb 3, 2024\n`;
    expect(() => parse(text)).toThrow(
      /^d\.txt:13: truncated entry: title "One Lost Its Abstract" has no abstract$/,
    );
  });

  it("accepts entries with and without bylines in one file", () => {
    const text = `${A_HEAD}One\n\n${LONG}\n\nTwo\n\n${LONG}\n\n  • 1 authors\n·\nFeb 3, 2024\n`;
    expect(parse(text).entries.map((e) => [e.title, e.authors])).toEqual([
      ["One", undefined],
      ["Two", 1],
    ]);
  });
});
