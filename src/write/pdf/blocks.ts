/// <reference types="pdfkit" />
// Measuring and drawing the blocks of the document model, tagged: a paragraph is P, a list is L
// with LI / Lbl / LBody, a caution box is P (facts: facts.ts). Boxes and rules are artifacts. A
// text that a caution box quotes ends with a bold “(see Take care)”; the box names and quotes it.
import { type Block, type Caution, type List, type Text } from '../../handout/index.js';
import { drawFacts, measureFacts, withColon } from './facts.js';
import { firstLines, placeUnit } from './paginate.js';
import { CAUTION_BOX, INDENT, KEEP_WITH_HEADING_LINES, SPACE, STYLES } from './theme.js';
import {
  artifact, atPageTop, drawSegments, drawText, plainSegments, measureSegments, measureText, newPage, pageCapacity, spaceLeft, type PdfContext,
} from './typeset.js';

type Parent = PDFKit.PDFStructureElement;

function lineHeight(ctx: PdfContext): number {
  return measureText(ctx, { text: 'X', source: 'handout:measure' }, STYLES.body, ctx.width);
}

function listItemHeight(ctx: PdfContext, item: Text): number {
  return measureSegments(ctx, plainSegments(item, STYLES.body), ctx.width - INDENT.list) + SPACE.listItem;
}

function listTitleHeight(ctx: PdfContext, list: List): number {
  return list.title ? measureText(ctx, list.title, STYLES.label, ctx.width) + SPACE.listTitle : 0;
}

function cautionInner(ctx: PdfContext): number {
  return ctx.width - 2 * SPACE.cautionPadding - CAUTION_BOX.bar;
}

function cautionBoxHeight(ctx: PdfContext, caution: Caution): number {
  const inner = cautionInner(ctx);
  return 2 * SPACE.cautionPadding + 2 + measureText(ctx, withColon(caution.label), STYLES.label, inner) + measureText(ctx, caution.text, STYLES.body, inner);
}

/** Height of a block including the space after it. */
export function measureBlock(ctx: PdfContext, block: Block): number {
  switch (block.kind) {
    case 'paragraph':
      return measureSegments(ctx, plainSegments(block.text, STYLES.body), ctx.width) + SPACE.paragraph;
    case 'facts':
      return measureFacts(ctx, block);
    case 'caution':
      return cautionBoxHeight(ctx, block) + SPACE.caution;
    case 'list':
      return listTitleHeight(ctx, block) + block.items.reduce((sum, item) => sum + listItemHeight(ctx, item), 0) + SPACE.list;
  }
}

/** The blank space a block leaves below itself (not needed when the block ends a page). */
export function spaceAfter(block: Block): number {
  switch (block.kind) {
    case 'paragraph':
      return SPACE.paragraph;
    case 'facts':
      return SPACE.facts;
    case 'caution':
      return SPACE.caution;
    case 'list':
      return SPACE.list + (block.items.length > 0 ? SPACE.listItem : 0);
  }
}

/** The part of a block that must fit below a heading: the whole block, or its first lines. */
export function minimumOfBlock(ctx: PdfContext, block: Block): number {
  if (block.kind === 'list') {
    const first = block.items[0];
    return listTitleHeight(ctx, block) + (first ? firstLines(listItemHeight(ctx, first), lineHeight(ctx), KEEP_WITH_HEADING_LINES) : 0);
  }
  if (block.kind === 'paragraph') return firstLines(measureBlock(ctx, block), lineHeight(ctx), KEEP_WITH_HEADING_LINES);
  return measureBlock(ctx, block);
}

/** Starts a new page first when the unit should not begin on this one. */
export function place(ctx: PdfContext, height: number, minimum: number): void {
  const decision = placeUnit({ space: spaceLeft(ctx), capacity: pageCapacity(ctx), height, minimum, atTop: atPageTop(ctx) });
  if (decision === 'next-page') newPage(ctx);
}

function drawCaution(ctx: PdfContext, caution: Caution, parent: Parent): void {
  const height = cautionBoxHeight(ctx, caution);
  place(ctx, height, height);
  const top = ctx.doc.y;
  const inner = cautionInner(ctx);
  const left = ctx.x + CAUTION_BOX.bar + SPACE.cautionPadding;
  artifact(ctx, 'Layout', () => {
    ctx.doc.rect(ctx.x, top, ctx.width, height).lineWidth(CAUTION_BOX.borderWidth).fillAndStroke(CAUTION_BOX.fill, CAUTION_BOX.border);
    ctx.doc.rect(ctx.x, top, CAUTION_BOX.bar, height).fill(CAUTION_BOX.border);
  });
  parent.add(ctx.doc.struct('P', {}, () => {
    drawText(ctx, withColon(caution.label), STYLES.label, left, top + SPACE.cautionPadding, inner);
    drawText(ctx, caution.text, STYLES.body, left, ctx.doc.y, inner);
  }));
  ctx.doc.y = top + height + SPACE.caution;
}

function drawList(ctx: PdfContext, list: List, parent: Parent): void {
  const first = list.items[0];
  if (list.title && first) {
    const titleHeight = listTitleHeight(ctx, list);
    const firstHeight = listItemHeight(ctx, first);
    place(ctx, titleHeight + firstHeight - SPACE.listItem, titleHeight + firstLines(firstHeight, lineHeight(ctx), KEEP_WITH_HEADING_LINES));
    const title = list.title;
    const y = ctx.doc.y;
    parent.add(ctx.doc.struct('P', {}, () => drawText(ctx, title, STYLES.label, ctx.x, y, ctx.width)));
    ctx.doc.y = y + titleHeight;
  }
  const l = ctx.doc.struct('L');
  parent.add(l);
  list.items.forEach((item, i) => {
    const height = listItemHeight(ctx, item);
    // Placed by its ink: the gap below the last item of a page may fall past the margin.
    place(ctx, height - SPACE.listItem, firstLines(height, lineHeight(ctx), KEEP_WITH_HEADING_LINES));
    const y = ctx.doc.y;
    const label: Text = { text: list.ordered ? `${i + 1}.` : '\u2022', source: 'handout:list-label' };
    const li = ctx.doc.struct('LI');
    l.add(li);
    li.add(ctx.doc.struct('Lbl', {}, () => drawText(ctx, label, list.ordered ? STYLES.label : STYLES.body, ctx.x, y, INDENT.list - 4)));
    // The body is drawn last, so the cursor ends below it (on the next page if it ran over).
    li.add(ctx.doc.struct('LBody', {}, () => drawSegments(ctx, plainSegments(item, STYLES.body), ctx.x + INDENT.list, y, ctx.width - INDENT.list)));
    li.end();
    ctx.doc.y += SPACE.listItem;
  });
  l.end();
  ctx.doc.y += SPACE.list;
}

/** Draws a block at the cursor, moving to a new page first when it should not start on this one. */
export function drawBlock(ctx: PdfContext, block: Block, parent: Parent): void {
  switch (block.kind) {
    case 'paragraph': {
      place(ctx, measureBlock(ctx, block) - SPACE.paragraph, minimumOfBlock(ctx, block));
      const y = ctx.doc.y;
      parent.add(ctx.doc.struct('P', {}, () => drawSegments(ctx, plainSegments(block.text, STYLES.body), ctx.x, y, ctx.width)));
      ctx.doc.y += SPACE.paragraph;
      return;
    }
    case 'facts':
      return drawFacts(ctx, block, parent, (height) => place(ctx, height - SPACE.factRow, height - SPACE.factRow));
    case 'caution':
      return drawCaution(ctx, block, parent);
    case 'list':
      return drawList(ctx, block, parent);
  }
}
