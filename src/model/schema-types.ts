// Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */

/**
 * @minItems 1
 */

export type Stages = ("trimester-1" | "trimester-2" | "trimester-3" | "postpartum")[];
/**
 * Items: Plain text, one or more sentences, no markup.
 */

export type Texts = string[];
/**
 * Links in the record's text, kept only for http, https and mailto; links with any other scheme are dropped.
 */

export type Links = {
  text: string;
  url: string;
}[];

export type Flags = Flag[];

export type WithheldReasons = string[];

export type Revisions = Revision[];

/**
 * dist/json/exercises.json: every exercise and piece of advice compiled from content/, with its sources.
 */

export interface Dataset {
  $schema?: string;
  dataset: {
    name: string;
    title: string;
    version: string;
    date: string;
    /**
     * sha256 over the content files' paths and bytes, in path order.
     */
    contentHash: string;
  };
  sources: Source[];
  exercises: Exercise[];
  advice: Advice[];
}
/**
 * One content document.
 */

export interface Source {
  id: string;
  file: string;
  title: string;
  language: string;
  audience: ("pregnancy" | "postpartum")[];
  stages: Stages;
  /**
   * source: a quoted article; house: written by the project in its own words from the guidelines in `cites`.
   */
  kind?: "source" | "house";
  cites?: string[];
  origin?: {
    name?: string;
    url?: string;
    retrieved?: string;
  };
  license?: string;
  notes?: string;
  contentHash: string;
}
/**
 * One exercise as a source describes it, structured, with the place every field came from.
 */

export interface Exercise {
  /**
   * Stable record id: the document id, two dashes, then a slug of the record's name or heading.
   */
  id: string;
  kind: "exercise";
  name: string;
  aliases: string[];
  /**
   * Shared id of the same exercise told by several sources.
   */
  group?: string;
  language: string;
  stages: Stages;
  avoidAfterWeek?: number;
  position?: "standing" | "sitting" | "kneeling" | "all-fours" | "side-lying" | "supine" | "prone" | "mixed";
  equipment: string[];
  bodyAreas: string[];
  /**
   * Plain text, one or more sentences, no markup.
   */
  startingPosition?: string;
  /**
   * Ordered instructions, plain text.
   *
   * @minItems 1
   *
   * Items: Plain text, one or more sentences, no markup.
   */
  steps: string[];
  dosage?: Dosage;
  cues: Texts;
  cautions: Texts;
  benefits: Texts;
  links?: Links;
  source: RecordSource;
  flags: Flags;
  /**
   * published: may reach readers; withheld: kept in the dataset with the reasons, never printed or sent.
   */
  status: "published" | "withheld";
  withheldReasons?: WithheldReasons;
  revisions?: Revisions;
  review?: Review;
}
/**
 * How much, as the source states it: the text and the ranges read from it.
 */

export interface Dosage {
  /**
   * Plain text, one or more sentences, no markup.
   */
  text: string;
  repetitions?: Range;
  sets?: Range;
  holdSeconds?: Range;
  durationSeconds?: Range;
  breathCycles?: Range;
  perSide?: boolean;
  /**
   * The count is for each direction of the movement (forward and backward, clockwise and anticlockwise), not each side of the body.
   */
  perDirection?: boolean;
  timesPerDay?: Range;
  timesPerWeek?: Range;
}
/**
 * A number or range as the source states it; min equals max for a single value.
 */

export interface Range {
  min: number;
  max: number;
}
/**
 * Where a record came from: the content document, its heading path, the lines it spans and the place of each field.
 */

export interface RecordSource {
  document: string;
  file: string;
  headings: string[];
  lines: {
    start: number;
    end: number;
  };
  /**
   * Field path (slash-separated, e.g. steps/2) to the place its text starts.
   */
  positions: {
    [k: string]: Point | undefined;
  };
}
/**
 * A place in a content file: 1-based line and column.
 */

export interface Point {
  line: number;
  column: number;
}
/**
 * A finding of a safety, language or quality rule on one sentence of a record.
 */

export interface Flag {
  rule: string;
  severity: "error" | "warning" | "info";
  message: string;
  rationale?: string;
  citation?: string;
  /**
   * The sentence the finding is in, as the source has it.
   */
  evidence: string;
  /**
   * The words inside the evidence that triggered the rule.
   */
  match?: string;
  field?: string;
  document: string;
  file?: string;
  line: number;
  column: number;
  /**
   * A reviewer's decision that resolves this flag, from an allow directive in the content.
   */
  resolution?: {
    reason: string;
    line: number;
  };
}
/**
 * A reviewer's correction of a record's text (content/revisions/*.yaml), applied before the checks: the source text and the text readers get, with provenance.
 */

export interface Revision {
  /**
   * Field path of the revised text: `steps/1`, `startingPosition`, `text`, `items/2`.
   */
  field: string;
  /**
   * The source text that was replaced, as it stands in the record.
   */
  original: string;
  /**
   * The reviewer's text (empty: the original is removed).
   */
  replacement: string;
  reason: string;
  reviewer: string;
  date: string;
  /**
   * The revision file, as content/revisions/NAME.yaml.
   */
  file: string;
  line: number;
}
/**
 * Clinical sign-off of the record's reader-facing text (content/reviews.yaml). approved: a reviewer approved exactly this text; changed: approved once, the text has changed since; unapproved: never approved.
 */

export interface Review {
  status: "approved" | "changed" | "unapproved";
  /**
   * sha256 (first 16 hex digits) of the reader-facing text as it is now.
   */
  hash: string;
  /**
   * The hash the reviewer approved (differs from `hash` when changed).
   */
  approvedHash?: string;
  reviewer?: string;
  date?: string;
}
/**
 * Guidance that is not an exercise: warning signs, contraindications, when and how to exercise, self-care, questions and background.
 */

export interface Advice {
  /**
   * Stable record id: the document id, two dashes, then a slug of the record's name or heading.
   */
  id: string;
  kind: "advice";
  topic:
    | "warning-signs"
    | "contraindications"
    | "when-to-exercise"
    | "general-rules"
    | "self-care"
    | "faq"
    | "benefits"
    | "everyday-movement"
    | "background";
  heading?: string;
  language: string;
  stages: Stages;
  /**
   * Plain text, one or more sentences, no markup.
   */
  text?: string;
  /**
   * @minItems 1
   *
   * Items: Plain text, one or more sentences, no markup.
   */
  items?: string[];
  links?: Links;
  source: RecordSource;
  flags: Flags;
  /**
   * published: may reach readers; withheld: kept in the dataset with the reasons, never printed or sent.
   */
  status: "published" | "withheld";
  withheldReasons?: WithheldReasons;
  revisions?: Revisions;
  review?: Review;
}
/**
 * @minItems 1
 */

export interface FrontMatter {
  title: string;
  /**
   * BCP 47 language tag of the document's text, e.g. en, en-GB, ru, zh-Hans.
   */
  language: string;
  /**
   * @minItems 1
   */
  audience: ("pregnancy" | "postpartum")[];
  id?: string;
  stages?: Stages;
  source?: {
    name?: string;
    url?: string;
    retrieved?: string;
  };
  license?: string;
  notes?: string;
  /**
   * source: an article quoted word for word (the default); house: written by the project in its own words from the guidelines it cites (content/house/).
   */
  kind?: "source" | "house";
  /**
   * Guidelines a house document is written from, by name and year (e.g. "ACOG Committee Opinion 804 (2020)").
   *
   * @minItems 1
   */
  cites?: string[];
}
/**
 * content/dataset.yaml: the name, version and date of the content as published.
 */

export interface DatasetConfig {
  name: string;
  title: string;
  version: string;
  /**
   * The content's date (never the build's clock), printed on handouts.
   */
  date: string;
  license?: {
    name: string;
    title: string;
    path?: string;
  };
  description?: string;
  /**
   * SMS settings: how long a tip may be and the weekly schedule a messaging programme imports (dist/sms/schedule.*, rapidpro.json).
   */
  sms?: {
    /**
     * Most numbered parts an SMS tip may take (1: one 160-septet GSM-7 or 70-character UCS-2 segment). The --sms-segments option overrides it.
     */
    segments?: number;
    /**
     * The weekly schedule (dist/sms/schedule.*, rapidpro.json), written only when this is set: which weeks get messages and how many. A stage with no warning-signs message, or a week with no message, fails the build.
     */
    schedule?: {
      /**
       * Weeks of pregnancy that get messages (default 4 to 40).
       */
      pregnancyWeeks?: {
        from: number;
        to: number;
      };
      /**
       * Weeks after birth that get messages (default 1 to 12); null: none (a pregnancy-only programme).
       */
      postpartumWeeks?: {
        from: number;
        to: number;
      } | null;
      /**
       * Messages sent each week (default 2).
       */
      messagesPerWeek?: number;
      /**
       * A tip is not sent again until this many weeks after its last sending (default 4).
       */
      repeatGapWeeks?: number;
      /**
       * Hour of the day (0-23, the contact's time zone) messages are sent at in the RapidPro export (default 10).
       */
      deliveryHour?: number;
    };
  };
}
/**
 * content/revisions/*.yaml: a reviewer's corrections of sentences, steps or fields of records, applied before the checks without editing the source.
 */

export interface RevisionsFile {
  revisions: RevisionEntry[];
}

export interface RevisionEntry {
  /**
   * Id of the record (as in dist/json/exercises.json).
   */
  record: string;
  /**
   * Field path: `name`, `startingPosition`, `steps/1` (the second step), `cues/0`, `cautions/0`, `dosage`, `text`, `items/2`. Optional: without it the original is searched for in every field.
   */
  field?: string;
  /**
   * The source text to replace, word for word (a sentence, or the whole field).
   */
  original: string;
  /**
   * The new text; empty to remove the original.
   */
  replacement: string;
  reason: string;
  reviewer: string;
  date: string;
}
/**
 * content/reviews.yaml: the records a clinical reviewer approved, each with the hash of the reader-facing text approved (`guidance review` prints it).
 */

export interface ReviewsFile {
  approvals: Approval[];
}

export interface Approval {
  /**
   * Stable record id: the document id, two dashes, then a slug of the record's name or heading.
   */
  record: string;
  /**
   * The reader-facing text's hash as `guidance review` shows it.
   */
  hash: string;
  reviewer: string;
  date: string;
}
