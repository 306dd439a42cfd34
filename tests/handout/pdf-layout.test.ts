// Page layout of the printed handouts, read back with pdfjs-dist: no heading is the last thing
// on a page, and no exercise that fits on one page is split across two.
import { beforeAll, describe, expect, it } from 'vitest';
import { allSections, blockTexts, buildHandouts, type Handout, type Section } from '../../src/handout/index.js';
import { renderHandoutPdf } from '../../src/write/pdf/render.js';
import type { Paper } from '../../src/write/pdf/theme.js';
import { pageTexts, readPdf, realContent, squash, type PdfRead } from './helpers.js';

let handouts: Handout[];
const read = new Map<string, PdfRead>();
const PAPERS: readonly Paper[] = ['a4', 'letter'];

beforeAll(async () => {
  const real = await realContent();
  handouts = buildHandouts(real.dataset, real.config);
  for (const handout of handouts) {
    for (const paper of PAPERS) read.set(`${handout.id}/${paper}`, await readPdf(await renderHandoutPdf(handout, paper)));
  }
});

/** Body text is 11 pt; anything larger is a heading (or the title page's title and subtitle). */
const HEADING_SIZE = 12.5;

function lastText(section: Section): string {
  const last = section.blocks.at(-1);
  return last ? blockTexts(last).at(-1)!.text : section.title.text;
}

describe.each(PAPERS)('PDF layout on %s', (paper) => {
  it('never ends a page with a heading', () => {
    for (const handout of handouts) {
      read.get(`${handout.id}/${paper}`)!.pages.forEach((items, page) => {
        const content = items.filter((i) => !i.artifact);
        const lastBody = Math.min(...content.filter((i) => i.size < HEADING_SIZE).map((i) => i.y));
        for (const heading of content.filter((i) => i.size >= HEADING_SIZE)) {
          expect(heading.y, `${handout.id} page ${page + 1}: “${heading.text}” has no text below it`).toBeGreaterThan(lastBody);
        }
      });
    }
  });

  it('keeps each exercise on one page', () => {
    for (const handout of handouts) {
      const texts = pageTexts(read.get(`${handout.id}/${paper}`)!);
      for (const section of allSections(handout).filter((s) => s.kind === 'exercise')) {
        // The heading followed by the first fact's label (the name alone may be another one's alias).
        const head = squash(`${section.title.text}${blockTexts(section.blocks[0]!)[0]!.text}:`);
        const start = texts.findIndex((t) => t.includes(head));
        const end = texts.findIndex((t, i) => i >= start && t.includes(squash(lastText(section))));
        expect(start, section.id).toBeGreaterThan(0);
        expect(end, `${section.id} ends on the page it starts`).toBe(start);
      }
    }
  });

  it('keeps the safety advice of each section on one page', () => {
    for (const handout of handouts) {
      const texts = pageTexts(read.get(`${handout.id}/${paper}`)!);
      for (const section of handout.sections.filter((s) => s.kind === 'when-to-stop' || s.kind === 'who-should-not')) {
        const start = texts.findIndex((t) => t.includes(squash(section.title.text)) && t.includes(squash(blockTexts(section.blocks[0]!)[0]!.text)));
        expect(start, section.id).toBeGreaterThan(0);
        expect(texts[start], `${section.id} ends on the page it starts`).toContain(squash(lastText(section)));
      }
    }
  });

  it('fills the pages: no page but the title page, the last, and one before a safety section is more than half empty', () => {
    for (const handout of handouts) {
      const pages = read.get(`${handout.id}/${paper}`)!.pages;
      const texts = pageTexts(read.get(`${handout.id}/${paper}`)!);
      // A safety section is kept whole on one page, so a reader sees every sign together: the
      // page before it may be short.
      const safetyStarts = handout.sections.filter((s) => s.kind === 'when-to-stop' || s.kind === 'who-should-not')
        .map((s) => texts.findIndex((t) => t.startsWith(squash(s.title.text)) || t.includes(squash(`${s.title.text}${blockTexts(s.blocks[0]!)[0]!.text}`))));
      // Only the last page may be short; the title page is short by design.
      pages.slice(1, -1).forEach((items, i) => {
        if (safetyStarts.includes(i + 2)) return;
        const lowest = Math.min(...items.filter((it) => !it.artifact).map((it) => it.y));
        expect(lowest, `${handout.id} page ${i + 2}`).toBeLessThan(paper === 'a4' ? 842 / 2 : 792 / 2);
      });
    }
  });
});
