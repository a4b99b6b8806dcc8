// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { keepUnchangedPages } from "./src/integrations/keep-unchanged-pages.ts";
import { resolveSiteUrl } from "./src/lib/site-url.mjs";
import { satteriBaseLinks } from "./src/plugins/satteri-base-links.ts";

const { site, base } = resolveSiteUrl(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  // GitHub Pages serves folders (`/papers/x/` → `/papers/x/index.html`); matching that here keeps
  // dev, preview and production URLs identical.
  trailingSlash: "always",
  build: {
    format: "directory",
    // Pages are rendered one after another by default, and each then waits for its own mkdir and
    // write: at 10,000 papers the render loop sat idle for a quarter of the build. Sixteen pages in
    // flight keep the CPU busy (Astro at 10k papers: 36 s → 28 s; 32 was no faster).
    concurrency: 16,
  },
  experimental: {
    // Skips rendering a page when its code and `cacheKey` are unchanged (paper pages:
    // src/data/page-keys.ts): the page left in dist/ is kept, or copied from the cache in
    // node_modules/.astro, which the deploy workflow keeps between runs. `astro build --force`
    // ignores the cache.
    incrementalBuild: true,
  },
  integrations: [sitemap(), keepUnchangedPages()],
  markdown: {
    // Sätteri, Astro 7's native processor, renders our abstracts ~10× faster than unified()
    // (measured in notes/site-readme.md) and runs our base-links plugin as a hast plugin.
    // src/plugins/rehype-base-links.ts is the same rewrite for `unified({ rehypePlugins })`.
    processor: satteri({
      // Smart punctuation would turn the digest's straight quotes into curly ones: text stays as given.
      features: { smartPunctuation: false },
      hastPlugins: [satteriBaseLinks({ base })],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
    // Astro inlines scripts smaller than this into every page that uses them; the theme toggle and
    // copy-link scripts would then be repeated on each of tens of thousands of pages. As files
    // they are fetched once and cached (issue 7: dist size).
    // emptyOutDir: dist/ is not emptied before a build; keepUnchangedPages() removes what a
    // clean build would not write, and keeps paper pages and the search index for reuse.
    // assetFileNames here names the stylesheets, which the page build emits.
    build: {
      assetsInlineLimit: 0,
      emptyOutDir: false,
      rolldownOptions: { output: { assetFileNames: "_astro/[hash][extname]" } },
    },
    // Script and stylesheet files named by their hash alone (`/_astro/BJPhImsf.js`, not
    // `/_astro/SearchBox.astro_astro_type_script_index_0_lang.BJPhImsf.js`): every page names
    // three to five of them, so the long names cost ~250 bytes per paper page (12 MB at 50,000).
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              entryFileNames: "_astro/[hash].js",
              chunkFileNames: "_astro/[hash].js",
              assetFileNames: "_astro/[hash][extname]",
            },
          },
        },
      },
    },
  },
});
