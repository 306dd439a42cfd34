/// <reference types="pdfkit" />
// The title page (title H1, audience, the content's version and date, a list of contents with page
// numbers) and the page footers ("Page 3 of 8", marked as pagination artifacts). The contents'
// page numbers are known only at the end, so `drawCover` returns a function that fills them in.
import type { Handout, Text } from '../../handout/index.js';
import { pageLabel } from './paginate.js';
import { MARGINS, RULE, STYLES, type TextStyle } from './theme.js';
import { artifact, drawText, measureText, widthOf, type PdfContext } from './typeset.js';
import type { SectionPages } from './flow.js';

type Parent = PDFKit.PDFStructureElement;

const CONTENTS: Text = { text: 'In this handout', source: 'handout:contents' };
const CONTENTS_STYLE = { ...STYLES.label, size: 14 };
const TOC_ROW = 6;

/** Draws the title page; returns the function that writes the contents once page numbers are known. */
export function drawCover(ctx: PdfContext, handout: Handout, parent: Parent): (pages: SectionPages) => void {
  const { doc } = ctx;
  let y = doc.page.margins.top;
  artifact(ctx, 'Layout', () => doc.rect(ctx.x, y, ctx.width, 8).fill('#000000'));
  y += 44;
  const para = (tag: string, text: Text, style: TextStyle, gap: number): void => {
    const top = y;
    parent.add(doc.struct(tag, {}, () => drawText(ctx, text, style, ctx.x, top, ctx.width)));
    y = top + measureText(ctx, text, style, ctx.width) + gap;
  };
  para('H1', handout.title, STYLES.title, 14);
  para('P', handout.subtitle, STYLES.subtitle, 10);
  para('P', handout.edition, STYLES.edition, 6);
  for (const block of handout.cover) if (block.kind === 'paragraph') para('P', block.text, STYLES.body, 6);
  y += 40;
  artifact(ctx, 'Layout', () => doc.moveTo(ctx.x, y - 14).lineTo(ctx.x + ctx.width, y - 14).lineWidth(RULE.width).stroke(RULE.color));
  para('P', CONTENTS, CONTENTS_STYLE, 8);
  const toc = doc.struct('TOC');
  parent.add(toc);
  const rows = handout.sections.map((section) => {
    const top = y;
    y += measureText(ctx, section.title, STYLES.body, ctx.width - 60) + TOC_ROW;
    return { section, top };
  });
  return (pages) => {
    doc.switchToPage(0);
    for (const { section, top } of rows) {
      const page: Text = { text: String((pages.get(section.id) ?? 0) + 1), source: 'handout:contents' };
      toc.add(doc.struct('TOCI', {}, () => {
        drawText(ctx, section.title, STYLES.body, ctx.x, top, ctx.width - 60);
        drawText(ctx, page, STYLES.label, ctx.x + ctx.width - 40, top, 40, { align: 'right' });
      }));
    }
    toc.end();
  };
}

/**
 * Writes the draft notice at the head of every page (an artifact: the title page says it in the
 * tagged text too), in bold, with a rule under it, so no printed page can pass for reviewed.
 */
export function drawDraftBanners(ctx: PdfContext, handout: Handout): void {
  if (!handout.draft) return;
  const { doc } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const y = MARGINS.top - 34;
    artifact(ctx, 'Pagination', () => {
      doc.rect(ctx.x, y - 4, ctx.width, 22).fill(DRAFT_FILL);
      drawText(ctx, handout.draft!, STYLES.label, ctx.x + 8, y, ctx.width - 16);
    });
  }
}

const DRAFT_FILL = '#f2d7d5';

/** Writes "Page n of N" and the handout's title at the foot of every page, as artifacts. */
export function drawFooters(ctx: PdfContext, handout: Handout): void {
  const { doc } = ctx;
  const range = doc.bufferedPageRange();
  const short: Text = { text: `${handout.title.text} · ${handout.edition.text}`, source: 'handout:footer' };
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    // With no bottom margin, pdfkit does not add a page for text below the old margin.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGINS.bottom + 20;
    const label: Text = { text: pageLabel(i + 1, range.count), source: 'handout:footer' };
    const labelWidth = widthOf(ctx, label, STYLES.footer) + 2;
    artifact(ctx, 'Pagination', () => {
      doc.moveTo(ctx.x, y - 8).lineTo(ctx.x + ctx.width, y - 8).lineWidth(RULE.width).stroke(RULE.color);
      drawText(ctx, short, STYLES.footer, ctx.x, y, ctx.width - labelWidth - 12);
      drawText(ctx, label, STYLES.footer, ctx.x + ctx.width - labelWidth, y, labelWidth, { align: 'right' });
    });
    doc.page.margins.bottom = bottom;
  }
}
