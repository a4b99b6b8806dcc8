import { describe, expect, it } from "vitest";
import { normaliseBase, resolveSiteUrl } from "../../../src/lib/site-url.mjs";

describe("resolveSiteUrl", () => {
  it("defaults to localhost at the root locally", () => {
    expect(resolveSiteUrl({})).toEqual({ site: "http://localhost:4321", base: "/" });
  });

  it("derives the project-page URL in GitHub Actions", () => {
    expect(
      resolveSiteUrl({ GITHUB_ACTIONS: "true", GITHUB_REPOSITORY: "Octo/papershelf" }),
    ).toEqual({
      site: "https://octo.github.io",
      base: "/papershelf/",
    });
  });

  it("serves a user site (owner.github.io repo) at the root", () => {
    expect(
      resolveSiteUrl({ GITHUB_ACTIONS: "true", GITHUB_REPOSITORY: "octo/octo.github.io" }).base,
    ).toBe("/");
  });

  it("lets SITE_URL (with its path) and BASE_PATH override, and treats empty values as unset", () => {
    expect(
      resolveSiteUrl({
        SITE_URL: "https://papers.example.org/",
        GITHUB_ACTIONS: "true",
        GITHUB_REPOSITORY: "o/r",
      }),
    ).toEqual({
      site: "https://papers.example.org",
      base: "/",
    });
    expect(resolveSiteUrl({ SITE_URL: "https://example.org/shelf" })).toEqual({
      site: "https://example.org",
      base: "/shelf/",
    });
    expect(resolveSiteUrl({ SITE_URL: "", BASE_PATH: "papershelf" }).base).toBe("/papershelf/");
  });

  it("rejects a SITE_URL that is not a URL", () => {
    expect(() => resolveSiteUrl({ SITE_URL: "papers.example.org" })).toThrow(/SITE_URL/);
  });

  it("normalises base paths", () => {
    expect(normaliseBase("")).toBe("/");
    expect(normaliseBase("//a/b//")).toBe("/a/b/");
  });
});
