import { test as base, expect } from "@playwright/test";

/** The base path the test build is served under (see playwright.config.ts). */
export const BASE = "/papershelf/";

/** Where the test build is served (E2E_PORT lets two checkouts test side by side). */
export const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4400}`;

/** A shipped-seed paper whose slug is fixed by the slug registry. */
export const KNOWN_SLUG = "a-hierarchical-bayesian-model-for-deep-few-shot-meta-learning";

/**
 * `test` with two guards on every page: any JavaScript dialog (alert/confirm/prompt) fails the
 * test, since nothing from a digest may ever run; and so does any request outside the base path
 * (a stray `/favicon.ico`, an asset that ignored BASE_PATH), and so does an uncaught script error.
 */
export const test = base.extend<{ guards: undefined }>({
  guards: [
    async ({ page }, use) => {
      const dialogs: string[] = [];
      const strays: string[] = [];
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("dialog", (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.origin === ORIGIN && !url.pathname.startsWith(BASE)) strays.push(url.pathname);
      });
      await use(undefined);
      expect(dialogs, "a dialog opened: digest text ran as script").toEqual([]);
      expect(strays, "requests outside the base path").toEqual([]);
      expect(errors, "uncaught script errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
