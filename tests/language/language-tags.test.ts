import { describe, expect, it } from 'vitest';
import { languageOf } from '../../src/language/index.js';

describe('languageOf', () => {
  it.each([
    ['en', 'eng', ['Latin']],
    ['es', 'spa', ['Latin']],
    ['fr', 'fra', ['Latin']],
    ['de', 'deu', ['Latin']],
    ['pt', 'por', ['Latin']],
    ['it', 'ita', ['Latin']],
    ['nl', 'nld', ['Latin']],
    ['vi', 'vie', ['Latin']],
    ['ru', 'rus', ['Cyrillic']],
    ['uk', 'ukr', ['Cyrillic']],
    ['zh', 'cmn', ['Han']],
    ['ja', 'jpn', ['Han', 'Hiragana', 'Katakana']],
    ['ko', 'kor', ['Hangul', 'Han']],
    ['ar', 'arb', ['Arabic']],
    ['hi', 'hin', ['Devanagari']],
    ['sw', 'swh', ['Latin']],
    ['zu', 'zul', ['Latin']],
    ['xh', 'xho', ['Latin']],
    ['af', 'afr', ['Latin']],
    ['so', 'som', ['Latin']],
    ['am', 'amh', ['Ethiopic']],
    ['yo', 'yor', ['Latin']],
    ['ha', 'hau', ['Latin']],
    ['ig', 'ibo', ['Latin']],
  ])('%s → %s', (tag, iso6393, scripts) => {
    expect(languageOf(tag)).toEqual({ iso6393, scripts });
  });

  it('ignores region subtags and case, accepts "_"', () => {
    expect(languageOf('en-GB')).toEqual({ iso6393: 'eng', scripts: ['Latin'] });
    expect(languageOf('EN_us')).toEqual({ iso6393: 'eng', scripts: ['Latin'] });
    expect(languageOf('sw-KE')?.iso6393).toBe('swh');
    expect(languageOf('pt-BR')?.iso6393).toBe('por');
  });

  it('uses an explicit script subtag', () => {
    expect(languageOf('zh-Hans')).toEqual({ iso6393: 'cmn', scripts: ['Han'] });
    expect(languageOf('zh-Hant-TW')).toEqual({ iso6393: 'cmn', scripts: ['Han', 'Bopomofo'] });
    expect(languageOf('ru-Cyrl')).toEqual({ iso6393: 'rus', scripts: ['Cyrillic'] });
  });

  it('accepts ISO 639-3 codes as primary subtags', () => {
    expect(languageOf('eng')?.iso6393).toBe('eng');
    expect(languageOf('cmn-Hans')?.scripts).toEqual(['Han']);
  });

  it('returns undefined for unknown languages, unsupported scripts and malformed tags', () => {
    for (const tag of ['', 'xx', 'tlh', 'sr', 'zh-Latn', 'ha-Arab', 'en-Zzzz', '12', 'english', '-en']) {
      expect(languageOf(tag), tag).toBeUndefined();
    }
  });

  it('returns a fresh scripts array each time', () => {
    const first = languageOf('en');
    first?.scripts.push('Han');
    expect(languageOf('en')?.scripts).toEqual(['Latin']);
  });
});
