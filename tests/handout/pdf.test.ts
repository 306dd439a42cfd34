// The PDF handouts read back with pdfjs-dist: every published exercise and its steps, no withheld
// or error-flagged text, language, title, tags and bookmarks, footers as artifacts, reproducible
// bytes and the paper option.
import { beforeAll, describe, expect, it } from 'vitest';
import { allSections, buildHandouts, type Handout } from '../../src/handout/index.js';
import { createPdfWriter, pdfPaths } from '../../src/write/pdf/pdf-writer.js';
import { renderHandoutPdf } from '../../src/write/pdf/render.js';
import { piecesOf, type OutputFile } from '../../src/write/writer.js';
import { pageTexts, readPdf, realContent, squash, type PdfRead, type RealContent } from './helpers.js';

let real: RealContent;
let files: OutputFile[];
let handouts: Handout[];
const read = new Map<string, PdfRead>();

const bytes = (file: OutputFile): Uint8Array => Buffer.concat([...piecesOf(file.data)]);

beforeAll(async () => {
  real = await realContent();
  handouts = buildHandouts(real.dataset, real.config);
  files = await createPdfWriter().write(real.dataset, real.context);
  for (const file of files) read.set(file.path, await readPdf(bytes(file)));
});

const pdfOf = (handout: Handout): PdfRead => read.get(`pdf/${handout.id}.pdf`)!;
const allText = (handout: Handout): string => pageTexts(pdfOf(handout)).join('');

describe('PDF handouts', () => {
  it('writes pdf/pregnancy.pdf and pdf/after-birth.pdf by default', () => {
    expect(files.map((f) => f.path)).toEqual(['pdf/pregnancy.pdf', 'pdf/after-birth.pdf']);
  });

  it('prints every published exercise name and its steps', () => {
    for (const handout of handouts) {
      const text = allText(handout);
      const stages = handout.audience === 'pregnancy' ? ['trimester-1', 'trimester-2', 'trimester-3'] : ['postpartum'];
      const exercises = real.dataset.exercises.filter((e) => e.status === 'published' && e.stages.some((s) => stages.includes(s)));
      expect(exercises.length).toBeGreaterThan(5);
      for (const exercise of exercises) {
        expect(text, exercise.id).toContain(squash(exercise.name));
        for (const step of exercise.steps) expect(text, `${exercise.id}: ${step}`).toContain(squash(step).slice(1));
      }
    }
  });

  it('prints no evidence of an error flag and no text in another script', () => {
    const evidence = real.report.flags.filter((f) => f.severity === 'error' && !f.resolution).map((f) => squash(f.evidence));
    expect(evidence.length).toBeGreaterThan(10);
    for (const handout of handouts) {
      const text = allText(handout);
      for (const e of evidence) expect(text).not.toContain(e);
      expect(text).not.toMatch(/[\p{Script=Han}\p{Script=Cyrillic}]/u);
    }
  });

  it('declares the language, shows the title, and is tagged', () => {
    for (const handout of handouts) {
      const pdf = pdfOf(handout);
      expect(pdf.language).toBe('en');
      expect(pdf.title).toBe(handout.title.text);
      expect(pdf.markInfo).toMatchObject({ Marked: true });
      expect(pdf.hasStructTree).toBe(true);
    }
    const raw = Buffer.from(bytes(files[0]!)).toString('latin1');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/pdfuaid:part>1</);
  });

  it('has a bookmark for every section and every exercise', () => {
    for (const handout of handouts) {
      const outline = pdfOf(handout).outline;
      expect(outline.map((o) => o.title)).toEqual([handout.title.text, ...handout.sections.map((s) => s.title.text)]);
      for (const section of handout.sections) {
        const entry = outline.find((o) => o.title === section.title.text)!;
        expect(entry.items.map((i) => i.title)).toEqual(section.sections.map((s) => s.title.text));
      }
    }
  });

  it('numbers the pages "Page n of N" in footers marked as artifacts', () => {
    for (const handout of handouts) {
      const pages = pdfOf(handout).pages;
      pages.forEach((items, i) => {
        const label = items.find((item) => item.text === `Page ${i + 1} of ${pages.length}`);
        expect(label, `page ${i + 1}`).toBeDefined();
        expect(label!.artifact).toBe(true);
      });
    }
  });

  it('sets all content text at 11 pt or larger', () => {
    for (const handout of handouts) {
      const sizes = pdfOf(handout).pages.flat().filter((i) => !i.artifact).map((i) => i.size);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    }
  });

  it('lists the sections with their page numbers on the title page', () => {
    const handout = handouts[0]!;
    const pdf = pdfOf(handout);
    const cover = pageTexts(pdf)[0]!;
    for (const section of handout.sections) {
      const page = pageTexts(pdf).findIndex((text) => text.includes(squash(section.title.text)) && text !== cover);
      expect(cover).toContain(`${squash(section.title.text)}${page + 1}`);
    }
  });

  it('is reproducible: the same handout renders to the same bytes', async () => {
    const handout = handouts[1]!;
    const first = await renderHandoutPdf(handout, 'a4');
    const second = await renderHandoutPdf(buildHandouts(real.dataset, real.config)[1]!, 'a4');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(bytes(files[1]!)))).toBe(true);
  });

  it('prints on US Letter, or on both sizes with the size in the names', async () => {
    expect(pdfPaths('pregnancy', 'letter')).toEqual([{ path: 'pdf/pregnancy.pdf', paper: 'letter' }]);
    const both = await createPdfWriter({ paper: 'both' }).write(real.dataset, real.context);
    expect(both.map((f) => f.path)).toEqual(['pdf/pregnancy-a4.pdf', 'pdf/pregnancy-letter.pdf', 'pdf/after-birth-a4.pdf', 'pdf/after-birth-letter.pdf']);
    const letter = Buffer.from(bytes(both[1]!)).toString('latin1');
    expect(letter).toContain('/MediaBox [0 0 612 792]');
    expect(Buffer.from(bytes(both[0]!)).equals(Buffer.from(bytes(files[0]!)))).toBe(true);
    expect(() => createPdfWriter({ paper: 'a5' as never })).toThrow(/unknown paper a5/);
  });

  it('has no exercise or advice the model does not have', () => {
    for (const handout of handouts) {
      // The bookmarks under the stage and advice topic headings: exercises and advice subsections.
      const names = allSections(handout).filter((s) => s.level === 3).map((s) => s.title.text);
      expect(names.length).toBeGreaterThan(allSections(handout).filter((s) => s.kind === 'exercise').length);
      const outlined = pdfOf(handout).outline.flatMap((o) => o.items.map((i) => i.title));
      expect(outlined).toEqual(names);
    }
  });
});
