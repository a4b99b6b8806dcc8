import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { digestSchema, paperFrontmatterSchema } from "../../../src/schema/paper.ts";
import { splitPage, visibleText } from "./helpers.ts";

const ROOT = join(import.meta.dirname, "../../..");
const tmp = mkdtempSync(join(tmpdir(), "ingest-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Runs the real CLI with the Node that runs the tests (started through npm, so the pinned one)
 * and its built-in type stripping, which is what `npm run ingest` does minus npm's start-up time
 * (so TypeScript syntax Node cannot strip fails here). Topics point at an empty folder so only
 * ingest is under test.
 */
function ingest(args: string[], env: Record<string, string> = {}) {
  const cli = [process.execPath, "src/ingest/cli.ts"];
  const r = spawnSync(
    cli[0] as string,
    [...cli.slice(1), "--topics", join(tmp, "no-topics"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, SEEDS_DIR: "", DIGEST_YEAR: "", BUILD_DATE: "2026-12-02", ...env },
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn.*\n/gm, "") };
}

function read(dir: string, slug: string) {
  const { yaml, body } = splitPage(readFileSync(join(dir, `${slug}.md`), "utf8"));
  return { data: paperFrontmatterSchema.parse(parseYaml(yaml)), body: visibleText(body) };
}

/** Every file in a folder with its bytes, for "left exactly as it was" comparisons. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), "base64")]),
  );
}

describe("npm run ingest over the shipped seeds", { timeout: 60_000 }, () => {
  const out = join(tmp, "seeds-run", "papers");
  const run = ingest(["--seeds", "seeds", "--out", out]);

  it("succeeds with one summary line, reporting each guessed year once", () => {
    // The three layout-A seeds give "Apr 17" and such without a year, and their file names no date.
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^seeds\/000_9bc2af8da58504b5\.txt:11: warning: year not given: year-less dates read as 2026 /,
      ),
      expect.stringMatching(
        /^seeds\/002_80b73de90e9d40a8\.txt:11: warning: year not given: .* as 2026 /,
      ),
      expect.stringMatching(
        /^seeds\/003_d78433f50a668188\.txt:11: warning: year not given: .* as 2026 /,
      ),
    ]);
    expect(run.code).toBe(0);
    // 35 + 119 + 75 + 47 + 119 entries (counted in the files), 19 titles appear twice.
    expect(run.stdout).toMatch(
      /^ingest: 5 digests read, 395 entries, 376 unique papers, 19 duplicates merged, 3 warnings\b.*\n$/,
    );
  });

  it("writes one page per unique paper plus _digests.json and the slug registry beside it", () => {
    const pages = readdirSync(out).filter((n) => n.endsWith(".md"));
    expect(pages).toHaveLength(376);
    expect(readdirSync(out)).toContain("_digests.json");
    expect(
      Object.keys(JSON.parse(readFileSync(join(out, "..", "slugs.json"), "utf8"))),
    ).toHaveLength(376);
    const digests = digestSchema
      .array()
      .parse(JSON.parse(readFileSync(join(out, "_digests.json"), "utf8")));
    expect(digests.map((d) => [d.id, d.layout, d.listed, d.papers.length])).toEqual([
      ["000_9bc2af8da58504b5", "A", "2026-04-17", 35],
      ["001_c026477991a63c73", "B", undefined, 119],
      ["002_80b73de90e9d40a8", "A", "2026-08-07", 75],
      ["003_d78433f50a668188", "A", "2026-09-11", 47],
      ["004_37fe8e5d54199201", "B", undefined, 119],
    ]);
  });

  it("merges a paper with an organisation byline and upvotes (000 line 117) with its dense copy (001 line 119)", () => {
    const { data } = read(out, "rethinking-the-shape-convention-of-an-mlp");
    expect(data).toMatchObject({
      title: "Rethinking the shape convention of an MLP",
      digests: ["000_9bc2af8da58504b5", "001_c026477991a63c73"],
      published: "2025-10-02",
      upvotes: 2,
      organization: "MediaTek Research",
    });
    expect(data.authors).toBeUndefined();
  });

  it("resolves year-less dates to the year after the digest's latest explicit year (2025 → 2026)", () => {
    expect(read(out, "dopamine-brain-modes-not-brains").data).toMatchObject({
      published: "2026-02-12",
      authors: 1,
    });
    const dyna = read(
      out,
      "dynamoe-dynamic-token-level-expert-activation-with-layer-wise-adaptive-capacity",
    ).data;
    expect(dyna).toMatchObject({ published: "2026-03-02", upvotes: 2, authors: 1 });
  });

  it("keeps layout-B papers without dates and repairs their markup", () => {
    const { data, body } = read(out, "direct-parameterization-of-lipschitz-bounded-deep-networks");
    expect(data.digests).toEqual(["004_37fe8e5d54199201"]);
    expect(data.published).toBeUndefined();
    expect(data.links).toEqual([
      { url: "https://github.com/acfr/LBDN", kind: "code", label: "acfr/LBDN" },
    ]);
    expect(body).toContain("We provide a “direct” parameterization");
    expect(body).toContain("guaranteed ell^2 Lipschitz bounds");

    const fmlp = read(out, "filter-enhanced-mlp-is-all-you-need-for-sequential-recommendation");
    expect(fmlp.data.links).toEqual([
      { url: "https://github.com/RUCAIBox/FMLP-Rec", kind: "code", label: "RUCAIBox/FMLP-Rec" },
    ]);
    expect(fmlp.body).toContain("available at the link: https://github.com/RUCAIBox/FMLP-Rec.");
    expect(fmlp.body).not.toContain("blue{");
  });

  it("transliterates Unicode titles into the slug and keeps the exact title", () => {
    expect(read(out, "a-large-scale-exploration-of-mu-transfer").data.title).toBe(
      "A Large-Scale Exploration of μ-Transfer",
    );
  });

  it("produces identical bytes on a second run", () => {
    const before = snapshot(out);
    expect(ingest(["--seeds", "seeds", "--out", out]).code).toBe(0);
    expect(snapshot(out)).toEqual(before);
  });
});

describe("failures and options", { timeout: 60_000 }, () => {
  it("leaves the previous output exactly as it was when any digest is bad", () => {
    const seeds = join(tmp, "bad-seeds");
    const out = join(tmp, "bad-run", "papers");
    cpSync(join(ROOT, "tests/fixtures/digests/basic"), seeds, { recursive: true });
    expect(ingest(["--seeds", seeds, "--out", out]).code).toBe(0);
    const before = snapshot(out);
    const registry = readFileSync(join(out, "..", "slugs.json"), "utf8");
    writeFileSync(
      join(seeds, "9_broken.txt"),
      "Get trending papers in your email inbox!\nSubscribeOnly A Title\n",
    );
    writeFileSync(join(seeds, "9_latin1.txt"), Buffer.from([0x53, 0x75, 0x62, 0x0a, 0xe9]));
    const run = ingest(["--seeds", seeds, "--out", out]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      `${seeds}/9_broken.txt:2: truncated entry: title "Only A Title" has no abstract`,
    );
    expect(run.stderr).toMatch(/9_latin1\.txt:2: not valid UTF-8/);
    expect(snapshot(out)).toEqual(before);
    expect(readFileSync(join(out, "..", "slugs.json"), "utf8")).toBe(registry);
    expect(readdirSync(join(out, "..")).sort()).toEqual(["papers", "slugs.json"]);
  });

  it("reads SEEDS_DIR when --seeds is absent and honours --year", () => {
    const out = join(tmp, "env-run", "papers");
    const run = ingest(["--out", out, "--year", "2023"], {
      SEEDS_DIR: join(ROOT, "tests/fixtures/digests/basic"),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^ingest: 3 digests read, 8 entries, 7 unique papers, 1 duplicates merged, 1 warnings/,
    );
    expect(read(out, "upvoted-without-year").data.published).toBe("2023-03-02");
  });

  it("reads topic files beside the output and reports a broken one as file:line", () => {
    const content = join(tmp, "topics-run");
    const topics = join(content, "topics");
    cpSync(join(ROOT, "tests/fixtures/digests/basic"), join(content, "seeds"), { recursive: true });
    mkdirSync(topics, { recursive: true });
    writeFileSync(
      join(topics, "experts.md"),
      '---\nname: "Experts"\nsummary: "Mixtures of experts."\nterms:\n  "mixture of experts": 5\n---\nPapers on experts.\n',
    );
    const args = [
      "--seeds",
      join(content, "seeds"),
      "--out",
      join(content, "papers"),
      "--topics",
      topics,
    ];
    const ok = ingest(args);
    expect(ok.code).toBe(0);
    expect(
      read(join(content, "papers"), "mu-parametrization-for-mixture-of-experts").data.topics,
    ).toEqual(["experts"]);
    writeFileSync(join(topics, "broken.md"), "---\nname: [\n---\n");
    const bad = ingest(args);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/topics\/broken\.md:\d+: /);
  });

  it("fails clearly on a missing seeds folder", () => {
    const run = ingest(["--seeds", join(tmp, "nowhere"), "--out", join(tmp, "x", "papers")]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/nowhere:1: cannot read the seeds folder/);
    expect(existsSync(join(tmp, "x", "papers"))).toBe(false);
  });
});
