// Record ids: advice ids come from the nearest heading and a number, so rewriting a sentence
// keeps them; slugs are cut between words, never inside one; collisions are told apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from '../../src/normalize/ids.js';
import { compileDocuments } from '../helpers/compile-text.js';

const GUIDE = `---
title: Caring for your back at home
language: en
audience: [postpartum]
---

# Caring for your back at home

## Why your back aches

Carrying a baby for months changes how the muscles of the back share the load.

Broken sleep and long feeds leave little time for those muscles to recover.

## Sleep

A firm mattress often feels more comfortable than a soft one in the weeks after birth.

## Why your back aches

Car seats and prams are heavier than they look, and they are lifted many times a day.
`;

async function adviceIds(text: string): Promise<Array<[string, string]>> {
  const result = await compileDocuments({ 'home-care.md': text });
  expect(result.ok).toBe(true);
  return result.dataset!.advice.map((a) => [a.id, a.text ?? '']);
}

describe('advice ids', () => {
  it('name the heading and the number under it, counted across sections of one heading', async () => {
    expect((await adviceIds(GUIDE)).map(([id]) => id)).toEqual([
      'home-care--why-your-back-aches-1',
      'home-care--why-your-back-aches-2',
      'home-care--sleep-1',
      'home-care--why-your-back-aches-3',
    ]);
  });

  it('stay the same when a sentence is rewritten', async () => {
    const before = await adviceIds(GUIDE);
    const rewritten = GUIDE
      .replace('Carrying a baby for months changes how the muscles of the back share the load.', 'Months of pregnancy shift the weight the lower back has to carry.')
      .replace('A firm mattress often feels more comfortable than a soft one in the weeks after birth.', 'Many new mothers sleep better on a firmer mattress.');
    const after = await adviceIds(rewritten);
    expect(after.map(([id]) => id)).toEqual(before.map(([id]) => id));
    expect(after.map(([, text]) => text)).not.toEqual(before.map(([, text]) => text));
  });
});

describe('IdAllocator', () => {
  it('tells a collision apart in reading order: the later record gets -2', () => {
    const ids = new IdAllocator();
    expect(ids.takeNumbered('doc', 'Stretch', 'intro')).toBe('doc--stretch-1');
    expect(ids.take('doc', 'Stretch 1', 'exercise')).toBe('doc--stretch-1-2');
    expect(ids.take('doc', 'Stretch 1', 'exercise')).toBe('doc--stretch-1-3');
    expect(ids.takeNumbered('doc', undefined, 'intro')).toBe('doc--intro-1');
  });
});

describe('slugify', () => {
  const words = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’‘]/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(/\s+/).filter(Boolean);

  it('cuts a long heading between words, within 80 characters', () => {
    const heading = 'Understanding the extraordinarily interconnected musculoskeletal responsibilities during pregnancy';
    const slug = slugify(heading);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.split('-').every((word) => words(heading).includes(word))).toBe(true);
  });

  it('is always whole words of the text, in order, within 80 characters', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,30}$/);
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', ' - ', '. ', '\n')), { maxLength: 20 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 12 }), (input, maxWords) => {
      const slug = slugify(input, maxWords);
      expect(slug.length).toBeLessThanOrEqual(80);
      const expected = words(input).slice(0, maxWords);
      if (slug === '') return expected.length === 0 || expected[0]!.length > 80;
      const got = slug.split('-');
      // A prefix of the words, except that a single word over 80 characters is cut.
      expect(got.slice(0, -1)).toEqual(expected.slice(0, got.length - 1));
      const last = got.at(-1)!;
      expect(last === expected[got.length - 1] || (got.length === 1 && expected[0]!.startsWith(last))).toBe(true);
      return true;
    }), { numRuns: 300 });
  });
});
