import { type Digest, digestSchema, type PaperFrontmatter } from "../schema/paper.ts";
import { cleanText } from "./clean.ts";
import { currentYearOf, formatDate, isValidResolved } from "./dates.ts";
import { type CorpusEnrichment, enrichCorpus, type TopicDefinition } from "./enrich.ts";
import { IngestError, type IngestWarning } from "./errors.ts";
import { mapJsonFromVectors } from "./map/index.ts";
import { renderPage } from "./markdown.ts";
import { mergeEntries } from "./merge.ts";
import { parseDigest } from "./parse.ts";
import { assignSlugs, type SlugRegistry, stringifyRegistry } from "./registry.ts";
import { paperKey } from "./slug.ts";
import type { SubtopicFile } from "./subtopics.ts";
import { NO_TIMER, type PhaseTimer } from "./timings.ts";
import { parseTopicFile } from "./topic-file.ts";
import type { CleanEntry, ParsedDigest, PartialDate } from "./types.ts";
import type { SparseVec } from "./vectors.ts";

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
  /** Year for year-less dates, overriding the rule in `currentYearOf`. */
  year?: number;
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

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function explicitYears(d: ParsedDigest): number[] {
  const years = d.entries.flatMap((e) =>
    e.published?.year === undefined ? [] : [e.published.year],
  );
  if (d.listed?.year !== undefined) years.push(d.listed.year);
  return years;
}

function asError(e: unknown, file: string): IngestError {
  if (e instanceof IngestError) return e;
  const message = e instanceof Error ? e.message : String(e);
  // Errors from other modules may already carry "file:line: "; do not repeat it.
  const m = /^(.+?):(\d+): (.*)$/s.exec(message);
  if (m) return new IngestError(m[1] as string, Number(m[2]), m[3] as string);
  return new IngestError(
    file,
    1,
    message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message,
  );
}

/**
 * The whole ingest as a pure function: digest files in, Markdown pages and JSON out.
 * Output bytes depend only on the input set (files are processed in id order).
 */
export function runIngest(input: IngestInput): IngestResult {
  const errors: IngestError[] = [];
  const warnings: IngestWarning[] = [];
  const files = [...input.digests].sort((a, b) => byCodePoint(digestId(a.path), digestId(b.path)));

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

  const allYears = parsed.flatMap(explicitYears);
  const entries: CleanEntry[] = [];
  const digestYear = new Map<string, number | undefined>();
  for (const d of parsed) {
    const year = currentYearOf(explicitYears(d), allYears, input.year);
    digestYear.set(d.id, year);
    const listed = d.listed && formatDate(d.listed, year);
    for (const e of d.entries) {
      const { published, ...rest } = e;
      const clean: CleanEntry = { ...rest, abstract: cleanText(e.abstract) };
      const date = published && resolve(published, year, e.file, e.line, warnings);
      if (date) {
        clean.published = date;
        if (listed && published?.year === undefined && date > listed) {
          warnings.push({
            file: e.file,
            line: e.line,
            message: `publication date ${date} is after the listing date ${listed}; check --year`,
          });
        }
      }
      entries.push(clean);
    }
  }

  const merged = timer.time("merge", () => mergeEntries(entries));
  warnings.push(...merged.warnings);
  const { slugs, registry } = timer.time("slugs", () =>
    assignSlugs(merged.papers, input.registry ?? new Map()),
  );

  const topics: TopicDefinition[] = [];
  const subtopicFiles: SubtopicFile[] = [];
  for (const t of [...(input.topics ?? [])].sort((a, b) => byCodePoint(a.id, b.id))) {
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
  pages.sort((a, b) => byCodePoint(a.file, b.file));

  const digests: Digest[] = parsed.map((d) => {
    const listed = d.listed && formatDate(d.listed, digestYear.get(d.id));
    const papers = [...new Set(d.entries.map((e) => slugs.get(paperKey(e.title)) as string))];
    return digestSchema.parse(
      listed
        ? { id: d.id, listed, layout: d.layout, papers }
        : { id: d.id, layout: d.layout, papers },
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

function resolve(
  d: PartialDate,
  year: number | undefined,
  file: string,
  line: number,
  warnings: IngestWarning[],
): string | undefined {
  if (d.year === undefined && year === undefined) {
    warnings.push({
      file,
      line,
      message: "year-less date and no year anywhere to resolve it from; pass --year",
    });
    return undefined;
  }
  if (d.year === undefined && year !== undefined && !isValidResolved(d, year)) {
    warnings.push({ file, line, message: `Feb 29 does not exist in ${year}; date dropped` });
    return undefined;
  }
  return formatDate(d, year);
}
