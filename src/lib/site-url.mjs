// @ts-check
/**
 * Works out where the site will live, from the environment. Plain JS (not TS) because
 * astro.config.mjs imports it before any TypeScript tooling runs.
 *
 * - `SITE_URL`: the full public URL of the site root, e.g. `https://papers.example.org/` or
 *   `https://owner.github.io/repo/`. Its path becomes the base unless `BASE_PATH` says otherwise.
 * - `BASE_PATH`: the path the site is served under, e.g. `/papershelf/`.
 * - In GitHub Actions (`GITHUB_ACTIONS` + `GITHUB_REPOSITORY=owner/repo`) both default to the
 *   project-page address `https://owner.github.io/repo/` (or `/` for an `owner.github.io` repo).
 * - Locally: `http://localhost:4321/` and base `/`.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string, base: string }} `site` is an origin (no path), `base` starts and ends with `/`.
 */
export function resolveSiteUrl(env) {
  const repo = env.GITHUB_ACTIONS && env.GITHUB_REPOSITORY ? env.GITHUB_REPOSITORY : undefined;
  let siteUrl = env.SITE_URL?.trim();
  if (!siteUrl && repo) {
    const [owner = "", name = ""] = repo.split("/");
    const userSite = name.toLowerCase() === `${owner.toLowerCase()}.github.io`;
    siteUrl = `https://${owner.toLowerCase()}.github.io/${userSite ? "" : `${name}/`}`;
  }
  let parsed;
  try {
    parsed = new URL(siteUrl || "http://localhost:4321/");
  } catch {
    throw new Error(`SITE_URL: not an absolute URL: ${JSON.stringify(siteUrl)}`);
  }
  const base = normaliseBase(env.BASE_PATH?.trim() || parsed.pathname);
  return { site: parsed.origin, base };
}

/**
 * `papershelf` → `/papershelf/`, `/` → `/`.
 * @param {string} path
 */
export function normaliseBase(path) {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
