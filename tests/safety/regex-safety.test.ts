import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_PATTERN_LENGTH, compileRuleRegex, regexSafetyProblems } from '../../src/safety/index.js';
import { catalogue } from './catalogue.js';

describe('regexSafetyProblems', () => {
  test.each([
    ['(a+)+$', /nested quantifier/],
    ['(\\w+\\s?)*x', /nested quantifier/],
    ['(a*)*b', /nested quantifier/],
    ['(?:a?){2,}', /nested quantifier/],
    ['((ab)+c)+', /nested quantifier/],
    ['(a|a)*', /overlapping/],
    ['(a|aa)+b', /overlapping/],
    ['(?:x|[xy])+', /overlapping/],
    ['(a)\\1', /backreference/],
    ['(?<w>a)\\k<w>', /backreference/],
    ['(?<=\\d+)kg', /lookbehind/],
    ['(?<!a*)b', /lookbehind/],
    ['a'.repeat(MAX_PATTERN_LENGTH + 1), /expected at most/],
  ])('rejects %s', (source, problem) => {
    const problems = regexSafetyProblems(source);
    expect(problems.join('; ')).toMatch(problem);
  });

  test.each([
    ['\\bhold(?:s|ing)?\\s+(?:your\\s+)?breath\\b'],
    ['\\blift\\w*\\b[^.;,]{0,30}\\bheav\\w*'],
    ['(?:foo|bar)+'],
    ['(?:ab){3}'],
    ['(?<=\\bnot )safe'],
    ['\\bprone\\b(?!\\s+to\\b)'],
    ['[(+*)]{1,3}x'],
    ['\\p{L}+\\s\\u{1F600}'],
  ])('accepts %s', (source) => {
    expect(regexSafetyProblems(source)).toEqual([]);
    expect('regex' in compileRuleRegex(source)).toBe(true);
  });

  test('reports invalid syntax separately from unsafe shapes', () => {
    expect(compileRuleRegex('(unclosed')).toMatchObject({ code: 'regex-syntax' });
    expect(compileRuleRegex('\\-')).toMatchObject({ code: 'regex-syntax' }); // invalid escape with flag u
    expect(compileRuleRegex('(a+)+')).toMatchObject({ code: 'regex-unsafe' });
  });

  test('every expression of the catalogue is accepted', () => {
    for (const rule of catalogue().rules) {
      for (const re of [...rule.patterns, ...rule.unless, ...rule.requires]) expect(regexSafetyProblems(re.source), `${rule.id}: ${re.source}`).toEqual([]);
    }
  });
});

describe('catalogue expressions stay fast on hostile text', () => {
  const alphabet = fc.constantFrom('a', 'e', 's', ' ', ',', 'n', 'o', 't', '-', "'", 'x', 'y', 'h', 'b', 'k');
  test('no expression takes long on 3,000-character sentences', () => {
    const all = catalogue().rules.flatMap((rule) => [...rule.patterns, ...rule.unless, ...rule.requires]);
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1000, maxLength: 3000 }).map((chars) => chars.join('')), (text) => {
        const started = performance.now();
        for (const re of all) new RegExp(re.source, 'giu').test(text);
        expect(performance.now() - started).toBeLessThan(250);
      }),
      { numRuns: 30 },
    );
  });
});
