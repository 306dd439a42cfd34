// Page sizes, margins, type sizes and colours of the printed handouts. Body text is 11 pt and
// every text is black or near-black on white: the handouts are often photocopied in black and
// white, so nothing relies on colour (the caution box is a thick black border on light grey).
import type { FontStyle } from './fonts.js';

export type Paper = 'a4' | 'letter';

/** Page size in PDF points (1/72 inch). */
export const PAPER_SIZES: Readonly<Record<Paper, { width: number; height: number; name: string }>> = {
  a4: { width: 595.28, height: 841.89, name: 'A4' },
  letter: { width: 612, height: 792, name: 'LETTER' },
};

export const MARGINS = { top: 50, bottom: 56, left: 60, right: 60 } as const;

export interface TextStyle {
  font: FontStyle;
  size: number;
  /** Extra space between lines, in points. */
  lineGap: number;
  color: string;
}

const INK = '#000000';

export const STYLES = {
  body: { font: 'regular', size: 11, lineGap: 2.2, color: INK },
  label: { font: 'bold', size: 11, lineGap: 2.2, color: INK },
  title: { font: 'bold', size: 28, lineGap: 2, color: INK },
  subtitle: { font: 'regular', size: 16, lineGap: 3, color: INK },
  edition: { font: 'regular', size: 12, lineGap: 2, color: INK },
  h2: { font: 'bold', size: 18, lineGap: 2, color: INK },
  h3: { font: 'bold', size: 14.5, lineGap: 2, color: INK },
  footer: { font: 'regular', size: 10, lineGap: 0, color: INK },
} as const satisfies Record<string, TextStyle>;

/** Vertical spaces, in points. */
export const SPACE = {
  /** Before a level-2 heading (not at the top of a page) and after it. */
  h2Before: 18,
  h2After: 8,
  /** Before an exercise heading (a thin rule sits in the middle of it) and after it. */
  h3Before: 20,
  h3After: 6,
  paragraph: 7,
  listItem: 2.5,
  listTitle: 2,
  list: 7,
  factRow: 1.5,
  facts: 7,
  caution: 9,
  cautionPadding: 7,
} as const;

/** Indent of list item bodies and width of the facts' label column. */
export const INDENT = { list: 22, factLabel: 86 } as const;

export const RULE = { color: '#444444', width: 0.75 } as const;
export const CAUTION_BOX = { border: '#000000', borderWidth: 1.5, fill: '#EDEDED', bar: 5 } as const;

/**
 * Minimum height that must fit on a page below a heading, so a heading never ends a page:
 * the heading and about three lines of what follows.
 */
export const KEEP_WITH_HEADING_LINES = 3;
