import type { APIRoute } from "astro";
import { fanSymbols } from "../lib/fan.ts";
import { iconSprite } from "../lib/icons.ts";

/**
 * The sprite every page points its `<use href="…/icons.svg#name">` at: the icons
 * (src/lib/icons.ts) and the edges of the neighbourhood fan (src/lib/fan.ts).
 */
export const GET: APIRoute = () =>
  new Response(iconSprite(undefined, fanSymbols()), {
    headers: { "Content-Type": "image/svg+xml" },
  });
