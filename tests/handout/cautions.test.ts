// A reader never sees a flagged sentence: an exercise with a warning in its instructions is held
// back whole (kept in the dataset as withheld, with the reason); a warning-flagged sentence
// elsewhere is left out, and a "Take care" box holds only our own safe sentence. Checked on the
// model, the PDF read back with pdfjs-dist, and the markdown. And "Also called" without section headings.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allSections, buildHandout, buildHandouts, handoutTexts, isHeadingLikeAlias, READER_CAUTIONS,
  type Caution, type Handout, type Section,
} from '../../src/handout/index.js';
import type { Dataset, Exercise, Flag } from '../../src/model/types.js';
import { handoutMarkdown } from '../../src/write/markdown/markdown-writer.js';
import { renderHandoutPdf } from '../../src/write/pdf/render.js';
import { compileDocuments } from '../helpers/compile-text.js';
import { gentleMoves, SEATED_SIDE_BEND, wallSlide } from '../helpers/gentle-moves.js';
import { clone, pageTexts, readPdf, realContent, squash, type PdfRead, type RealContent } from './helpers.js';

const MOUNTAIN = 'strengthen-back-late-pregnancy--mountain';

let real: RealContent;
let handouts: Handout[];
let pdfs: PdfRead[];
let markdowns: string[];

beforeAll(async () => {
  real = await realContent();
  handouts = buildHandouts(real.dataset, real.config);
  pdfs = await Promise.all(handouts.map(async (h) => readPdf(await renderHandoutPdf(h, 'a4'))));
  markdowns = handouts.map(handoutMarkdown);
});

const sectionOf = (handout: Handout, id: string): Section | undefined => allSections(handout).find((s) => s.title.source === id);
const cautionsOf = (section: Section): Caution[] => section.blocks.filter((b): b is Caution => b.kind === 'caution');
const exerciseIn = (dataset: Dataset, id: string): Exercise => dataset.exercises.find((e) => e.id === id)!;

function warning(exercise: Exercise, rule: string, field: string, evidence: string): Flag {
  return { rule, severity: 'warning', message: 'test', evidence, field, document: exercise.source.document, line: 1, column: 1 };
}

const DOC = gentleMoves(SEATED_SIDE_BEND, wallSlide('Slide down a little, then come back up.'));

describe('a reader never sees a flagged sentence', () => {
  it('holds back an exercise whose step is warning-flagged, keeping it in the dataset with the reason', async () => {
    const result = await compileDocuments({ 'moves.md': DOC }, { rulesDir: 'content/rules' });
    expect(result.ok).toBe(true);
    const bend = result.dataset!.exercises.find((e) => e.name === 'Seated side bend')!;
    expect(bend.status).toBe('withheld');
    expect(bend.withheldReasons).toEqual([expect.stringMatching(/^Held back from readers: step 1 has an unresolved breath-hold warning/)]);
    const slide = result.dataset!.exercises.find((e) => e.name === 'Wall slide')!;
    expect(slide.status).toBe('published');
    const md = String(result.outputs.find((o) => o.path === 'md/pregnancy.md')?.data);
    expect(md).toContain('Wall slide');
    expect(md).not.toContain('Seated side bend');
    expect(md).not.toMatch(/hold your breath/i);
    const sms = String(result.outputs.find((o) => o.path === 'sms/tips.txt')?.data);
    expect(sms).not.toMatch(/side bend|hold your breath/i);
    const report = JSON.parse(String(result.outputs.find((o) => o.path === 'report.json')?.data)) as { withheld: Array<{ record: string; reasons: string[] }> };
    expect(report.withheld.find((w) => w.record === bend.id)?.reasons[0]).toMatch(/step 1/);
  });

  it('prints no sentence of the real content that an unresolved warning or error flags, in any handout, PDF or markdown', () => {
    const flagged = [...real.dataset.exercises, ...real.dataset.advice]
      .flatMap((r) => r.flags.filter((f) => !f.resolution && f.severity !== 'info').map((f) => squash(f.evidence)))
      .filter((e) => e.length > 12);
    expect(flagged.length).toBeGreaterThan(5);
    handouts.forEach((handout, i) => {
      const model = squash(handoutTexts(handout).map((t) => t.text).join(' '));
      const pdf = squash(pageTexts(pdfs[i]!).join(' '));
      const md = squash(markdowns[i]!);
      for (const evidence of flagged) {
        expect(model, evidence).not.toContain(evidence);
        expect(pdf, evidence).not.toContain(evidence);
        expect(md, evidence).not.toContain(evidence);
      }
    });
  });

  it('withholds every real exercise with a warning in its instructions, and prints none of them', () => {
    const held = real.dataset.exercises.filter((e) => e.flags.some((f) => !f.resolution && f.severity === 'warning' && /^(?:name|startingPosition|steps\/\d+|dosage)$/.test(f.field ?? '')));
    expect(held.length).toBeGreaterThan(0);
    for (const exercise of held) {
      expect(exercise.status, exercise.id).toBe('withheld');
      expect(exercise.withheldReasons?.some((r) => r.startsWith('Held back from readers:')), exercise.id).toBe(true);
      for (const handout of handouts) expect(sectionOf(handout, exercise.id), exercise.id).toBeUndefined();
    }
  });

  it('leaves a flagged cue out and shows only the safe reader sentence in its box', () => {
    const dataset = clone(real.dataset);
    const exercise = dataset.exercises.find((e) => e.status === 'published' && e.stages.includes('trimester-2'))!;
    exercise.cues = ['Stretch as far as you can go.'];
    exercise.flags = [warning(exercise, 'overstretch', 'cues/0', 'Stretch as far as you can go.')];
    const section = sectionOf(buildHandout(dataset, real.config, 'pregnancy'), exercise.id)!;
    expect(squash(JSON.stringify(section))).not.toContain(squash('as far as you can'));
    expect(cautionsOf(section)).toEqual([expect.objectContaining({ rule: 'overstretch', text: expect.objectContaining({ text: READER_CAUTIONS['overstretch'] }) })]);
    expect(section.blocks.at(-1)?.kind).toBe('caution');
    expect(handoutMarkdown(buildHandout(dataset, real.config, 'pregnancy'))).toContain(`> **Take care:** ${READER_CAUTIONS['overstretch']}`);
  });

  it('does not print an error-flagged sentence and gives it no box', () => {
    const dataset = clone(real.dataset);
    const exercise = dataset.exercises.find((e) => e.status === 'published' && e.stages.includes('trimester-2'))!;
    exercise.cues = ['Keep going through the bleeding.'];
    exercise.flags = [{ ...warning(exercise, 'stop-sign-dismissed', 'cues/0', 'Keep going through the bleeding.'), severity: 'error' }];
    const section = sectionOf(buildHandout(dataset, real.config, 'pregnancy'), exercise.id)!;
    expect(JSON.stringify(section)).not.toContain('bleeding');
    expect(cautionsOf(section)).toEqual([]);
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

  it('prints no purpose heading as another name, and keeps the alias in the dataset', () => {
    expect(exerciseIn(real.dataset, MOUNTAIN).aliases).toContain('Exercise to relieve backache for pregnant women');
    expect(squash(pageTexts(pdfs[0]!).join(''))).not.toContain(squash('Exercise to relieve backache'));
    expect(markdowns[0]).not.toContain('Exercise to relieve backache');
  });
});
