import { describe, expect, it } from "vitest";
import {
  type ChromiumCandidate,
  NO_CHROMIUM_MESSAGE,
  pickChromium,
} from "../../e2e/chromium-lookup.ts";

/** The real order, with fake paths; `asked` records which candidates were consulted. */
function candidates(paths: {
  env?: string;
  system?: string[];
  playwright?: string | Error;
  packaged?: string | Error;
}) {
  const asked: string[] = [];
  const ask = (name: string, value: string | Error | undefined) => () => {
    asked.push(name);
    if (value instanceof Error) throw value;
    return value;
  };
  const list: ChromiumCandidate[] = [
    { source: "CHROMIUM_PATH", path: ask("env", paths.env) },
    ...(paths.system ?? ["/usr/bin/chromium", "/usr/bin/google-chrome"]).map((p) => ({
      source: "system" as const,
      path: ask(p, p),
    })),
    { source: "playwright", path: ask("playwright", paths.playwright) },
    { source: "packaged", path: ask("packaged", paths.packaged) },
  ];
  return { list, asked };
}

const existing = (...paths: string[]) => {
  const set = new Set(paths);
  return (path: string) => set.has(path);
};

describe("pickChromium", () => {
  it("takes CHROMIUM_PATH over everything else, and asks nothing more", () => {
    const { list, asked } = candidates({ env: "/opt/chrome", packaged: "/cache/chromium" });
    const found = pickChromium(
      list,
      existing("/opt/chrome", "/usr/bin/chromium", "/cache/chromium"),
    );
    expect(found).toEqual({ source: "CHROMIUM_PATH", path: "/opt/chrome" });
    expect(asked).toEqual(["env"]);
  });

  it("fails on a CHROMIUM_PATH that does not exist instead of testing another browser", () => {
    const { list } = candidates({ env: "/opt/missing" });
    expect(() => pickChromium(list, existing("/usr/bin/chromium"))).toThrow(
      /CHROMIUM_PATH is \/opt\/missing/,
    );
  });

  it("takes the first system browser before Playwright's and the packaged one", () => {
    const { list, asked } = candidates({ playwright: "/ms-playwright/chrome", packaged: "/c" });
    const found = pickChromium(
      list,
      existing("/usr/bin/google-chrome", "/ms-playwright/chrome", "/c"),
    );
    expect(found).toEqual({ source: "system", path: "/usr/bin/google-chrome" });
    expect(asked).not.toContain("playwright");
    expect(asked).not.toContain("packaged");
  });

  it("takes Playwright's download when there is no system browser, without unpacking the packaged one", () => {
    const { list, asked } = candidates({ playwright: "/ms-playwright/chrome", packaged: "/c" });
    const found = pickChromium(list, existing("/ms-playwright/chrome", "/c"));
    expect(found).toEqual({ source: "playwright", path: "/ms-playwright/chrome" });
    expect(asked).not.toContain("packaged");
  });

  it("falls back to the packaged browser when Playwright's was never downloaded (it throws)", () => {
    const { list } = candidates({
      playwright: new Error("Executable doesn't exist"),
      packaged: "/cache/chromium",
    });
    expect(pickChromium(list, existing("/cache/chromium"))).toEqual({
      source: "packaged",
      path: "/cache/chromium",
    });
  });

  it("fails loudly, naming every way to get a browser, when there is none", () => {
    const { list } = candidates({ playwright: new Error("not downloaded") });
    expect(() => pickChromium(list, existing())).toThrow(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toMatch(/npx playwright install chromium/);
    expect(NO_CHROMIUM_MESSAGE).toMatch(/CHROMIUM_PATH/);
  });

  it("reports a packaged browser that cannot be unpacked, with the cause", () => {
    const { list } = candidates({ packaged: new Error("disk full") });
    expect(() => pickChromium(list, existing())).toThrow(/could not be unpacked/);
  });
});
