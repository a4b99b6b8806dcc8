import { defineConfig } from "vitest/config";

/** Unit tests only; browser tests under tests/e2e run with Playwright (`npm run test:e2e`). */
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**", "dist/**"],
  },
});
