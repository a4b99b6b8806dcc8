// @ts-check
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { resolveSiteUrl } from "./src/lib/site-url.mjs";
import { rehypeBaseLinks } from "./src/plugins/rehype-base-links.ts";

const { site, base } = resolveSiteUrl(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  // GitHub Pages serves folders (`/papers/x/` → `/papers/x/index.html`); matching that here keeps
  // dev, preview and production URLs identical.
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [sitemap()],
  markdown: {
    // The unified (remark/rehype) processor runs our rehype plugin; Astro 7's default (Sätteri)
    // cannot. Timings of both on the real corpus are in the site notes.
    processor: unified({
      rehypePlugins: [[rehypeBaseLinks, { base }]],
    }),
  },
  vite: { plugins: [tailwindcss()] },
});
