// Pure page decisions: whether a unit of content starts on this page or the next, and what the
// footer says. The drawing code measures; these functions decide.

/** Points of slack when comparing heights (rounding in text measurement). */
const EPSILON = 0.5;

export type Placement = 'here' | 'next-page';

export interface UnitFit {
  /** Space left on the current page, from the cursor to the bottom margin. */
  space: number;
  /** Height of the text area of an empty page. */
  capacity: number;
  /** Height of the whole unit (an exercise, a paragraph, a heading with what must follow it). */
  height: number;
  /** Height of the part that must not be left alone at the foot of a page (a heading and a few lines). */
  minimum: number;
  /** Nothing has been drawn on the current page yet. */
  atTop: boolean;
}

/**
 * Where a unit goes. It stays on this page when it fits; a unit that fits on an empty page is
 * never split (it moves to the next page); a unit taller than any page starts here when at least
 * its minimum fits, so a heading is never the last thing on a page.
 */
export function placeUnit({ space, capacity, height, minimum, atTop }: UnitFit): Placement {
  if (atTop) return 'here';
  if (height <= space + EPSILON) return 'here';
  if (height <= capacity + EPSILON) return 'next-page';
  return minimum <= space + EPSILON ? 'here' : 'next-page';
}

/** The height of the first `lines` lines of a text of `height` whose lines are `lineHeight` tall. */
export function firstLines(height: number, lineHeight: number, lines: number): number {
  return Math.min(height, lineHeight * lines);
}

/** "Page 3 of 8". */
export function pageLabel(page: number, pages: number): string {
  return `Page ${page} of ${pages}`;
}

