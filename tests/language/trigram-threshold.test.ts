/**
 * Short Latin fragments never reach franc: below MIN_TRIGRAM_LETTERS the trigram check is skipped.
 */
import { francAll } from 'franc';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findForeignSpans, MIN_TRIGRAM_LETTERS } from '../../src/language/index.js';

vi.mock('franc', async (importOriginal) => {
  const actual = await importOriginal<typeof import('franc')>();
  return { ...actual, francAll: vi.fn(actual.francAll) };
});

const letters = (text: string): number => (text.match(/\p{sc=Latin}/gu) ?? []).length;

describe('trigram threshold', () => {
  beforeEach(() => {
    vi.mocked(francAll).mockClear();
  });

  it('is 40 letters', () => {
    expect(MIN_TRIGRAM_LETTERS).toBe(40);
  });

  it.each([
    'Respire profundamente durante cinco minutos.',
    'Acuéstese de lado y relaje los hombros.',
    'Nằm nghiêng và hít thở sâu năm phút.',
    'Legen Sie sich hin und atmen Sie tief.',
  ])('does not call franc for a fragment under the threshold: %s', (fragment) => {
    expect(letters(fragment)).toBeLessThan(MIN_TRIGRAM_LETTERS);
    // Only a telltale letter (Vietnamese tone marks) flags so short a fragment; franc never runs.
    expect(findForeignSpans(fragment, 'en').map((s) => s.detected)).toEqual(/[\u1EA0-\u1EF9ơưđă]/u.test(fragment) ? ['vie'] : []);
    expect(francAll).not.toHaveBeenCalled();
  });

  it('counts only letters of the declared script (Han does not make a sentence long)', () => {
    const text = 'Stand tall 让您的伴侣拍一张您站在空白墙旁边的照片让您的伴侣拍一张您站在空白墙旁边的照片';
    expect(findForeignSpans(text, 'en').map((s) => s.method)).toEqual(['script']);
    expect(francAll).not.toHaveBeenCalled();
  });

  it('calls franc once the threshold is reached', () => {
    const sentence = 'Acuéstese de lado y respire profundamente durante cinco minutos.';
    expect(letters(sentence)).toBeGreaterThanOrEqual(MIN_TRIGRAM_LETTERS);
    expect(findForeignSpans(sentence, 'en')).toHaveLength(1);
    expect(francAll).toHaveBeenCalledTimes(1);
    expect(vi.mocked(francAll).mock.calls[0]?.[1]?.only).toEqual(expect.arrayContaining(['eng', 'spa', 'vie']));
  });

  it('does not call franc for documents in scripts without trigram candidates', () => {
    expect(findForeignSpans('Ляжте на бок и глубоко дышите в течение пяти минут, не задерживая дыхание.', 'en')).toHaveLength(1);
    expect(findForeignSpans('激素因素和体内的重量增加可以改变您的重心激素因素和体内的重量增加可以改变您的重心。', 'zh')).toEqual([]);
    expect(francAll).not.toHaveBeenCalled();
  });
});
