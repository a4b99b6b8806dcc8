import type { APIRoute } from "astro";
import { absoluteUrl, url } from "../lib/url.ts";

/** robots.txt needs the sitemap's full URL, which depends on SITE_URL/BASE_PATH, so it is generated. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(url("sitemap-index.xml"), site)}\n`,
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
