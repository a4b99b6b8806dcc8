import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";
import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { rehypeBaseLinks, withBase } from "../../../src/plugins/rehype-base-links.ts";
import { satteriBaseLinks } from "../../../src/plugins/satteri-base-links.ts";

/** A hast tree with one link (or image) per given URL. */
function tree(urls: string[], tag = "a"): Root {
  const attribute = tag === "a" ? "href" : "src";
  return {
    type: "root",
    children: urls.map((u) => ({
      type: "element",
      tagName: tag,
      properties: { [attribute]: u },
      children: [],
    })),
  };
}

function run(urls: string[], base: string, tag = "a"): unknown[] {
  const t = tree(urls, tag);
  rehypeBaseLinks({ base })(t);
  return t.children.map((c) =>
    c.type === "element" ? (c.properties.href ?? c.properties.src) : undefined,
  );
}

describe("rehypeBaseLinks", () => {
  it("moves root-relative links and images under the base", () => {
    expect(run(["/papers/x/", "/rss.xml", "/"], "/papershelf/")).toEqual([
      "/papershelf/papers/x/",
      "/papershelf/rss.xml",
      "/papershelf/",
    ]);
    expect(run(["/img.png"], "/papershelf/", "img")).toEqual(["/papershelf/img.png"]);
  });

  it("leaves absolute, protocol-relative, relative, fragment and already-based links alone", () => {
    const untouched = [
      "https://github.com/a/b",
      "//cdn.example/x",
      "papers/x/",
      "#abstract",
      "/papershelf/papers/x/",
      "mailto:a@b.c",
    ];
    expect(run(untouched, "/papershelf/")).toEqual(untouched);
  });

  it("does nothing when the base is the root", () => {
    expect(run(["/papers/x/"], "/")).toEqual(["/papers/x/"]);
  });

  it("accepts a base written without slashes", () => {
    expect(run(["/papers/x/"], "papershelf")).toEqual(["/papershelf/papers/x/"]);
  });

  it("withBase keeps the bare base path as it is", () => {
    expect(withBase("/papershelf", "/papershelf/")).toBe("/papershelf");
  });
});

describe("satteriBaseLinks (the plugin the site's processor runs)", () => {
  it("rewrites root-relative links in rendered Markdown and keeps the text as written", async () => {
    const processor = await createSatteriMarkdownProcessor({
      hastPlugins: [satteriBaseLinks({ base: "/papershelf/" })],
      features: { smartPunctuation: false },
    } as Parameters<typeof createSatteriMarkdownProcessor>[0]);
    const { code } = await processor.render(
      '[a](/papers/x/) ![i](/i.png) [b](https://e.org/) "q" \\<b>',
    );
    expect(code).toContain('href="/papershelf/papers/x/"');
    expect(code).toContain('src="/papershelf/i.png"');
    expect(code).toContain('href="https://e.org/"');
    expect(code).toContain('"q" &lt;b&gt;');
  });
});
