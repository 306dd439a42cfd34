/// <reference types="pdfkit" />
// Measuring and drawing one text in one style. Both go through the same font runs, so what is
// measured is what is drawn, and no character reaches the page without a covering font.
import type { Text } from '../../handout/index.js';
import { FONT_STACKS, splitRuns, type Run } from './fonts.js';
import { STYLES, type TextStyle } from './theme.js';

export interface PdfContext {
  doc: PDFKit.PDFDocument;
  covers: (font: string, codePoint: number) => boolean;
  /** Left edge and width of the text column. */
  x: number;
  width: number;
  /** Heights already measured in this document, by style, width and text. */
  measured: Map<string, number>;
}

export function runsFor(ctx: PdfContext, text: Text, style: TextStyle): Run[] {
  return splitRuns(text.text, FONT_STACKS[style.font], ctx.covers, text.source);
}

function apply(ctx: PdfContext, font: string, style: TextStyle): void {
  ctx.doc.font(font).fontSize(style.size).fillColor(style.color);
}

/** Height of `text` set in `style` at `width`, including the line gap after each line. */
export function measureText(ctx: PdfContext, text: Text, style: TextStyle, width: number): number {
  const key = `${style.font}|${style.size}|${style.lineGap}|${width}|${text.text}`;
  const known = ctx.measured.get(key);
  if (known !== undefined) return known;
  const runs = runsFor(ctx, text, style);
  // Mixed runs are measured in the first run's font: fallback fonts only cover a few characters.
  apply(ctx, runs[0]?.font ?? style.font, style);
  const height = ctx.doc.heightOfString(text.text, { width, lineGap: style.lineGap });
  ctx.measured.set(key, height);
  return height;
}

/** A stretch of one paragraph in one style (a step in regular, then its bold caution mark). */
export interface Segment {
  text: Text;
  style: TextStyle;
}

/** A text in one style, as segments. */
export function plainSegments(text: Text, style: TextStyle): Segment[] {
  return [{ text, style }];
}

interface PdfkitText {
  _text(text: string, x: number | undefined, y: number | undefined, options: object, lineCallback: (line: string, options: { lineGap?: number }) => void): void;
  _lineGap?: number;
}

/**
 * Height of text in several styles set as one paragraph at `width`. pdfkit measures only one font
 * at a time, so this runs its line wrapper over the runs exactly as `drawSegments` does (continued
 * text), counting lines instead of drawing them.
 */
export function measureSegments(ctx: PdfContext, segments: readonly Segment[], width: number): number {
  const only = segments.length === 1 ? segments[0]! : undefined;
  if (only) return measureText(ctx, only.text, only.style, width);
  const key = `segments|${width}|${segments.map((s) => `${s.style.font}|${s.style.size}|${s.style.lineGap}|${s.text.text}`).join('\u0000')}`;
  const known = ctx.measured.get(key);
  if (known !== undefined) return known;
  const { doc } = ctx;
  const engine = doc as unknown as PdfkitText;
  const { x, y } = doc;
  const runs = segments.flatMap((segment) => runsFor(ctx, segment.text, segment.style).map((run) => ({ run, style: segment.style })));
  runs.forEach(({ run, style }, i) => {
    apply(ctx, run.font, style);
    const options = { width, lineGap: style.lineGap, height: Infinity, continued: i < runs.length - 1 };
    engine._text(run.text, i === 0 ? x : undefined, i === 0 ? y : undefined, options, (_line, lineOptions) => {
      doc.y += doc.currentLineHeight(true) + (lineOptions.lineGap || engine._lineGap || 0);
    });
  });
  const height = doc.y - y;
  doc.x = x;
  doc.y = y;
  ctx.measured.set(key, height);
  return height;
}

/** Width of a one-line text (labels, page numbers). */
export function widthOf(ctx: PdfContext, text: Text, style: TextStyle): number {
  return runsFor(ctx, text, style).reduce((sum, run) => {
    apply(ctx, run.font, style);
    return sum + ctx.doc.widthOfString(run.text);
  }, 0);
}

export interface DrawOptions {
  align?: 'left' | 'right' | 'center';
}

/**
 * Draws `text` with its top-left at (x, y), wrapped at `width`; leaves `doc.y` below it. Long
 * text that runs past the bottom margin continues on a new page (pdfkit carries the open
 * structure tags over).
 */
export function drawText(ctx: PdfContext, text: Text, style: TextStyle, x: number, y: number, width: number, options: DrawOptions = {}): void {
  drawSegments(ctx, [{ text, style }], x, y, width, options);
}

/** Draws segments as one paragraph, as `drawText` does one text (measured by `measureSegments`). */
export function drawSegments(ctx: PdfContext, segments: readonly Segment[], x: number, y: number, width: number, options: DrawOptions = {}): void {
  const runs = segments.flatMap((segment) => runsFor(ctx, segment.text, segment.style).map((run) => ({ ...run, style: segment.style })));
  runs.forEach((run, i) => {
    const style = run.style;
    apply(ctx, run.font, style);
    const opts = { width, lineGap: style.lineGap, align: options.align ?? 'left', continued: i < runs.length - 1 };
    if (i === 0) ctx.doc.text(run.text, x, y, opts);
    else ctx.doc.text(run.text, opts);
  });
}

/** Marks drawing that carries no content (rules, boxes, footers) as an artifact. */
export function artifact(ctx: PdfContext, type: 'Layout' | 'Pagination', draw: () => void): void {
  ctx.doc.markContent('Artifact', { type });
  ctx.doc.save();
  draw();
  ctx.doc.restore();
  ctx.doc.endMarkedContent();
}

/** Bottom of the text area of the current page. */
export function pageBottom(ctx: PdfContext): number {
  return ctx.doc.page.height - ctx.doc.page.margins.bottom;
}

/** Height of the text area of an empty page. */
export function pageCapacity(ctx: PdfContext): number {
  return pageBottom(ctx) - ctx.doc.page.margins.top;
}

/** Space left between the cursor and the bottom margin. */
export function spaceLeft(ctx: PdfContext): number {
  return pageBottom(ctx) - ctx.doc.y;
}

/** True when the cursor is at the top of a page (nothing drawn above it yet). */
export function atPageTop(ctx: PdfContext): boolean {
  return ctx.doc.y <= ctx.doc.page.margins.top + 0.5;
}

export function newPage(ctx: PdfContext): void {
  ctx.doc.addPage();
  ctx.doc.x = ctx.x;
  ctx.doc.y = ctx.doc.page.margins.top;
}
