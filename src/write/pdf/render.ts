/// <reference types="pdfkit" />
// One handout to PDF bytes: tagged PDF/UA with the document language, the title shown in the
// viewer, embedded Noto Sans, bookmarks, page footers. Reproducible: the creation date is the
// content's date, so the same handout gives the same bytes (the trailer /ID hashes the info).
import PDFDocument from 'pdfkit';
import type { Handout } from '../../handout/index.js';
import { drawCover, drawDraftBanners, drawFooters } from './cover.js';
import { registerFonts } from './fonts.js';
import { drawSection, type SectionPages } from './flow.js';
import { MARGINS, PAPER_SIZES, type Paper } from './theme.js';
import { newPage, type PdfContext } from './typeset.js';

/**
 * pdfkit writes the title into XMP metadata without escaping it, so `&` and `<` would make the
 * metadata invalid XML: spell them out in the document information only.
 */
export function safeInfoText(text: string): string {
  return text.replace(/&/g, 'and').replace(/[<>]/g, '');
}

function createDocument(handout: Handout, paper: Paper): PDFKit.PDFDocument {
  const date = new Date(`${handout.date}T00:00:00Z`);
  const fixed = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return new PDFDocument({
    size: PAPER_SIZES[paper].name,
    margins: { ...MARGINS },
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/UA' as never,
    tagged: true,
    lang: handout.lang,
    displayTitle: true,
    // No default font: pdfkit's Helvetica is not embedded; registerFonts sets Noto Sans first.
    font: null as never,
    info: {
      Title: safeInfoText(handout.title.text),
      Subject: safeInfoText(handout.subtitle.text),
      Author: 'guidance',
      Creator: 'guidance',
      Keywords: `${handout.id}, back pain, exercise, ${handout.edition.text}`,
      CreationDate: fixed,
      ModDate: fixed,
    },
  });
}

/** Collects the document's bytes; resolves when pdfkit has written the last one. */
function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

export async function renderHandoutPdf(handout: Handout, paper: Paper): Promise<Uint8Array> {
  const doc = createDocument(handout, paper);
  const bytes = collect(doc);
  try {
    const covers = registerFonts(doc);
    const ctx: PdfContext = { doc, covers, x: MARGINS.left, width: PAPER_SIZES[paper].width - MARGINS.left - MARGINS.right, measured: new Map() };
    const root = doc.struct('Document');
    doc.addStructure(root);
    const fillContents = drawCover(ctx, handout, root);
    doc.outline.addItem(handout.title.text);
    const pages: SectionPages = new Map();
    newPage(ctx);
    for (const section of handout.sections) drawSection(ctx, section, root, doc.outline, pages);
    fillContents(pages);
    drawFooters(ctx, handout);
    drawDraftBanners(ctx, handout);
    root.end();
  } catch (error) {
    // Report the real error at once. A half-drawn document may never finish its stream (an
    // open structure element keeps pdfkit waiting), so its bytes are not awaited: that wait hung
    // the build forever.
    bytes.catch(() => undefined);
    try {
      doc.end();
    } catch {
      // The document was left half-drawn; its bytes are not wanted.
    }
    throw error;
  }
  doc.end();
  return bytes;
}

/**
 * Parses the fonts and lays out a line in each style, so the first handout starts warm (the
 * parsed fonts and laid-out words are shared by every document; see fonts.ts). Changes no output.
 */
export function warmUp(): void {
  const doc = new PDFDocument({ font: null as never, autoFirstPage: false });
  registerFonts(doc);
  for (const style of ['regular', 'bold', 'italic']) doc.font(style).fontSize(10).heightOfString('Lie on your back with your knees bent and feet flat on the floor.', { width: 400 });
}
