import { describe, expect, it } from "vitest";
import { FAN_MAX, FAN_ROW, fanColours, fanGeometry, fanSymbols } from "../../../src/lib/fan.ts";
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

describe("fan", () => {
  it("puts one node per related paper on the right, the paper itself level with the middle", () => {
    const g = fanGeometry(5);
    expect(g.nodes.map((n) => n.y)).toEqual([14, 42, 70, 98, 126]);
    expect(g.centre).toEqual({ x: 14, y: 70 });
    expect(g.height).toBe(5 * FAN_ROW);
  });

  it("draws closer papers with thicker edges, never thinner than 1 px", () => {
    expect(fanGeometry(7).widths).toEqual([4, 3.4, 2.8, 2.2, 1.6, 1, 1]);
  });

  it("has a sprite symbol for every count up to FAN_MAX, with that many edges", () => {
    const sprite = fanSymbols();
    for (let n = 1; n <= FAN_MAX; n++) {
      const symbol = sprite.match(new RegExp(`<symbol id="fan-${n}"[^>]*>(.*?)</symbol>`))?.[1];
      expect(symbol?.match(/<line /g)).toHaveLength(n);
    }
    expect(sprite).not.toContain(`fan-${FAN_MAX + 1}`);
  });

  it("draws each node in the sprite, numbered, filled from its own colour variable", () => {
    const symbol = fanSymbols().match(/<symbol id="fan-3"[^>]*>(.*?)<\/symbol>/)?.[1] ?? "";
    const fills = [...symbol.matchAll(/<circle [^>]*fill:var\((--n\d)\)/g)].map((m) => m[1]);
    expect(fills).toEqual(["--n0", "--n1", "--n2", "--n3"]);
    expect([...symbol.matchAll(/<text [^>]*>(\d+)<\/text>/g)].map((m) => m[1])).toEqual([
      "1",
      "2",
      "3",
    ]);
  });

  it("maps the paper's and each related paper's palette colour to the node variables", () => {
    expect(fanColours([5, 2, 10])).toBe("--n0:var(--xc5);--n1:var(--xc2);--n2:var(--xc10)");
  });
});
