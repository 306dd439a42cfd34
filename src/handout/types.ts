// The handout document model: what a printed handout and its markdown edition say, in reading
// order, with no layout in it. The PDF and markdown writers both render this one model, so they
// cannot disagree about content; the builder (build.ts) is pure.
import type { Audience } from '../model/types.js';

/** Output file stem of each handout: `pregnancy.pdf`, `after-birth.md`. */
export type HandoutId = 'pregnancy' | 'after-birth';

export const HANDOUT_IDS: Readonly<Record<Audience, HandoutId>> = {
  pregnancy: 'pregnancy',
  postpartum: 'after-birth',
};

/**
 * A piece of text for readers with the place it came from: a record id, or `handout:…` for the
 * handout's own words (labels, how-to-use). Writers use `source` to name the record in errors.
 */
export interface Text {
  text: string;
  source: string;
}

export interface Handout {
  id: HandoutId;
  audience: Audience;
  /** BCP 47 language of the text: the language of the handout's sources. */
  lang: string;
  /** Shown on the title page and in the viewer's title bar. */
  title: Text;
  /** Who it is for, one line under the title. */
  subtitle: Text;
  /** The content's version and date (never the build's clock), e.g. "Version 0.1.0, 22 November 2026". */
  edition: Text;
  /** The content's date as `YYYY-MM-DD` (the PDF's creation date, so bytes are reproducible). */
  date: string;
  /** Short note on the title page under the edition line. */
  cover: Block[];
  /**
   * "Draft — not clinically reviewed", while any record that reaches readers lacks a clinical
   * approval of its current text (content/reviews.yaml). Printed at the top of every page.
   */
  draft?: Text;
  /** The body, in reading order; every top-level section gets a bookmark. */
  sections: Section[];
}

export type SectionKind =
  | 'how-to-use'
  | 'when-to-stop'
  | 'who-should-not'
  | 'stage'
  | 'exercise'
  | 'advice'
  | 'sources';

export interface Section {
  /** Stable slug, unique within the handout (anchors, bookmarks, tests). */
  id: string;
  kind: SectionKind;
  /** 2 for the handout's sections, 3 for an exercise inside its stage or advice under its topic. */
  level: 2 | 3;
  title: Text;
  blocks: Block[];
  sections: Section[];
}

export type Block = Paragraph | List | Facts | Caution;

export interface Paragraph {
  kind: 'paragraph';
  text: Text;
}

export interface List {
  kind: 'list';
  ordered: boolean;
  /** A short bold lead-in printed above the items ("What to do"). */
  title?: Text;
  items: Text[];
}

export type FactKey = 'also-called' | 'similar-to' | 'stage' | 'position' | 'equipment' | 'how-much' | 'avoid-after' | 'start';

/** Label–value rows: stage, position, equipment, how much, starting position. */
export interface Facts {
  kind: 'facts';
  rows: Array<{ key: FactKey; label: Text; value: Text }>;
}

/**
 * A boxed caution for the reader: our own safe sentence about what a warning flag was about (a
 * flagged sentence of the record was left out), one box per rule and record (or section). It
 * never quotes the flagged text.
 */
export interface Caution {
  kind: 'caution';
  label: Text;
  text: Text;
  /** The rule id behind it, for tests and the report. */
  rule: string;
}

/** Every text of a handout in reading order (for font coverage checks and tests). */
export function handoutTexts(handout: Handout): Text[] {
  const out: Text[] = [handout.title, handout.subtitle, handout.edition, ...(handout.draft ? [handout.draft] : []), ...handout.cover.flatMap(blockTexts)];
  const walk = (section: Section): void => {
    out.push(section.title, ...section.blocks.flatMap(blockTexts));
    section.sections.forEach(walk);
  };
  handout.sections.forEach(walk);
  return out;
}

export function blockTexts(block: Block): Text[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return [...(block.title ? [block.title] : []), ...block.items];
    case 'facts':
      return block.rows.flatMap((row) => [row.label, row.value]);
    case 'caution':
      return [block.label, block.text];
  }
}

/** Every section, depth first. */
export function allSections(handout: Handout): Section[] {
  const out: Section[] = [];
  const walk = (section: Section): void => {
    out.push(section);
    section.sections.forEach(walk);
  };
  handout.sections.forEach(walk);
  return out;
}
