import type { PaperLink } from "../schema/paper.ts";
import type { IngestWarning } from "./errors.ts";

/** A calendar date whose year may be missing in the digest ("Feb 12"). */
export interface PartialDate {
  month: number;
  day: number;
  /** Absent when the listing left the year out (it then means "the current year"). */
  year?: number;
}

/** One entry exactly as one digest told it, before merging. */
export interface RawEntry {
  /** Digest id (file name without `.txt`). */
  digest: string;
  /** File name as shown in messages. */
  file: string;
  /** 1-based line of the title. */
  line: number;
  title: string;
  abstract: string;
  authors?: number;
  organization?: string;
  published?: PartialDate;
  upvotes?: number;
}

/** One digest file after parsing. */
export interface ParsedDigest {
  id: string;
  file: string;
  layout: "A" | "B";
  /** The listing's own date (layout A), year possibly missing. */
  listed?: PartialDate;
  /** 1-based line of the listing date, for messages about it. */
  listedLine?: number;
  entries: RawEntry[];
  /** Doubtful title/abstract pairs, as file:line warnings. */
  warnings: IngestWarning[];
}

/** An entry with dates resolved and text cleaned; still one per digest copy. */
export interface CleanEntry extends Omit<RawEntry, "published"> {
  /** YYYY-MM-DD. */
  published?: string;
}

/** One paper after merging every copy. */
export interface MergedPaper {
  /** Normalised title: the identity of a paper (see `paperKey`). */
  key: string;
  title: string;
  abstract: string;
  digests: string[];
  published?: string;
  upvotes?: number;
  authors?: number;
  organization?: string;
  links: PaperLink[];
  /** Where the paper was first seen (sorted file order), for messages. */
  file: string;
  line: number;
}
