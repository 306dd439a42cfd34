/// <reference types="pdfkit" />
// Sections in page order: a heading is kept with what follows it, an exercise that fits on a page
// is never split, every section gets a bookmark, and each is a tagged Sect with its H2 / H3.
import type { Block, Section, SectionKind } from '../../handout/index.js';
import { drawBlock, measureBlock, minimumOfBlock, place, spaceAfter } from './blocks.js';
import { RULE, SPACE, STYLES, type TextStyle } from './theme.js';
import { artifact, atPageTop, drawText, measureText, pageCapacity, type PdfContext } from './typeset.js';

type Parent = PDFKit.PDFStructureElement;

/** Sections never split across pages when they fit on one: an exercise and the safety advice. */
const KEEP_WHOLE: ReadonlySet<SectionKind> = new Set<SectionKind>(['exercise', 'how-to-use', 'when-to-stop', 'who-should-not']);

/** Where each section starts, by section id: the 0-based page index (for the contents list). */
export type SectionPages = Map<string, number>;

function headingStyle(section: Section): TextStyle {
  return section.level === 2 ? STYLES.h2 : STYLES.h3;
}

function spaceBefore(section: Section): number {
  return section.level === 2 ? SPACE.h2Before : SPACE.h3Before;
}

/** Height of the heading and the space after it (the space before is added only mid-page). */
export function headingHeight(ctx: PdfContext, section: Section): number {
  const after = section.level === 2 ? SPACE.h2After : SPACE.h3After;
  return measureText(ctx, section.title, headingStyle(section), ctx.width) + after;
}

/** Height of a whole section with its subsections, from its heading to its last block. */
export function measureSection(ctx: PdfContext, section: Section): number {
  return headingHeight(ctx, section)
    + section.blocks.reduce((sum, block) => sum + measureBlock(ctx, block), 0)
    + section.sections.reduce((sum, child) => sum + spaceBefore(child) + measureSection(ctx, child), 0);
}

/** The last block of a section, in reading order (inside its last subsection if it has one). */
function lastBlock(section: Section): Block | undefined {
  const child = section.sections.at(-1);
  return child ? lastBlock(child) : section.blocks.at(-1);
}

/** Height of a section as it sits on a page: without the blank space below its last block. */
function inkHeight(ctx: PdfContext, section: Section): number {
  const last = lastBlock(section);
  return measureSection(ctx, section) - (last ? spaceAfter(last) : 0);
}

/**
 * The height that must stay with the heading: the whole section for an exercise or safety advice
 * (`place` moves it to a new page rather than split it, unless it is taller than a page: then
 * the heading and its first block); for a stage, its first exercise when that fits on a page;
 * otherwise the first lines of the first block.
 */
function keepWithHeading(ctx: PdfContext, section: Section): { height: number; minimum: number } {
  const heading = headingHeight(ctx, section);
  if (KEEP_WHOLE.has(section.kind)) {
    const first = section.blocks[0];
    return { height: inkHeight(ctx, section), minimum: heading + (first ? minimumOfBlock(ctx, first) : 0) };
  }
  const firstChild = section.sections[0];
  if (section.blocks.length === 0 && firstChild) {
    // The child's own space before its heading is drawn too (the cursor is not at a page top).
    const child = spaceBefore(firstChild) + inkHeight(ctx, firstChild);
    const childMinimum = keepWithHeading(ctx, firstChild).minimum;
    return child <= pageCapacity(ctx) ? { height: heading + child, minimum: heading + child } : { height: heading + child, minimum: heading + childMinimum };
  }
  const first = section.blocks[0];
  return { height: heading + (first ? measureBlock(ctx, first) - spaceAfter(first) : 0), minimum: heading + (first ? minimumOfBlock(ctx, first) : 0) };
}

function currentPageIndex(ctx: PdfContext): number {
  const range = ctx.doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/** Draws a section and its subsections at the cursor, tagged under `parent`, bookmarked under `outline`. */
export function drawSection(ctx: PdfContext, section: Section, parent: Parent, outline: PDFKit.PDFOutline, pages: SectionPages, first = false): void {
  const { doc } = ctx;
  const before = spaceBefore(section);
  const keep = keepWithHeading(ctx, section);
  // The space before the heading counts only mid-page: a heading at the top of a page starts there.
  if (!atPageTop(ctx)) doc.y += before;
  place(ctx, keep.height, keep.minimum);
  // A thin rule between exercises (not under the stage heading, nor at the top of a page).
  if (!atPageTop(ctx) && section.level === 3 && !first) {
    const ruleY = doc.y - before / 2;
    artifact(ctx, 'Layout', () => {
      doc.moveTo(ctx.x, ruleY).lineTo(ctx.x + ctx.width, ruleY).lineWidth(RULE.width).stroke(RULE.color);
    });
  }
  pages.set(section.id, currentPageIndex(ctx));
  const bookmark = outline.addItem(section.title.text, { expanded: section.sections.length > 0 });
  const sect = doc.struct('Sect');
  parent.add(sect);
  const y = doc.y;
  sect.add(doc.struct(section.level === 2 ? 'H2' : 'H3', {}, () => drawText(ctx, section.title, headingStyle(section), ctx.x, y, ctx.width)));
  doc.y = y + headingHeight(ctx, section);
  for (const block of section.blocks) drawBlock(ctx, block, sect);
  section.sections.forEach((child, i) => drawSection(ctx, child, sect, bookmark, pages, i === 0 && section.blocks.length === 0));
  sect.end();
}
