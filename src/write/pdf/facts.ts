/// <reference types="pdfkit" />
// The facts of an exercise (stage, position, what you need, how much, start) as label–value rows.
// Short rows are set two to a line, so an exercise takes less height and more of them fit on a
// page whole; a long value gets the full width. Each fact is a P.
import type { FactKey, Facts, Text } from '../../handout/index.js';
import { INDENT, SPACE, STYLES } from './theme.js';
import { drawSegments, drawText, plainSegments, measureSegments, measureText, widthOf, type PdfContext } from './typeset.js';

type Row = Facts['rows'][number];
type Parent = PDFKit.PDFStructureElement;

/** Facts that may share a line with a neighbour (a name or a starting position is read alone). */
const PAIRABLE: ReadonlySet<FactKey> = new Set<FactKey>(['stage', 'position', 'equipment', 'how-much']);

/** Gap between the two facts of a line. */
const COLUMN_GAP = 14;

export const withColon = (label: Text): Text => ({ ...label, text: `${label.text}:` });

/**
 * Groups rows into lines: two consecutive short rows share a line, any other row has one to
 * itself. Pure; `isShort` says whether a row fits in half the width.
 */
export function pairRows<T>(rows: readonly T[], isShort: (row: T) => boolean): T[][] {
  const lines: T[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    if (next !== undefined && isShort(row) && isShort(next)) {
      lines.push([row, next]);
      i++;
    } else {
      lines.push([row]);
    }
  }
  return lines;
}

function columnWidth(ctx: PdfContext, columns: number): number {
  return columns === 1 ? ctx.width : (ctx.width - COLUMN_GAP) / 2;
}

function rowHeight(ctx: PdfContext, row: Row, width: number): number {
  const label = measureText(ctx, withColon(row.label), STYLES.label, INDENT.factLabel - 6);
  const value = measureSegments(ctx, plainSegments(row.value, STYLES.body), width - INDENT.factLabel);
  return Math.max(label, value);
}

function lines(ctx: PdfContext, facts: Facts): Row[][] {
  const half = columnWidth(ctx, 2) - INDENT.factLabel;
  return pairRows(facts.rows, (row) => PAIRABLE.has(row.key) && widthOf(ctx, row.value, STYLES.body) <= half
    && widthOf(ctx, withColon(row.label), STYLES.label) <= INDENT.factLabel - 6);
}

function lineHeight(ctx: PdfContext, line: readonly Row[]): number {
  const width = columnWidth(ctx, line.length);
  return Math.max(...line.map((row) => rowHeight(ctx, row, width))) + SPACE.factRow;
}

/** Height of the facts, including the space after them. */
export function measureFacts(ctx: PdfContext, facts: Facts): number {
  return lines(ctx, facts).reduce((sum, line) => sum + lineHeight(ctx, line), 0) + SPACE.facts;
}

/** Draws the facts at the cursor; `place` moves to a new page when a line does not fit. */
export function drawFacts(ctx: PdfContext, facts: Facts, parent: Parent, place: (height: number) => void): void {
  for (const line of lines(ctx, facts)) {
    const height = lineHeight(ctx, line);
    place(height);
    const y = ctx.doc.y;
    const width = columnWidth(ctx, line.length);
    line.forEach((row, i) => {
      const x = ctx.x + i * (width + COLUMN_GAP);
      parent.add(ctx.doc.struct('P', {}, () => {
        drawText(ctx, withColon(row.label), STYLES.label, x, y, INDENT.factLabel - 6);
        drawSegments(ctx, plainSegments(row.value, STYLES.body), x + INDENT.factLabel, y, width - INDENT.factLabel);
      }));
    });
    ctx.doc.y = y + height;
  }
  ctx.doc.y += SPACE.facts;
}
