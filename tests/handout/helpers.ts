// Shared by the handout tests: the real content compiled once, its writer context, and PDF text
// read back with pdfjs-dist (per page: text items with their font size and height on the page).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'yaml';
import type { Report } from '../../src/checks/report-data.js';
import type { Dataset, DatasetConfig } from '../../src/model/types.js';
import type { WriterContext } from '../../src/write/writer.js';
import { compileRealContent, ROOT } from '../helpers/real-content.js';

export interface RealContent {
  dataset: Dataset;
  config: DatasetConfig;
  report: Report;
  context: WriterContext;
}

export async function realContent(): Promise<RealContent> {
  const result = await compileRealContent();
  if (!result.ok || !result.dataset || !result.report) throw new Error('the real content did not compile');
  const config = parse(readFileSync(join(ROOT, 'content', 'dataset.yaml'), 'utf8')) as DatasetConfig;
  const context: WriterContext = { config, schemas: new Map(), report: result.report, options: {}, written: [] };
  return { dataset: result.dataset, config, report: result.report, context };
}

/** A deep copy, for tests that change records. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

export interface PdfItem {
  text: string;
  size: number;
  /** Baseline height from the bottom of the page, in points. */
  y: number;
  /** Inside an Artifact marked-content sequence (footers, decorations). */
  artifact: boolean;
}

export interface PdfRead {
  pages: PdfItem[][];
  title: unknown;
  language: unknown;
  markInfo: unknown;
  outline: Array<{ title: string; items: Array<{ title: string }> }>;
  hasStructTree: boolean;
}

export async function readPdf(data: Uint8Array): Promise<PdfRead> {
  const pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PdfItem[][] = [];
  let hasStructTree = true;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const items: PdfItem[] = [];
    const open: string[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push((item as { tag?: string }).tag ?? '');
        else if (item.type === 'endMarkedContent') open.pop();
        continue;
      }
      if (item.str.trim() === '') continue;
      items.push({ text: item.str, size: Math.abs(item.transform[0] as number), y: item.transform[5] as number, artifact: open.includes('Artifact') });
    }
    pages.push(items);
    if (!(await page.getStructTree())) hasStructTree = false;
  }
  const meta = await pdf.getMetadata();
  const info = meta.info as Record<string, unknown>;
  const outline = ((await pdf.getOutline()) ?? []) as PdfRead['outline'];
  const markInfo = await pdf.getMarkInfo();
  await pdf.destroy();
  return { pages, title: info.Title, language: info.Language, markInfo, outline, hasStructTree };
}

/** Text with all whitespace removed: line breaks fall anywhere, so compare without them. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** The text of each page (content only, no footers), squashed. */
export function pageTexts(read: PdfRead): string[] {
  return read.pages.map((items) => squash(items.filter((i) => !i.artifact).map((i) => i.text).join('')));
}
