import { defineConfig } from "vitest/config";

/** The incremental-build check (slow: three Astro builds); `npm run test:incremental`. */
export default defineConfig({
  test: {
    include: ["tests/incremental/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
