import { compareCodeUnits } from "../lib/compare.ts";
import { IngestError } from "./errors.ts";
import { baseSlug, hashedSlug, MAX_SLUG } from "./slug.ts";

/**
 * The slug registry, `content/slugs.json`: paper key → slug, append-only and committed. It is what
 * makes a URL permanent: once a paper has a slug it keeps it, whatever digests arrive later.
 */
export type SlugRegistry = ReadonlyMap<string, string>;

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses `slugs.json` (`{ "<paper key>": "<slug>", ... }`), checking every slug is valid and unique. */
export function parseRegistry(file: string, text: string): Map<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new IngestError(file, 1, `not valid JSON: ${(e as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new IngestError(file, 1, "expected an object mapping paper keys to slugs");
  }
  const out = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const [key, slug] of Object.entries(data)) {
    if (typeof slug !== "string" || !SLUG_RE.test(slug) || slug.length > MAX_SLUG) {
      throw new IngestError(file, 1, `invalid slug for "${key}": ${JSON.stringify(slug)}`);
    }
    const other = owners.get(slug);
    if (other !== undefined)
      throw new IngestError(file, 1, `slug "${slug}" is given to both "${other}" and "${key}"`);
    owners.set(slug, key);
    out.set(key, slug);
  }
  return out;
}

/** Serialises the registry with keys sorted, so the file diffs cleanly. */
export function stringifyRegistry(registry: SlugRegistry): string {
  const sorted = [...registry.entries()].sort(([a], [b]) => compareCodeUnits(a, b));
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}

/**
 * Gives every paper a slug. Registered papers keep theirs. New papers get the plain slug of
 * their title unless it is taken or another new title folds onto it in the same run; then every
 * such new paper gets `slug-<hash of its key>`. The result depends on the set of papers and the
 * registry only, never on digest order or file names.
 * @returns the slug of every paper and the registry extended with the new ones.
 */
export function assignSlugs(
  papers: readonly { key: string; title: string }[],
  registry: SlugRegistry,
): { slugs: Map<string, string>; registry: Map<string, string> } {
  const next = new Map(registry);
  const taken = new Set(registry.values());
  const slugs = new Map<string, string>();
  const fresh = papers
    .filter((p) => {
      const known = registry.get(p.key);
      if (known !== undefined) slugs.set(p.key, known);
      return known === undefined;
    })
    .sort((a, b) => compareCodeUnits(a.key, b.key));
  const byBase = new Map<string, number>();
  for (const p of fresh) {
    const base = baseSlug(p.title);
    byBase.set(base, (byBase.get(base) ?? 0) + 1);
  }
  for (const p of fresh) {
    const base = baseSlug(p.title);
    let slug = base;
    if (!base || taken.has(base) || (byBase.get(base) ?? 0) > 1) {
      // Lengthen the hash in the (astronomically rare) case that it collides too.
      for (let len = 6; ; len += 2) {
        slug = hashedSlug(p.title, p.key, len);
        if (!taken.has(slug) || len >= 64) break;
      }
    }
    taken.add(slug);
    slugs.set(p.key, slug);
    next.set(p.key, slug);
  }
  return { slugs, registry: next };
}
