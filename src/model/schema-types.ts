// Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */

/**
 * Stages the document is for.
 *
 * @minItems 1
 *
 * Items: A stage: a trimester of pregnancy, or after birth (postpartum).
 */

export type Stages = ("trimester-1" | "trimester-2" | "trimester-3" | "postpartum")[];
/**
 * The stages of pregnancy or after birth the exercise is for, from the document and its headings.
 *
 * @minItems 1
 *
 * Items: A stage: a trimester of pregnancy, or after birth (postpartum).
 */

export type Stages1 = ("trimester-1" | "trimester-2" | "trimester-3" | "postpartum")[];
/**
 * Tips on how to do it well (breathing, posture), plain text.
 *
 * Items: Plain text, one or more sentences, no markup.
 */

export type Texts = string[];
/**
 * What to watch for or avoid while doing it, plain text.
 *
 * Items: Plain text, one or more sentences, no markup.
 */

export type Texts1 = string[];
/**
 * What the source says the exercise does, plain text; over-claims are flagged.
 *
 * Items: Plain text, one or more sentences, no markup.
 */

export type Texts2 = string[];
/**
 * Links in the exercise text (http, https and mailto only).
 */

export type Links = {
  /**
   * The link text.
   */
  text: string;
  /**
   * The address: http, https or mailto.
   */
  url: string;
}[];
/**
 * Findings of the safety, language and quality rules on sentences of this exercise.
 */

export type Flags = Flag[];
/**
 * Why the record is withheld, for reviewers; absent when published.
 */

export type WithheldReasons = string[];
/**
 * Reviewers' corrections applied to this record (content/revisions), with provenance.
 */

export type Revisions = Revision[];
/**
 * The stages of pregnancy or after birth the advice is for, from the document and its headings.
 *
 * @minItems 1
 *
 * Items: A stage: a trimester of pregnancy, or after birth (postpartum).
 */

export type Stages2 = ("trimester-1" | "trimester-2" | "trimester-3" | "postpartum")[];
/**
 * Links in the advice text (http, https and mailto only).
 */

export type Links1 = {
  /**
   * The link text.
   */
  text: string;
  /**
   * The address: http, https or mailto.
   */
  url: string;
}[];
/**
 * Findings of the safety, language and quality rules on sentences of this advice.
 */

export type Flags1 = Flag[];
/**
 * Why the record is withheld, for reviewers; absent when published.
 */

export type WithheldReasons1 = string[];
/**
 * Reviewers' corrections applied to this record (content/revisions), with provenance.
 */

export type Revisions1 = Revision[];

/**
 * dist/json/exercises.json: every exercise and piece of advice compiled from content/, with its sources.
 */

export interface Dataset {
  /**
   * Address of this schema.
   */
  $schema?: string;
  /**
   * About the dataset, from content/dataset.yaml.
   */
  dataset: {
    /**
     * The dataset's name, a slug.
     */
    name: string;
    /**
     * The dataset's title.
     */
    title: string;
    /**
     * The dataset's version (semantic versioning).
     */
    version: string;
    /**
     * The content's date (YYYY-MM-DD), never the build's clock.
     */
    date: string;
    /**
     * sha256 over every content file's path inside the content folder and its bytes, in path order: changes whenever the content does.
     */
    contentHash: string;
  };
  /**
   * The content documents, in path order.
   */
  sources: Source[];
  /**
   * Every exercise, published and withheld, in document and reading order.
   */
  exercises: Exercise[];
  /**
   * Every piece of advice, published and withheld, in document and reading order.
   */
  advice: Advice[];
}
/**
 * One content document.
 */

export interface Source {
  /**
   * Document id: from its front matter, else its file name.
   */
  id: string;
  /**
   * The document's path inside the content folder, e.g. `back-pain.md`, whatever folder the build was given.
   */
  file: string;
  /**
   * The document's title, from its front matter.
   */
  title: string;
  /**
   * BCP 47 language tag of the document.
   */
  language: string;
  /**
   * Who the document is for.
   *
   * Items: Who a document is written for: people who are pregnant, or after birth.
   */
  audience: ("pregnancy" | "postpartum")[];
  stages: Stages;
  /**
   * source: a quoted article; house: written by the project in its own words from the guidelines in `cites`.
   */
  kind?: "source" | "house";
  /**
   * Guidelines a house document was written from (name and year).
   */
  cites?: string[];
  /**
   * Where the text came from (front matter `source`).
   */
  origin?: {
    /**
     * Name of the source.
     */
    name?: string;
    /**
     * Address of the source article.
     */
    url?: string;
    /**
     * Date the text was taken (YYYY-MM-DD).
     */
    retrieved?: string;
  };
  /**
   * The source text's terms, from the front matter; quoted text keeps its publisher's rights.
   */
  license?: string;
  /**
   * Editors' notes on the document.
   */
  notes?: string;
  /**
   * sha256 over the document's path inside the content folder and its bytes.
   */
  contentHash: string;
}
/**
 * One exercise as a source describes it, structured, with the place every field came from.
 */

export interface Exercise {
  /**
   * Stable id: `<document>--<slug of the exercise name>`; changes only when the exercise is renamed.
   */
  id: string;
  /**
   * Always `exercise`: tells exercises from advice in exercises.jsonl.
   */
  kind: "exercise";
  /**
   * The exercise name as the source gives it.
   */
  name: string;
  /**
   * Other names the source gives for the same exercise (in brackets or after "also called").
   */
  aliases: string[];
  /**
   * Shared id of the same exercise told by several sources.
   */
  group?: string;
  /**
   * The document's BCP 47 language tag, from its front matter.
   */
  language: string;
  stages: Stages1;
  /**
   * Week of pregnancy after which the source says not to do the exercise.
   */
  avoidAfterWeek?: number;
  /**
   * Body position the exercise is done in, read from its instructions; `mixed` when it changes.
   */
  position?: "standing" | "sitting" | "kneeling" | "all-fours" | "side-lying" | "supine" | "prone" | "mixed";
  /**
   * Things needed (ball, chair, mat…), as named in the text.
   */
  equipment: string[];
  /**
   * Parts of the body the exercise works or stretches, as named in the text.
   */
  bodyAreas: string[];
  /**
   * How to get into position before the steps, when the source says so separately.
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
  cautions: Texts1;
  benefits: Texts2;
  links?: Links;
  source: RecordSource;
  flags: Flags;
  /**
   * `published` or `withheld` (see withheldReasons); apps should show published records only.
   */
  status: "published" | "withheld";
  withheldReasons?: WithheldReasons;
  revisions?: Revisions;
  review?: Review;
}
/**
 * How much: repetitions, sets, hold time and how often, as the source states it.
 */

export interface Dosage {
  /**
   * Plain text, one or more sentences, no markup.
   */
  text: string;
  repetitions?: Range;
  sets?: Range1;
  holdSeconds?: Range2;
  durationSeconds?: Range3;
  breathCycles?: Range4;
  /**
   * True when the numbers are for each side (left and right).
   */
  perSide?: boolean;
  /**
   * The count is for each direction of the movement (forward and backward, clockwise and anticlockwise), not each side of the body.
   */
  perDirection?: boolean;
  timesPerDay?: Range5;
  timesPerWeek?: Range6;
}
/**
 * Repetitions per set.
 */

export interface Range {
  /**
   * The smallest value stated.
   */
  min: number;
  /**
   * The largest value stated (equal to min for a single value).
   */
  max: number;
}
/**
 * Number of sets.
 */

export interface Range1 {
  /**
   * The smallest value stated.
   */
  min: number;
  /**
   * The largest value stated (equal to min for a single value).
   */
  max: number;
}
/**
 * Seconds to hold the position.
 */

export interface Range2 {
  /**
   * The smallest value stated.
   */
  min: number;
  /**
   * The largest value stated (equal to min for a single value).
   */
  max: number;
}
/**
 * Seconds the whole exercise lasts.
 */

export interface Range3 {
  /**
   * The smallest value stated.
   */
  min: number;
  /**
   * The largest value stated (equal to min for a single value).
   */
  max: number;
}
/**
 * Breaths to hold the position for.
 */

export interface Range4 {
  /**
   * The smallest value stated.
   */
  min: number;
  /**
   * The largest value stated (equal to min for a single value).
   */
  max: number;
}
/**
 * How many times a day.
 */

export interface Range5 {
  /**
   * The smallest value stated.
   */
  min: number;
  /**
   * The largest value stated (equal to min for a single value).
   */
  max: number;
}
/**
 * How many times a week.
 */

export interface Range6 {
  /**
   * The smallest value stated.
   */
  min: number;
  /**
   * The largest value stated (equal to min for a single value).
   */
  max: number;
}
/**
 * Where the exercise came from in the content: document, file, headings, lines and the place of each field.
 */

export interface RecordSource {
  /**
   * Id of the content document (see sources).
   */
  document: string;
  /**
   * The document's path inside the content folder, e.g. `back-pain.md`, whatever folder the build was given.
   */
  file: string;
  /**
   * The headings above the record, outermost first.
   */
  headings: string[];
  /**
   * The lines of the content file the record spans.
   */
  lines: {
    /**
     * First line, from 1.
     */
    start: number;
    /**
     * Last line, from 1.
     */
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
  /**
   * Line in the content file, from 1.
   */
  line: number;
  /**
   * Column in the line, from 1, in characters.
   */
  column: number;
}
/**
 * A finding of a safety, language or quality rule on one sentence of a record.
 */

export interface Flag {
  /**
   * Id of the rule that found it (see the rule files in content/rules).
   */
  rule: string;
  /**
   * `error`: the sentence never reaches readers (the record may be withheld); `warning`: printed with a "Take care" note, never in an SMS tip; `info`: for reviewers.
   */
  severity: "error" | "warning" | "info";
  /**
   * What is wrong and what to write instead.
   */
  message: string;
  /**
   * Why the rule exists: the risk to the reader.
   */
  rationale?: string;
  /**
   * The evidence the rule rests on.
   */
  citation?: string;
  /**
   * The sentence the finding is in, as the source has it.
   */
  evidence: string;
  /**
   * The words inside the evidence that triggered the rule.
   */
  match?: string;
  /**
   * The record field the sentence is in, e.g. `steps/2` or `text`.
   */
  field?: string;
  /**
   * Id of the content document.
   */
  document: string;
  /**
   * The document's path inside the content folder.
   */
  file?: string;
  /**
   * Line of the match in the content file, from 1.
   */
  line: number;
  /**
   * Column of the match, from 1.
   */
  column: number;
  /**
   * A reviewer's decision that resolves this flag, from an allow directive in the content.
   */
  resolution?: {
    /**
     * The reviewer's reason, from the allow directive.
     */
    reason: string;
    /**
     * Line of the allow directive in the content file.
     */
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
  /**
   * Why the reviewer replaced the text.
   */
  reason: string;
  /**
   * Who made the revision.
   */
  reviewer: string;
  /**
   * Date of the revision (YYYY-MM-DD).
   */
  date: string;
  /**
   * The revision file, as content/revisions/NAME.yaml.
   */
  file: string;
  /**
   * Line of the revision entry in its file.
   */
  line: number;
}
/**
 * Clinical sign-off state of the reader-facing text (content/reviews.yaml).
 */

export interface Review {
  /**
   * approved: the reader text matches the approved hash; changed: it changed since approval; unapproved: never approved.
   */
  status: "approved" | "changed" | "unapproved";
  /**
   * sha256 (first 16 hex digits) of the reader-facing text as it is now.
   */
  hash: string;
  /**
   * The hash the reviewer approved (differs from `hash` when changed).
   */
  approvedHash?: string;
  /**
   * Who approved the record.
   */
  reviewer?: string;
  /**
   * Date of the approval (YYYY-MM-DD).
   */
  date?: string;
}
/**
 * Guidance that is not an exercise: warning signs, contraindications, when and how to exercise, self-care, questions and background.
 */

export interface Advice {
  /**
   * Stable id: `<document>--<nearest heading slug>-<number under that heading>`; rewording the advice keeps it.
   */
  id: string;
  /**
   * Always `advice`: tells advice from exercises in exercises.jsonl.
   */
  kind: "advice";
  /**
   * What the advice is about, read from its heading and wording; `background` when nothing more specific fits.
   */
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
  /**
   * The nearest heading above the advice, as written (inline markup removed).
   */
  heading?: string;
  /**
   * The document's BCP 47 language tag, from its front matter.
   */
  language: string;
  stages: Stages2;
  /**
   * Plain text, one or more sentences, no markup.
   */
  text?: string;
  /**
   * List items that belong to the advice, plain text, in order.
   *
   * @minItems 1
   *
   * Items: Plain text, one or more sentences, no markup.
   */
  items?: string[];
  links?: Links1;
  source: RecordSource1;
  flags: Flags1;
  /**
   * `published` or `withheld` (see withheldReasons); apps should show published records only.
   */
  status: "published" | "withheld";
  withheldReasons?: WithheldReasons1;
  revisions?: Revisions1;
  review?: Review1;
}
/**
 * Where the advice came from in the content: document, file, headings, lines and the place of each field.
 */

export interface RecordSource1 {
  /**
   * Id of the content document (see sources).
   */
  document: string;
  /**
   * The document's path inside the content folder, e.g. `back-pain.md`, whatever folder the build was given.
   */
  file: string;
  /**
   * The headings above the record, outermost first.
   */
  headings: string[];
  /**
   * The lines of the content file the record spans.
   */
  lines: {
    /**
     * First line, from 1.
     */
    start: number;
    /**
     * Last line, from 1.
     */
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
 * Clinical sign-off state of the reader-facing text (content/reviews.yaml).
 */

export interface Review1 {
  /**
   * approved: the reader text matches the approved hash; changed: it changed since approval; unapproved: never approved.
   */
  status: "approved" | "changed" | "unapproved";
  /**
   * sha256 (first 16 hex digits) of the reader-facing text as it is now.
   */
  hash: string;
  /**
   * The hash the reviewer approved (differs from `hash` when changed).
   */
  approvedHash?: string;
  /**
   * Who approved the record.
   */
  reviewer?: string;
  /**
   * Date of the approval (YYYY-MM-DD).
   */
  date?: string;
}
/**
 * Stages the whole document is for; headings can narrow them for their sections.
 *
 * @minItems 1
 *
 * Items: A stage: a trimester of pregnancy, or after birth (postpartum).
 */

export interface FrontMatter {
  /**
   * The document's title, as the source gives it.
   */
  title: string;
  /**
   * BCP 47 language tag of the document's text, e.g. en, en-GB, ru, zh-Hans.
   */
  language: string;
  /**
   * Who the document is for: pregnancy, postpartum or both.
   *
   * @minItems 1
   *
   * Items: Who a document is written for: people who are pregnant, or after birth.
   */
  audience: ("pregnancy" | "postpartum")[];
  /**
   * Document id, a slug; default: the file name without its extension. Record ids start with it.
   */
  id?: string;
  stages?: Stages;
  /**
   * Where the text came from.
   */
  source?: {
    /**
     * Name of the source (publisher, site or article).
     */
    name?: string;
    /**
     * Address of the source article.
     */
    url?: string;
    /**
     * Date the text was taken (YYYY-MM-DD).
     */
    retrieved?: string;
  };
  /**
   * The source text's terms, e.g. quoted for review with rights remaining with the publisher.
   */
  license?: string;
  /**
   * Editors' notes on the document; not published.
   */
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
  /**
   * The dataset's name, a slug (the data package name).
   */
  name: string;
  /**
   * The dataset's title, printed on handouts.
   */
  title: string;
  /**
   * The dataset's version (semantic versioning), printed on handouts.
   */
  version: string;
  /**
   * The content's date (never the build's clock), printed on handouts.
   */
  date: string;
  /**
   * The dataset's licence as the data package states it. It covers the compilation; quoted source text keeps its publishers' rights (see DATA-LICENSE.md).
   */
  license?: {
    /**
     * Licence identifier, e.g. an SPDX id such as CC-BY-4.0.
     */
    name: string;
    /**
     * Licence in words, with any limits (such as quoted text that stays with its publishers).
     */
    title: string;
    /**
     * Address of the licence text.
     */
    path?: string;
  };
  /**
   * One or two sentences on what the dataset holds, for the data package.
   */
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
        /**
         * First week of pregnancy that gets messages.
         */
        from: number;
        /**
         * Last week of pregnancy that gets messages.
         */
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
  /**
   * Replacements of record text, each checked by the safety rules like source text.
   */
  revisions: RevisionEntry[];
}
/**
 * One revision: the record (and field), the original text word for word, the replacement, why, who and when.
 */

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
  /**
   * Why the text is replaced.
   */
  reason: string;
  /**
   * Who made the revision.
   */
  reviewer: string;
  /**
   * Date of the revision (YYYY-MM-DD).
   */
  date: string;
}
/**
 * content/reviews.yaml: the records a clinical reviewer approved, each with the hash of the reader-facing text approved (`guidance review` prints it).
 */

export interface ReviewsFile {
  /**
   * Records a clinician approved, each with the hash of the text approved.
   */
  approvals: Approval[];
}
/**
 * One approval: the record, the hash of its reader-facing text, who approved it and when.
 */

export interface Approval {
  /**
   * Id of the approved record.
   */
  record: string;
  /**
   * The reader-facing text's hash as `guidance review` shows it.
   */
  hash: string;
  /**
   * Who approved the record.
   */
  reviewer: string;
  /**
   * Date of the approval (YYYY-MM-DD).
   */
  date: string;
}
