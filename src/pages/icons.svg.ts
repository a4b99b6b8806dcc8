import type { APIRoute } from "astro";
import { iconSprite } from "../lib/icons.ts";

/** The icon sprite every page points its `<use href="…/icons.svg#name">` at (see src/lib/icons.ts). */
export const GET: APIRoute = () =>
  new Response(iconSprite(), { headers: { "Content-Type": "image/svg+xml" } });
