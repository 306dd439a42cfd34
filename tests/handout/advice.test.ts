// The published advice in the handouts, grouped by topic (safe exercise, when and how often,
// everyday care of the back), house text first; and "Similar to" for the other exercises of a
// group, "Also called" only for an exercise's own other names.
import { beforeAll, describe, expect, it } from 'vitest';
import { allSections, buildHandout, buildHandouts, type Handout, type Section } from '../../src/handout/index.js';
import type { Advice, Dataset } from '../../src/model/types.js';
import { handoutMarkdown } from '../../src/write/markdown/markdown-writer.js';
import { clone, realContent, type RealContent } from './helpers.js';

let real: RealContent;
let handouts: Handout[];

beforeAll(async () => {
  real = await realContent();
  handouts = buildHandouts(real.dataset, real.config);
});

const section = (handout: Handout, id: string): Section | undefined => handout.sections.find((s) => s.id === id);
const texts = (s: Section): string => JSON.stringify(s);

function advice(dataset: Dataset, id: string, topic: Advice['topic'], heading: string, text: string, items?: string[]): Advice {
  const template = dataset.advice.find((a) => a.stages.includes('trimester-2') && a.status === 'published')!;
  const { items: _items, ...rest } = clone(template);
  return { ...rest, id, topic, heading, text, ...(items ? { items } : {}), flags: [], status: 'published', stages: ['trimester-2'] };
}

describe('advice in the handouts', () => {
  it('prints every published general-rules, when-to-exercise and self-care record of the audience, under its topic', () => {
    for (const handout of handouts) {
      const audienceStages = handout.audience === 'pregnancy' ? ['trimester-1', 'trimester-2', 'trimester-3'] : ['postpartum'];
      const printed = new Set(allSections(handout).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text.source] : b.kind === 'list' ? b.items.map((i) => i.source) : []))));
      for (const record of real.dataset.advice) {
        if (record.status !== 'published' || !['general-rules', 'when-to-exercise', 'self-care'].includes(record.topic)) continue;
        if (!record.stages.some((s) => audienceStages.includes(s))) continue;
        expect(printed.has(record.id), `${handout.id}: ${record.id}`).toBe(true);
      }
    }
    expect(texts(section(handouts[0]!, 'self-care')!)).toMatch(/posture/i);
    expect(texts(section(handouts[1]!, 'when-to-exercise')!)).toMatch(/caesarean/i);
  });

  it('puts the house rules first under their topic', () => {
    const rules = section(handouts[0]!, 'general-rules')!;
    expect(rules.sections[0]!.title.source).toMatch(/^house-pregnancy-safety--/);
    expect(texts(rules.sections[0]!)).toContain('150 minutes');
  });

  it('leaves benefits and background out, groups records under their heading, and drops repeated text', () => {
    const dataset = clone(real.dataset);
    dataset.advice.push(
      advice(dataset, 'x--sleep-1', 'self-care', '2. Sleep on your side', 'Put a pillow between your knees when you lie on your side.'),
      advice(dataset, 'x--sleep-2', 'self-care', '2. Sleep on your side', 'Put a pillow between your knees when you lie on your side.', ['Bend your knees a little', 'Bend your knees a little.']),
      advice(dataset, 'x--benefit', 'benefits', 'Why exercise', 'Exercise makes labour short and easy.'),
    );
    const handout = buildHandout(dataset, real.config, 'pregnancy');
    expect(JSON.stringify(handout)).not.toContain('labour short and easy');
    const sleep = section(handout, 'self-care')!.sections.filter((s) => s.title.text === 'Sleep on your side');
    expect(sleep).toHaveLength(1);
    expect(sleep[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
    const list = sleep[0]!.blocks[1]!;
    expect(list.kind === 'list' && list.items.map((i) => i.text)).toEqual(['Bend your knees a little']);
  });

  it('prints "Similar to" for the other exercises of a group and "Also called" for an exercise\'s own names', () => {
    const cat = allSections(handouts[0]!).find((s) => s.title.source === 'lower-back-exercises-by-trimester--cat-cow-on-all-fours');
    expect(cat).toBeDefined();
    const facts = cat!.blocks[0]!;
    if (facts.kind !== 'facts') throw new Error('no facts');
    const similar = facts.rows.find((r) => r.key === 'similar-to')?.value.text ?? '';
    const also = facts.rows.find((r) => r.key === 'also-called')?.value.text ?? '';
    const others = real.dataset.exercises.filter((e) => e.group === 'cat-cow' && e.name !== 'Cat-Cow on all fours').map((e) => e.name);
    expect(others.length).toBeGreaterThan(0);
    for (const name of others) {
      expect(similar).toContain(name);
      expect(also).not.toContain(name);
    }
    expect(handoutMarkdown(handouts[0]!)).toContain(`- **Similar to:** ${similar}`);
  });
});
