import { defineConfig } from "vitest/config";

/** The incremental-build check (slow: seven Astro builds, each with its search index); `npm run test:incremental`. */
export default defineConfig({
  test: {
    include: ["tests/incremental/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
