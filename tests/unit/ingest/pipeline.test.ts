import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { type DigestFile, runIngest } from "../../../src/ingest/pipeline.ts";
import { digestSchema, paperFrontmatterSchema } from "../../../src/schema/paper.ts";
import { bytes, fixtureFiles, splitPage, visibleText } from "./helpers.ts";

const basic = fixtureFiles("basic");
/** The build date every run here uses. */
const today = "2026-12-02";
const outputOf = (r: ReturnType<typeof runIngest>) =>
  JSON.stringify([r.pages, r.digestsJson, r.registryJson]);
const decoder = new TextDecoder();

function page(r: ReturnType<typeof runIngest>, slug: string) {
  const p = r.pages.find((x) => x.file === `${slug}.md`);
  if (!p) throw new Error(`no page ${slug}`);
  const { yaml, body } = splitPage(p.content);
  return { data: paperFrontmatterSchema.parse(parseYaml(yaml)), body: visibleText(body) };
}

describe("runIngest over the fixtures", () => {
  const r = runIngest({ today, digests: basic });

  it("makes one page per paper and counts what it did", () => {
    expect(r.errors).toEqual([]);
    expect(r.summary).toEqual({ digests: 3, entries: 8, papers: 7, duplicates: 1, warnings: 3 });
    expect(r.pages).toHaveLength(7);
  });

  it("merges the copy with a byline and the copy without", () => {
    const { data, body } = page(r, "shared-paper-one-page");
    expect(data).toMatchObject({
      title: "Shared Paper: One Page",
      digests: ["2024_a", "2025_b"],
      authors: 1,
    });
    // Feb 12 in a digest listed on an Apr 17 with no year, whose latest explicit date is of 2024.
    expect(data.published).toBe("2025-02-12");
    expect(data.listed).toBe("2025-04-17");
    expect(data.links).toEqual([
      { url: "https://huggingface.co/org/model-1.5B", kind: "model", label: "org/model-1.5B" },
    ]);
    expect(body).toBe(
      "The shared abstract, seen in two digests. Models at https://huggingface.co/org/model-1.5B.",
    );
  });

  it("repairs TeX leftovers and colour macros in the body and extracts the link", () => {
    const { data, body } = page(r, "mu-parametrization-for-mixture-of-experts");
    expect(data.title).toBe("μ-Parametrization for Mixture of Experts");
    expect(body).toContain(
      "apparently naïve ensembling technique and “scratch tokens” that cost 22times less",
    );
    expect(body).toContain("Code: https://github.com/org/mup-moe.");
    expect(data.links).toEqual([
      { url: "https://github.com/org/mup-moe", kind: "code", label: "org/mup-moe" },
    ]);
  });

  it("writes _digests.json in digest order with listing dates resolved", () => {
    const digests = digestSchema.array().parse(JSON.parse(r.digestsJson));
    expect(digests.map((d) => [d.id, d.layout, d.listed])).toEqual([
      ["2024_a", "A", "2025-04-17"],
      ["2025_b", "B", undefined],
      ["2025_c", "A", "2026-08-07"],
    ]);
    expect(digests[1]?.papers).toEqual(["shared-paper-one-page", "dense-layout-title"]);
  });

  it("reports copies that disagree and each guessed year, as file:line", () => {
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message.split(":")[0]}`)).toEqual([
      "basic/2024_a.txt:11: year not given",
      "basic/2025_c.txt:11: year not given",
      "basic/2024_a.txt:29: title written differently",
    ]);
  });
});

describe("year-less dates", () => {
  const digest = (dates: string[], listing = "Apr 17") =>
    bytes(
      `new\n\nSubscribe\n\nDaily Papers\n\n${listing}\n\n${dates
        .map((d) => `Paper of ${d}\n\nAbstract.\n\n  • 1 authors\n·\n${d}\n\n`)
        .join("")}`,
    );
  const published = (r: ReturnType<typeof runIngest>) =>
    r.pages.map((p) => /published: "(\S+)"/.exec(p.content)?.[1]).sort();
  const listed = (r: ReturnType<typeof runIngest>) =>
    JSON.parse(r.digestsJson).map((d: { listed: string }) => d.listed);

  it("take the year of the date in the file name, in any of its spellings", () => {
    const r = runIngest({
      today,
      digests: [
        { path: "2025-03-03.txt", bytes: digest(["Feb 2, 2024", "Mar 2"], "Mar 3") },
        { path: "20240418.txt", bytes: digest(["Apr 17"], "Apr 18") },
        { path: "2023_09_11.txt", bytes: digest(["Sep 12"], "Sep 11") },
      ],
    });
    expect(r.warnings).toEqual([]);
    expect(listed(r)).toEqual(["2023-09-11", "2024-04-18", "2025-03-03"]);
    // Sep 12 is a day after its listing: normal, and no reason to change the year.
    expect(published(r)).toEqual(["2023-09-12", "2024-02-02", "2024-04-17", "2025-03-02"]);
  });

  it("are never later than the build date, and a guess is reported once per digest", () => {
    // Dec 20 has not come yet in 2026: the listing is of 2025, not 2027.
    const r = runIngest({
      today,
      digests: [{ path: "a.txt", bytes: digest(["Dec 18", "Dec 19"], "Dec 20") }],
    });
    expect(listed(r)).toEqual(["2025-12-20"]);
    expect(published(r)).toEqual(["2025-12-18", "2025-12-19"]);
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      expect.stringMatching(/^a\.txt:7: year not given: year-less dates read as 2025 /),
    ]);
  });

  it("stay after the digest's explicit dates", () => {
    // "Sep 28, 2025" shows its year, so Apr 17 is not of 2025: the latest fitting year is 2026.
    const r = runIngest({
      today,
      digests: [{ path: "a.txt", bytes: digest(["Sep 28, 2025", "Feb 12"]) }],
    });
    expect(published(r)).toEqual(["2025-09-28", "2026-02-12"]);
    expect(listed(r)).toEqual(["2026-04-17"]);
  });

  it("follow --year, and Feb 29 in a common year is dropped with a warning", () => {
    const digests = [{ path: "a.txt", bytes: digest(["Mar 3", "Feb 29"]) }];
    const leap = runIngest({ today, digests, year: 2023 });
    expect(leap.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      "17: Feb 29 does not exist in 2023; date dropped",
    ]);
    expect(published(leap)).toEqual(["2023-03-03", undefined]);
  });

  it("warn when a resolved date falls well after the listing date", () => {
    const r = runIngest({
      today,
      digests: [{ path: "2024-04-17.txt", bytes: digest(["Feb 2, 2023", "May 3"]) }],
    });
    expect(r.warnings).toEqual([
      {
        file: "2024-04-17.txt",
        line: 17,
        message:
          "publication date 2024-05-03 is 16 days after the listing date 2024-04-17; check the year",
      },
    ]);
  });

  it("give each paper the listing date of its earliest dated digest", () => {
    const b = (title: string) =>
      bytes(`Get trending papers in your email inbox!\nSubscribe${title}\nAn abstract of it.\n`);
    const r = runIngest({
      today,
      digests: [
        { path: "2025-06-02.txt", bytes: b("Shared") },
        { path: "2025-05-30.txt", bytes: b("Shared") },
        { path: "undated.txt", bytes: b("Undated Only") },
      ],
    });
    expect(r.pages.map((p) => [p.file, /listed: "(\S+)"/.exec(p.content)?.[1]])).toEqual([
      ["shared.md", "2025-05-30"],
      ["undated-only.md", undefined],
    ]);
  });
});

describe("determinism", () => {
  const reference = outputOf(runIngest({ today, digests: basic }));

  it("gives the same bytes whatever the order the files are read in", () => {
    expect(outputOf(runIngest({ today, digests: [...basic].reverse() }))).toBe(reference);
  });

  it("gives the same bytes for CRLF, BOM, trailing blanks and no-break spaces", () => {
    const variants = basic.map((f) => {
      const t = decoder.decode(f.bytes);
      return {
        ...f,
        bytes: bytes(`\uFEFF${t.replace(/ /g, (_s) => "\u00A0").replace(/\n/g, " \r\n")}`),
      };
    });
    expect(outputOf(runIngest({ today, digests: variants }))).toBe(reference);
  });

  it("keeps every URL when files are renamed, reordered or new digests are added", () => {
    const first = runIngest({ today, digests: basic });
    const registry = new Map(
      Object.entries(JSON.parse(first.registryJson) as Record<string, string>),
    );
    const renamed: DigestFile[] = basic.map((f, i) => ({ ...f, path: `renamed/${9 - i}_x.txt` }));
    const extra: DigestFile = {
      path: "new/9999.txt",
      // "Mu-Parametrization…" folds onto the same slug as "μ-Parametrization…" but is another title.
      bytes: bytes(
        "Get trending papers in your email inbox!\nSubscribeMu-Parametrization for Mixture of Experts\nA different paper.\n",
      ),
    };
    const later = runIngest({ today, digests: [extra, ...renamed], registry });
    const slugs = (x: typeof first) => x.pages.map((p) => p.file);
    for (const s of slugs(first)) expect(slugs(later)).toContain(s);
    expect(slugs(later)).toContainEqual(
      expect.stringMatching(/^mu-parametrization-for-mixture-of-experts-[0-9a-f]{6}\.md$/),
    );
  });
});

describe("errors", () => {
  it("collects every problem from every file and writes nothing", () => {
    const r = runIngest({
      today,
      digests: [
        ...basic,
        ...fixtureFiles("bad"),
        { path: "bad/latin1.txt", bytes: new Uint8Array([...bytes("Subscribe\n\nCaf"), 0xe9]) },
        { path: "bad/binary.txt", bytes: new Uint8Array([0x00, 0x01, 0x02]) },
      ],
    });
    expect(r.pages).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual([
      "bad/binary.txt:1: binary file (control byte found), not a text digest",
      "bad/empty.txt:1: empty digest (no text)",
      expect.stringMatching(/^bad\/latin1\.txt:3: not valid UTF-8/),
      expect.stringMatching(/^bad\/no-layout\.txt:1: matches no digest layout/),
      'bad/truncated-a.txt:17: truncated entry: title "A Title Without Abstract" has no abstract',
      'bad/truncated-b.txt:6: truncated entry: title "Third Title Lost Its Abstract" has no abstract',
    ]);
  });

  it("warns, naming the topic file and line, of a required word the shelf passes on other words", () => {
    const entries = Array.from(
      { length: 24 },
      (_, i) =>
        `Agents Study ${i}\n\nReinforcement learning agents share one agent policy, run ${i}.`,
    );
    const digest = `Daily Papers\n\nApr 17\n\n${entries.join("\n\n")}\n`;
    const topicFile = [
      "---",
      'name: "LLM agents"',
      'summary: "Agents."',
      'requires: ["agentic"]',
      "terms:",
      '  "tool use": 4',
      "---",
      "Agents that use tools.",
    ].join("\n");
    const r = runIngest({
      today,
      digests: [{ path: "2025-04-17.txt", bytes: bytes(digest) }],
      topics: [{ id: "llm-agents", text: topicFile }],
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      expect.stringMatching(/^content\/topics\/llm-agents\.md:4: requires: "agentic" also matches/),
    ]);
    expect(r.summary.warnings).toBe(1);
  });

  it("reports a topic file the topic parser rejects", () => {
    const r = runIngest({
      today,
      digests: basic,
      topics: [{ id: "broken", text: "---\nname: [\n---\n" }],
    });
    // Until the topics parser lands every topic file is rejected; afterwards this one is still malformed.
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^content\/topics\/broken\.md:\d+: /),
    ]);
    expect(r.pages).toEqual([]);
  });
});
