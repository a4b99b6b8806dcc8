import { digestTitle } from "../data/digests.ts";
import { compareCodeUnits } from "../lib/compare.ts";
import { type Digest, digestSchema, type PaperFrontmatter } from "../schema/paper.ts";
import { cleanText } from "./clean.ts";
import { type CorpusEnrichment, enrichCorpus, type TopicDefinition } from "./enrich.ts";
import { IngestError, type IngestWarning } from "./errors.ts";
import { mapJsonFromVectors } from "./map/index.ts";
import { renderPage } from "./markdown.ts";
import { mergeEntries } from "./merge.ts";
import { parseDigest } from "./parse.ts";
import { assignSlugs, type SlugRegistry, stringifyRegistry } from "./registry.ts";
import { describeBroadWord } from "./requires-check.ts";
import { resolveDigestDates } from "./resolve-dates.ts";
import { paperKey } from "./slug.ts";
import type { SubtopicFile } from "./subtopics.ts";
import { NO_TIMER, type PhaseTimer } from "./timings.ts";
import { parseTopicFile } from "./topic-file.ts";
import type { CleanEntry, ParsedDigest } from "./types.ts";
import type { SparseVec } from "./vectors.ts";
import { parseIsoDate } from "./years.ts";

/** One digest file as read from disk. */
export interface DigestFile {
  /** Path shown in messages, e.g. `seeds/000_x.txt`; the id is its base name without `.txt`. */
  path: string;
  bytes: Uint8Array;
}

/** One hand-written topic file, `content/topics/<id>.md`. */
export interface TopicFile {
  id: string;
  text: string;
}

export interface IngestInput {
  digests: readonly DigestFile[];
  topics?: readonly TopicFile[];
  /** The committed slug registry (empty on a first run). */
  registry?: SlugRegistry;
  /** Year for year-less dates, overriding the rules in `digestYear` (src/ingest/years.ts). */
  year?: number;
  /** The build date, YYYY-MM-DD: no date ingest writes is later, and guesses stay before it. */
  today: string;
  /** Called after each digest is parsed (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Records per-phase times (`--timings`). */
  timer?: PhaseTimer;
}

export interface IngestSummary {
  digests: number;
  entries: number;
  papers: number;
  duplicates: number;
  warnings: number;
}

export interface IngestResult {
  /** `<slug>.md` → page text, sorted by file name. Empty when there are errors. */
  pages: { file: string; content: string }[];
  /** Contents of `_digests.json`. */
  digestsJson: string;
  /** Contents of `_map.json` (the explore map's layout). */
  mapJson: string;
  /** Contents of `slugs.json` (the registry extended with new papers). */
  registryJson: string;
  summary: IngestSummary;
  warnings: IngestWarning[];
  /** Every problem found; when non-empty nothing must be written. */
  errors: IngestError[];
}

/** Digest id: the file's base name without `.txt`. */
export function digestId(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.txt$/i, "");
}

/**
 * Every failure ingest reports is an `IngestError`; anything else is a bug in ingest itself and
 * is reported at `file` with its own message (never parsed for a position).
 */
function asError(e: unknown, file: string): IngestError {
  if (e instanceof IngestError) return e;
  return new IngestError(file, 1, `internal error: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * The whole ingest as a pure function: digest files in, Markdown pages and JSON out.
 * Output bytes depend only on the input set (files are processed in id order).
 */
export function runIngest(input: IngestInput): IngestResult {
  const errors: IngestError[] = [];
  const warnings: IngestWarning[] = [];
  const files = [...input.digests].sort((a, b) =>
    compareCodeUnits(digestId(a.path), digestId(b.path)),
  );

  const timer = input.timer ?? NO_TIMER;
  const parsed: ParsedDigest[] = [];
  timer.time("parse", () =>
    files.forEach((f, i) => {
      try {
        parsed.push(parseDigest(f.path, digestId(f.path), f.bytes));
      } catch (e) {
        errors.push(asError(e, f.path));
      }
      input.onProgress?.(i + 1, files.length);
    }),
  );
  const ids = new Map<string, string>();
  for (const f of files) {
    const other = ids.get(digestId(f.path));
    if (other)
      errors.push(
        new IngestError(f.path, 1, `digest id "${digestId(f.path)}" already used by ${other}`),
      );
    ids.set(digestId(f.path), f.path);
  }

  const today = parseIsoDate(input.today);
  if (!today)
    throw new IngestError("--today", 1, `expected a date YYYY-MM-DD, got "${input.today}"`);
  const entries: CleanEntry[] = [];
  const listedOf = new Map<string, string>();
  for (const d of parsed) {
    const dated = resolveDigestDates(d, today, input.year);
    warnings.push(...d.warnings, ...dated.warnings);
    if (dated.listed) listedOf.set(d.id, dated.listed);
    d.entries.forEach((e, i) => {
      const { published: _, ...rest } = e;
      const clean: CleanEntry = { ...rest, abstract: cleanText(e.abstract) };
      const date = dated.published[i];
      if (date) clean.published = date;
      entries.push(clean);
    });
  }

  const merged = timer.time("merge", () => mergeEntries(entries));
  warnings.push(...merged.warnings);
  const { slugs, registry } = timer.time("slugs", () =>
    assignSlugs(merged.papers, input.registry ?? new Map()),
  );

  const topics: TopicDefinition[] = [];
  const subtopicFiles: SubtopicFile[] = [];
  for (const t of [...(input.topics ?? [])].sort((a, b) => compareCodeUnits(a.id, b.id))) {
    try {
      const parsed = parseTopicFile(t.id, t.text);
      // A file with `parent` describes a subtopic, never a topic papers are classified into.
      if (parsed.parent === undefined) topics.push(parsed);
      else subtopicFiles.push({ ...parsed, parent: parsed.parent });
    } catch (e) {
      errors.push(asError(e, `content/topics/${t.id}.md`));
    }
  }

  const summary: IngestSummary = {
    digests: parsed.length,
    entries: entries.length,
    papers: merged.papers.length,
    duplicates: entries.length - merged.papers.length,
    warnings: warnings.length,
  };
  const empty = {
    pages: [],
    digestsJson: "",
    mapJson: "",
    registryJson: "",
    summary,
    warnings,
    errors,
  };
  if (errors.length) return empty;

  const texts = merged.papers.map((p) => ({
    slug: slugs.get(p.key) as string,
    title: p.title,
    abstract: p.abstract,
  }));
  let corpus: CorpusEnrichment;
  try {
    corpus = timer.time("enrich", () => enrichCorpus(texts, topics, timer, subtopicFiles));
  } catch (e) {
    return { ...empty, errors: [asError(e, "src/ingest/enrich.ts")] };
  }
  const enrichment = corpus.bySlug;
  for (const n of corpus.subtopicNotes)
    warnings.push({ file: n.file, line: 1, message: n.message });
  for (const w of corpus.broadRequiredWords) {
    const text = input.topics?.find((t) => t.id === w.topic)?.text ?? "";
    warnings.push({
      file: `content/topics/${w.topic}.md`,
      line: lineOfRequires(text),
      message: describeBroadWord(w),
    });
  }

  const pages: IngestResult["pages"] = [];
  timer.time("render", () => {
    for (const p of merged.papers) {
      const slug = slugs.get(p.key) as string;
      const extra = enrichment.get(slug);
      const fm: PaperFrontmatter = {
        title: p.title,
        slug,
        digests: p.digests,
        links: p.links,
        topics: extra?.topics ?? [],
        subtopics: extra?.subtopics ?? [],
        keyphrases: extra?.keyphrases ?? [],
        related: extra?.related ?? [],
        relatedShares: extra?.relatedShares ?? [],
      };
      if (p.published !== undefined) fm.published = p.published;
      const listed = earliest(p.digests.map((id) => listedOf.get(id)));
      if (listed !== undefined) fm.listed = listed;
      if (p.upvotes !== undefined) fm.upvotes = p.upvotes;
      if (p.authors !== undefined) fm.authors = p.authors;
      if (p.organization !== undefined) fm.organization = p.organization;
      try {
        pages.push({ file: `${slug}.md`, content: renderPage(fm, p.abstract) });
      } catch (e) {
        errors.push(
          new IngestError(
            p.file,
            p.line,
            `invalid frontmatter for "${p.title}": ${(e as Error).message}`,
          ),
        );
      }
    }
  });
  pages.sort((a, b) => compareCodeUnits(a.file, b.file));

  const digests: Digest[] = parsed.map((d) => {
    const listed = listedOf.get(d.id);
    const papers = [...new Set(d.entries.map((e) => slugs.get(paperKey(e.title)) as string))];
    const name = digestTitle(listed ? { id: d.id, listed } : { id: d.id });
    return digestSchema.parse(
      listed
        ? { id: d.id, name, listed, layout: d.layout, papers }
        : { id: d.id, name, layout: d.layout, papers },
    );
  });
  if (errors.length) return empty;
  const mapJson = timer.time("map", () =>
    mapJsonFromVectors(
      corpus.slugs.map((slug, i) => ({
        slug,
        vector: corpus.vectors[i] as SparseVec,
        related: enrichment.get(slug)?.related ?? [],
      })),
      corpus.df,
    ),
  );
  // Topic notes (subtopic files, required words) arrive after the summary was first counted.
  summary.warnings = warnings.length;
  return {
    pages,
    digestsJson: `${JSON.stringify(digests, null, 2)}\n`,
    mapJson,
    registryJson: stringifyRegistry(registry),
    summary,
    warnings,
    errors,
  };
}

/** The 1-based line of a topic file's `requires:` key (1 when it has none). */
function lineOfRequires(text: string): number {
  const index = text.split(/\r?\n/).findIndex((l) => /^requires\s*:/.test(l));
  return index + 1 || 1;
}

/** The earliest of some YYYY-MM-DD dates, or undefined when none is known. */
function earliest(dates: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d !== undefined && (best === undefined || d < best)) best = d;
  return best;
}
