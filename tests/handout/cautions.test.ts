// "Take care" boxes that say which step they mean: a step holding a warning-flagged sentence is
// marked "(see Take care)", and the box after the steps names the step and quotes the sentence
// (model, PDF read back with pdfjs-dist, markdown). And "Also called" without section headings.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Blockquote, List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allSections, buildHandout, buildHandouts, cautionHeading, handoutTexts, isHeadingLikeAlias, READER_CAUTIONS,
  type Caution, type Handout, type Section,
} from '../../src/handout/index.js';
import type { Dataset, Exercise, Flag } from '../../src/model/types.js';
import { handoutMarkdown } from '../../src/write/markdown/markdown-writer.js';
import { registerFonts } from '../../src/write/pdf/fonts.js';
import { renderHandoutPdf } from '../../src/write/pdf/render.js';
import { MARGINS, STYLES } from '../../src/write/pdf/theme.js';
import { drawSegments, markedSegments, measureSegments, type PdfContext } from '../../src/write/pdf/typeset.js';
import { clone, pageTexts, readPdf, realContent, squash, type PdfRead, type RealContent } from './helpers.js';

const STRETCH = 'strengthen-back-late-pregnancy--stretch-your-muscles';
const WARM_UP = 'strengthen-back-late-pregnancy--warm-up';
const MOUNTAIN = 'strengthen-back-late-pregnancy--mountain';
const MARK = '(see Take care)';

let real: RealContent;
let pregnancy: Handout;
let pdf: PdfRead;
let markdown: string;

beforeAll(async () => {
  real = await realContent();
  pregnancy = buildHandouts(real.dataset, real.config)[0]!;
  pdf = await readPdf(await renderHandoutPdf(pregnancy, 'a4'));
  markdown = handoutMarkdown(pregnancy);
});

const sectionOf = (handout: Handout, id: string): Section => allSections(handout).find((s) => s.title.source === id)!;
const cautionsOf = (section: Section): Caution[] => section.blocks.filter((b): b is Caution => b.kind === 'caution');
const exerciseIn = (dataset: Dataset, id: string): Exercise => dataset.exercises.find((e) => e.id === id)!;

function warning(exercise: Exercise, rule: string, field: string, evidence: string): Flag {
  return { rule, severity: 'warning', message: 'test', evidence, field, document: exercise.source.document, line: 1, column: 1 };
}

describe('caution boxes in the handout model', () => {
  it('marks the flagged step and puts the box right after the steps, naming and quoting it', () => {
    const section = sectionOf(pregnancy, STRETCH);
    expect(section.blocks.map((b) => b.kind)).toEqual(['facts', 'list', 'caution']);
    const steps = section.blocks[1]!;
    if (steps.kind !== 'list') throw new Error('no steps');
    expect(steps.items.map((i) => i.cautions)).toEqual([undefined, ['breath-hold'], undefined]);
    const [box] = cautionsOf(section);
    expect(box).toMatchObject({
      rule: 'breath-hold',
      text: { text: READER_CAUTIONS['breath-hold'] },
      places: [{ field: 'steps/1', place: { text: 'step 2' }, quote: { text: 'Hold your breath for a few seconds', source: STRETCH } }],
    });
    expect(cautionHeading(box!).text).toBe('Take care \u2014 step 2, \u201CHold your breath for a few seconds\u201D');
  });

  it('gives every warning-flagged step of the real content a marker and a box that quotes it', () => {
    const flagged = real.dataset.exercises.filter((e) => e.status === 'published')
      .flatMap((e) => e.flags.filter((f) => f.severity === 'warning' && !f.resolution && (f.field?.startsWith('steps/') || f.field === 'startingPosition')).map((f) => ({ e, f })));
    expect(flagged.length).toBeGreaterThanOrEqual(5);
    for (const { e, f } of flagged) {
      if (f.field === 'startingPosition') continue;
      const section = allSections(pregnancy).find((s) => s.title.source === e.id);
      if (!section) continue;
      const box = cautionsOf(section).find((c) => c.rule === f.rule)!;
      expect(box.places.map((p) => p.field), e.id).toContain(f.field);
      const steps = section.blocks.find((b) => b.kind === 'list' && b.ordered)!;
      // The box comes right after the list holding the flagged step (after the other boxes of
      // that list when a step has more than one rule, e.g. overstretch and abdominal-pressure).
      const after = section.blocks.slice(section.blocks.indexOf(steps) + 1);
      const boxes = after.slice(0, after.findIndex((b) => b.kind !== 'caution') === -1 ? after.length : after.findIndex((b) => b.kind !== 'caution'));
      expect(boxes, e.id).toContain(box);
    }
  });

  it('lists several flagged places of one rule in one box, in reading order', () => {
    const dataset = clone(real.dataset);
    const exercise = exerciseIn(dataset, WARM_UP);
    // Flagged after the existing flag on step 3, but it is in step 2 and the start.
    exercise.flags.push(warning(exercise, 'overstretch', 'steps/1', 'Upward, stretch whole spinal column.'));
    exercise.startingPosition = 'Stand tall and reach up as far as you can.';
    exercise.flags.push(warning(exercise, 'overstretch', 'startingPosition', 'Stand tall and reach up as far as you can.'));
    const section = sectionOf(buildHandout(dataset, real.config, 'pregnancy'), WARM_UP);
    const boxes = cautionsOf(section);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.places.map((p) => [p.place?.text, p.quote.text])).toEqual([
      ['starting position', 'Stand tall and reach up as far as you can'],
      ['step 2', 'Upward, stretch whole spinal column'],
      ['step 3', 'Try to bend forward as much as possible, continue hand downwards'],
    ]);
    expect(cautionHeading(boxes[0]!).text).toBe('Take care \u2014 starting position, \u201CStand tall and reach up as far as you can\u201D; '
      + 'step 2, \u201CUpward, stretch whole spinal column\u201D; step 3, \u201CTry to bend forward as much as possible, continue hand downwards\u201D');
    const facts = section.blocks[0]!;
    if (facts.kind !== 'facts') throw new Error('no facts');
    expect(facts.rows.find((r) => r.key === 'start')!.value.cautions).toEqual(['overstretch']);
    // The last place is a step, so the box follows the steps.
    expect(section.blocks.map((b) => b.kind)).toEqual(['facts', 'list', 'caution']);
  });

  it('puts a box about the starting position only right after the facts', () => {
    const dataset = clone(real.dataset);
    const exercise = exerciseIn(dataset, STRETCH);
    exercise.flags = [warning(exercise, 'supine', 'startingPosition', exercise.startingPosition!)];
    const section = sectionOf(buildHandout(dataset, real.config, 'pregnancy'), STRETCH);
    expect(section.blocks.map((b) => b.kind)).toEqual(['facts', 'caution', 'list']);
    expect(cautionHeading(cautionsOf(section)[0]!).text).toBe(
      'Take care \u2014 starting position, \u201CSit on the floor, lean back against the wall, fold legs and open thighs\u201D');
  });

  it('keeps an error-flagged sentence out and quotes it nowhere, even when a warning flags it too', () => {
    const dataset = clone(real.dataset);
    const exercise = exerciseIn(dataset, STRETCH);
    exercise.flags.push({ ...exercise.flags.find((f) => f.rule === 'breath-hold')!, rule: 'test-error', severity: 'error' });
    const handout = buildHandout(dataset, real.config, 'pregnancy');
    const section = sectionOf(handout, STRETCH);
    expect(squash(handoutTexts(handout).map((t) => t.text).join(' '))).not.toContain(squash('Hold your breath for a few seconds'));
    const steps = section.blocks.find((b) => b.kind === 'list')!;
    if (steps.kind !== 'list') throw new Error('no steps');
    expect(steps.items.every((i) => i.cautions === undefined)).toBe(true);
    // The reader sentence stays, as a general box after the facts.
    expect(cautionsOf(section)).toEqual([expect.objectContaining({ rule: 'breath-hold', places: [] })]);
    expect(section.blocks.map((b) => b.kind)).toEqual(['facts', 'caution', 'list']);
  });
});

describe('"Also called"', () => {
  it('leaves out aliases that read like a purpose heading', () => {
    expect(isHeadingLikeAlias('Exercise to relieve backache for pregnant women')).toBe(true);
    expect(isHeadingLikeAlias('Exercises for the lower back')).toBe(true);
    expect(isHeadingLikeAlias('Workout for mums')).toBe(true);
    expect(isHeadingLikeAlias('Gentle rocking on all fours while breathing')).toBe(true);
    expect(isHeadingLikeAlias('Standing Pelvic Tilts with Support')).toBe(false);
    expect(isHeadingLikeAlias('Good cat / bad cat')).toBe(false);
    expect(isHeadingLikeAlias('Exercise ball squat')).toBe(false);
  });

  it('prints no "Also called" for Mountain, keeps the alias in the dataset, and keeps real aliases', () => {
    expect(exerciseIn(real.dataset, MOUNTAIN).aliases).toContain('Exercise to relieve backache for pregnant women');
    const facts = sectionOf(pregnancy, MOUNTAIN).blocks[0]!;
    if (facts.kind !== 'facts') throw new Error('no facts');
    expect(facts.rows.map((r) => r.key)).not.toContain('also-called');
    const cat = sectionOf(pregnancy, 'strengthen-back-late-pregnancy--good-cat-bad-cat').blocks[0]!;
    if (cat.kind !== 'facts') throw new Error('no facts');
    expect(cat.rows.find((r) => r.key === 'also-called')?.value.text).toBe('Marjariasana, Cat-Cow on all fours');
    expect(squash(pageTexts(pdf).join(''))).not.toContain(squash('Exercise to relieve backache'));
    expect(markdown).not.toContain('Exercise to relieve backache');
  });
});

describe('caution boxes in the PDF', () => {
  it('prints the marker after the flagged step and the box after the steps, on the same page', () => {
    const texts = pageTexts(pdf);
    const page = texts.findIndex((t) => t.includes(squash('Stretch your muscles')) && t.includes(squash('Hold your breath')));
    expect(page).toBeGreaterThan(0);
    const text = texts[page]!;
    const marked = text.indexOf(squash(`Hold your breath for a few seconds. ${MARK}`));
    const step3 = text.indexOf(squash('Breathe out, relax all the muscles'));
    const box = text.indexOf(squash(`Take care \u2014 step 2, \u201CHold your breath for a few seconds\u201D: ${READER_CAUTIONS['breath-hold']}`));
    expect(marked).toBeGreaterThan(0);
    expect(step3).toBeGreaterThan(marked);
    expect(box).toBeGreaterThan(step3);
  });

  it('marks every quoted step, and nothing else, in bold 11 pt', () => {
    const boxes = allSections(pregnancy).flatMap(cautionsOf);
    const places = boxes.flatMap((b) => b.places);
    // Five before issue 18; "Lean your thighs on abdomen" now also has an abdominal-pressure box.
    expect(places.length).toBe(6);
    const marks = pdf.pages.flat().filter((i) => !i.artifact && i.text.replace(/\s/g, ' ').includes(MARK));
    // One per quoted step (a step quoted by two boxes is marked once), plus the sentence in
    // "How to use" that explains the marker.
    const steps = new Set(places.map((p) => `${p.place?.text} ${p.quote.text}`));
    expect(marks.length).toBe(steps.size + 1);
    for (const mark of marks) expect(mark.size).toBe(11);
    for (const place of places) expect(squash(pageTexts(pdf).join(''))).toContain(squash(`${place.place!.text}, \u201C${place.quote.text}\u201D`));
  });

  it('measures a marked text as tall as it is drawn', () => {
    const doc = new PDFDocument({ size: 'A4', margins: { ...MARGINS }, font: null as never });
    const ctx: PdfContext = { doc, covers: registerFonts(doc), x: MARGINS.left, width: 475, measured: new Map() };
    const step = sectionOf(pregnancy, STRETCH).blocks[1]!;
    if (step.kind !== 'list') throw new Error('no steps');
    const base = step.items[1]!;
    // Dense enough to hit lines where the bold mark wraps though the same words in regular would not.
    for (let cut = 20; cut <= base.text.length; cut += 3) {
      for (let width = 150; width <= 460; width += 10) {
        const text = { ...base, text: base.text.slice(0, cut).trim() };
        const segments = markedSegments(text, STYLES.body);
        expect(segments).toHaveLength(2);
        const height = measureSegments(ctx, segments, width);
        doc.y = 100;
        drawSegments(ctx, segments, ctx.x, 100, width);
        expect(doc.y - 100, `${width}: ${text.text}`).toBeCloseTo(height, 3);
      }
    }
    doc.end();
  });
});

describe('caution boxes in markdown', () => {
  it('marks the step in bold and quotes it in a block quote right after the steps', () => {
    expect(markdown).toContain(`2. Close your eyes when performing is the best, relax the entire facial muscles, neck and shoulders. Breathe in, look upwards, stretch spinal column and slightly bend at waist. Hold your breath for a few seconds. **${MARK}**`);
    expect(markdown).toContain(`> **Take care** \u2014 step 2, \u201CHold your breath for a few seconds\u201D: ${READER_CAUTIONS['breath-hold']}`);
    const root: Root = unified().use(remarkParse).parse(markdown);
    const at = root.children.findIndex((n) => n.type === 'heading' && toString(n) === 'Stretch your muscles');
    const rest = root.children.slice(at + 1);
    const steps = rest.findIndex((n) => n.type === 'list' && (n as List).ordered);
    const quote = rest[steps + 1] as Blockquote;
    expect(quote.type).toBe('blockquote');
    expect(toString(quote)).toContain('Take care \u2014 step 2');
    expect(toString((rest[steps] as List).children[1]!)).toMatch(/seconds\. \(see Take care\)$/);
  });

  it('has one box per rule and exercise, each naming its step', () => {
    const quotes = markdown.split('\n').filter((line) => line.startsWith('> **Take care**'));
    expect(quotes).toHaveLength(allSections(pregnancy).flatMap(cautionsOf).length);
    for (const quote of quotes) expect(quote).toMatch(/^> \*\*Take care\*\* \u2014 (?:step \d|starting position), \u201C[^\u201D]+\u201D: /u);
  });
});
