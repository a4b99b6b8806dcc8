import { describe, expect, it } from "vitest";
import { cleanUrl, extractLinks } from "../../../src/ingest/links.ts";

describe("links", () => {
  it.each([
    ["https://github.com/org/repo.", "https://github.com/org/repo"],
    ["https://github.com/jzzzzh/HiBench,", "https://github.com/jzzzzh/HiBench"],
    ["https://github.com/RUCAIBox/FMLP-Rec}.", "https://github.com/RUCAIBox/FMLP-Rec"],
    [
      "https://anonymous.4open.science/r/TangleNAS-527C{here}",
      "https://anonymous.4open.science/r/TangleNAS-527C",
    ],
    ["https://github.com/wutaiqiang/MI{Github}.", "https://github.com/wutaiqiang/MI"],
    [
      "https://github.com/cambridge-mlg/RECOMBINER/.",
      "https://github.com/cambridge-mlg/RECOMBINER/",
    ],
    ["https://en.wikipedia.org/wiki/Foo_(bar)).", "https://en.wikipedia.org/wiki/Foo_(bar)"],
    ["https://github.com/a/b);", "https://github.com/a/b"],
  ])("cleans %s", (raw, clean) => expect(cleanUrl(raw)).toBe(clean));

  it("classifies code, models, datasets, spaces and project pages with short labels", () => {
    const text =
      "Code at https://github.com/acfr/LBDN/tree/main. Weights: https://huggingface.co/sashakunitsyn/vlrm-blip2-opt-2.7b. " +
      "Data (https://huggingface.co/datasets/org/set) and demo https://huggingface.co/spaces/org/demo; " +
      "GitLab https://gitlab.com/team/tool, site https://hiss-csp.github.io. Anonymous: https://anonymous.4open.science/r/TangleNAS-527C{here}";
    expect(extractLinks(text)).toEqual([
      { url: "https://github.com/acfr/LBDN/tree/main", kind: "code", label: "acfr/LBDN" },
      {
        url: "https://huggingface.co/sashakunitsyn/vlrm-blip2-opt-2.7b",
        kind: "model",
        label: "sashakunitsyn/vlrm-blip2-opt-2.7b",
      },
      { url: "https://huggingface.co/datasets/org/set", kind: "dataset", label: "org/set" },
      { url: "https://huggingface.co/spaces/org/demo", kind: "space", label: "org/demo" },
      { url: "https://gitlab.com/team/tool", kind: "code", label: "team/tool" },
      { url: "https://hiss-csp.github.io", kind: "project", label: "hiss-csp.github.io" },
      {
        url: "https://anonymous.4open.science/r/TangleNAS-527C",
        kind: "code",
        label: "TangleNAS-527C",
      },
    ]);
  });

  it("finds a URL hidden in another one's debris and ignores bare www. addresses", () => {
    expect(
      extractLinks("at https://a.org/x\\https://b.org/y{https://b.org/y} or www.c.org").map(
        (l) => l.url,
      ),
    ).toEqual(["https://a.org/x", "https://b.org/y"]);
  });

  it("finds a link glued to the previous sentence and lists each link once", () => {
    const links = extractLinks(
      "the license.https://example.org/x and again https://example.org/x.",
    );
    expect(links).toEqual([
      { url: "https://example.org/x", kind: "project", label: "example.org/x" },
    ]);
  });
});
