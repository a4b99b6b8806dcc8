import { describe, expect, it } from "vitest";
import { ICON_PATHS, iconSprite } from "../../../src/lib/icons.ts";

describe("iconSprite", () => {
  it("has one symbol per icon, with the icon's name as its id and its path", () => {
    const sprite = iconSprite();
    const ids = [...sprite.matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(Object.keys(ICON_PATHS));
    expect(sprite).toContain(`<symbol id="code" viewBox="0 0 24 24"`);
    expect(sprite).toContain(`<path d="${ICON_PATHS.code}"/>`);
  });

  it("draws with the text colour, so a <use> takes the colour of the text around it", () => {
    const symbols = iconSprite({ a: "M0 0h1", b: "M1 1h1" }).match(/<symbol [^>]*>/g) ?? [];
    expect(symbols).toHaveLength(2);
    for (const s of symbols) expect(s).toContain('stroke="currentColor"');
  });

  it("is a standalone SVG document", () => {
    expect(iconSprite({})).toBe('<svg xmlns="http://www.w3.org/2000/svg"></svg>\n');
  });
});
