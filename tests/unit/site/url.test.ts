import { describe, expect, it } from "vitest";
import { absoluteUrl, routes, url } from "../../../src/lib/url.ts";

// Vitest runs with Vite's default base "/", which is the local default of the site too.
describe("url", () => {
  it("gives page paths a trailing slash and leaves files and queries alone", () => {
    expect(url()).toBe("/");
    expect(url("papers/x")).toBe("/papers/x/");
    expect(url("/papers/x/")).toBe("/papers/x/");
    expect(url("rss.xml")).toBe("/rss.xml");
    expect(url("search/?q=a b")).toBe("/search/?q=a b");
  });

  it("builds the routes pages link to", () => {
    expect(routes.paperList("newest")).toBe("/papers/");
    expect(routes.paperList("newest", 2)).toBe("/papers/by/newest/2/");
    expect(routes.paperList("upvotes")).toBe("/papers/by/upvotes/");
    expect(routes.search("a&b")).toBe("/search/?q=a%26b");
    expect(routes.digest("004_ab")).toBe("/digests/004_ab/");
  });

  it("makes full URLs for canonical links and feeds", () => {
    expect(absoluteUrl("/papers/x/", new URL("https://o.github.io"))).toBe(
      "https://o.github.io/papers/x/",
    );
  });
});
