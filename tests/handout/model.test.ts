// The handout document model built from the real content: published records only, no
// error-flagged sentence, warning flags as caution boxes, safety advice merged across sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  allSections, buildHandout, buildHandouts, handoutTexts, READER_CAUTIONS, type Handout,
} from '../../src/handout/index.js';
import { inAudience } from '../../src/handout/sources.js';
import { ROOT } from '../helpers/real-content.js';
import { clone, realContent, squash, type RealContent } from './helpers.js';

let real: RealContent;
let handouts: Handout[];

beforeAll(async () => {
  real = await realContent();
  handouts = buildHandouts(real.dataset, real.config);
});

const textOf = (handout: Handout): string => squash(handoutTexts(handout).map((t) => t.text).join(' '));

describe('handout model', () => {
  it('is pure: the same dataset builds the same handouts', () => {
    expect(buildHandouts(clone(real.dataset), clone(real.config))).toEqual(handouts);
  });

  it('has a pregnancy and an after-birth handout, in the language of their sources', () => {
    expect(handouts.map((h) => [h.id, h.lang])).toEqual([['pregnancy', 'en'], ['after-birth', 'en']]);
    expect(handouts.map((h) => h.edition.text)).toEqual(['Version 0.1.0, 22 November 2026', 'Version 0.1.0, 22 November 2026']);
  });

  it('orders the sections: how to use, when to stop, who should not, safe exercise advice, stages, everyday care, sources', () => {
    expect(handouts[0]!.sections.map((s) => s.id)).toEqual([
      'how-to-use', 'when-to-stop', 'who-should-not', 'general-rules', 'when-to-exercise',
      'stage-trimester-1', 'stage-trimester-2', 'stage-trimester-3', 'self-care', 'sources',
    ]);
    expect(handouts[1]!.sections.map((s) => s.id)).toEqual(['how-to-use', 'when-to-stop', 'who-should-not', 'general-rules', 'when-to-exercise', 'stage-postpartum', 'sources']);
  });

  it('takes text only from published records', () => {
    const withheld = new Set([...real.dataset.exercises, ...real.dataset.advice].filter((r) => r.status === 'withheld').map((r) => r.id));
    expect(withheld.size).toBeGreaterThan(0);
    for (const handout of handouts) {
      for (const text of handoutTexts(handout)) expect(withheld.has(text.source), text.source).toBe(false);
    }
  });

  it('shows every published exercise of its audience once, with all its steps', () => {
    for (const handout of handouts) {
      const stages = handout.audience === 'pregnancy' ? ['trimester-1', 'trimester-2', 'trimester-3'] : ['postpartum'];
      const expected = real.dataset.exercises.filter((e) => e.status === 'published' && e.stages.some((s) => stages.includes(s)));
      const shown = allSections(handout).filter((s) => s.kind === 'exercise');
      expect(shown.map((s) => s.title.source)).toEqual(expected.map((e) => e.id));
      const text = textOf(handout);
      for (const exercise of expected) for (const step of exercise.steps) expect(text).toContain(squash(step).slice(1));
    }
  });

  it('leaves out every error-flagged sentence and every text of a withheld record', () => {
    const evidence = real.report.flags.filter((f) => f.severity === 'error' && !f.resolution).map((f) => squash(f.evidence));
    expect(evidence.length).toBeGreaterThan(0);
    for (const handout of handouts) for (const e of evidence) expect(textOf(handout)).not.toContain(e);
  });

  it('drops an error-flagged sentence from a published exercise and keeps the rest', () => {
    const dataset = clone(real.dataset);
    const exercise = dataset.exercises.find((e) => e.id === 'lower-back-exercises-by-trimester--pelvic-tilt-against-the-wall')!;
    const sentence = exercise.steps[1]!;
    exercise.flags.push({ rule: 'test-rule', severity: 'error', message: 'test', evidence: sentence, field: 'steps/1', document: exercise.source.document, line: 1, column: 1 });
    const text = textOf(buildHandout(dataset, real.config, 'pregnancy'));
    expect(text).not.toContain(squash(sentence));
    expect(text).toContain(squash(exercise.steps[2]!));
  });

  it('turns each warning flag on shown text into one caution box with a reader sentence', () => {
    // The breath-hold step is revised (content/revisions): the exercise is printed with the
    // replacement, never the source sentence; the boxes left hold our reader sentence only.
    const stretch = allSections(handouts[0]!).find((s) => s.title.source === 'strengthen-back-late-pregnancy--stretch-your-muscles')!;
    expect(JSON.stringify(stretch)).toContain('Breathe slowly in and out for a few seconds');
    expect(JSON.stringify(stretch)).not.toMatch(/hold your breath/i);
    const boxes = handouts.flatMap((h) => allSections(h)).flatMap((s) => s.blocks.filter((b) => b.kind === 'caution'));
    for (const box of boxes) expect(box).toMatchObject({ text: { text: READER_CAUTIONS[box.rule] } });
    // A flag on the benefits (not printed) gets no box.
    const adho = allSections(handouts[1]!).find((s) => s.title.source === 'back-exercises-after-childbirth--adho-mukha-shvanasana')!;
    expect(adho.blocks.some((b) => b.kind === 'caution')).toBe(false);
  });

  it('has a reader sentence for every rule of content/rules', () => {
    const dir = join(ROOT, 'content', 'rules');
    const ids = readdirSync(dir).filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => ((parse(readFileSync(join(dir, f), 'utf8')) as { rules?: Array<{ id: string }> }).rules ?? []).map((r) => r.id));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(READER_CAUTIONS[id], id).toBeTruthy();
  });

  it('merges warning signs across sources without repeats', () => {
    const section = handouts[0]!.sections.find((s) => s.id === 'when-to-stop')!;
    const items = section.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
    expect(items).toContain('Bloody discharge or leakage of fluid');
    expect(items).toContain('Pulling sensations occur in the lower abdomen');
    expect(new Set(items.map((i) => i.toLowerCase())).size).toBe(items.length);
    const dataset = clone(real.dataset);
    const signs = dataset.advice.find((a) => a.topic === 'warning-signs')!;
    dataset.advice.push({ ...clone(signs), id: `${signs.id}-copy`, items: signs.items!.map((i) => ` ${i.toUpperCase()}.`) });
    const again = buildHandout(dataset, real.config, 'pregnancy').sections.find((s) => s.id === 'when-to-stop')!;
    expect(again.blocks).toEqual(section.blocks);
  });

  it('says in plain words when the sources give no warning signs', () => {
    const dataset = clone(real.dataset);
    dataset.advice = dataset.advice.filter((a) => a.topic !== 'warning-signs');
    const section = buildHandouts(dataset, real.config)[1]!.sections.find((s) => s.id === 'when-to-stop')!;
    expect(section.blocks).toHaveLength(1);
    expect(section.blocks[0]).toMatchObject({ kind: 'paragraph', text: { source: 'handout:when-to-stop:empty' } });
  });

  it('counts the withheld items of each audience in the sources section', () => {
    const last = (h: Handout): string => JSON.stringify(h.sections.at(-1));
    const withheld = (audience: 'pregnancy' | 'postpartum'): number => [...real.dataset.exercises, ...real.dataset.advice]
      .filter((r) => r.status === 'withheld' && inAudience(r, audience)).length;
    expect(withheld('pregnancy')).toBeGreaterThan(1);
    expect(last(handouts[0]!)).toContain(`${withheld('pregnancy')} items from these sources were withheld`);
    expect(last(handouts[0]!)).toContain('report.json');
    expect(last(handouts[1]!)).toContain('report.json');
  });

  it('gives every section a unique id', () => {
    for (const handout of handouts) {
      const ids = allSections(handout).map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
