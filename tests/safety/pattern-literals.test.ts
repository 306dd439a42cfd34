// The literal pre-test of rule expressions must never rule out a sentence the expression
// matches: checked on fixed shapes, on every real rule expression against its own examples and
// against generated text, with the case and the characters `iu` folds (Kelvin sign, long s).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForLiterals, mayMatch, requiredLiterals } from '../../src/safety/pattern-literals.js';
import { catalogue } from './catalogue.js';

const iu = (source: string): RegExp => new RegExp(source, 'iu');

describe('requiredLiterals', () => {
  it.each([
    ['\\bhot\\s+(?:yoga|tubs?)\\b', ['hot']],
    ['\\b(?:hot\\s+)?(?:yoga|tubs?)\\b', ['tub', 'yoga']],
    ['\\b(?:ways?|how)\\s+to\\s+cause', ['cause']],
    ['lie\\s+(?:flat\\s+)?on\\s+your\\s+back', ['your']],
    ['(?:ab|cd)e', ['ab', 'cd']],
    ['breath(?:e|ing)?', ['breath']],
    ['x+yz', ['yz']],
    ['\\d+\\s*kg', ['kg']],
  ])('%s needs one of %j', (source, literals) => {
    expect(requiredLiterals(iu(source))).toEqual(literals);
  });

  it.each([
    ['(?:hot)?\\s*tub|[a-z]+'],
    ['(?=hold)\\w+'],
    ['\u212Aick'.slice(0, 1)],
  ])('%s needs no literal (the expression always runs)', (source) => {
    expect(requiredLiterals(iu(source))).toBeNull();
  });

  it('does not treat a lookahead, an optional part or a non-ASCII character as required', () => {
    expect(requiredLiterals(iu('(?!never )hold(?: your)? breath'))).toEqual([' breath']);
    expect(requiredLiterals(iu('caf\u00e9 au lait'))).toEqual([' au lait']);
  });

  it('is not used without the i flag', () => {
    expect(requiredLiterals(/hold/u)).toBeNull();
  });
});

describe('mayMatch never rules out a match', () => {
  const expressions = catalogue().rules.flatMap((rule) => [...rule.patterns, ...rule.unless, ...rule.requires]);
  const examples = catalogue().rules.flatMap((rule) => [...rule.examples.trigger, ...rule.examples.pass].map((example) => example.text));

  it('on the rules\u2019 own examples, in any case and with the characters iu folds', () => {
    expect(expressions.length).toBeGreaterThan(50);
    let matched = 0;
    for (const text of examples) {
      for (const variant of [text, text.toUpperCase(), text.replace(/s/g, '\u017f').replace(/k/g, '\u212a')]) {
        for (const re of expressions) {
          if (!re.test(variant)) continue;
          matched += 1;
          expect(mayMatch(re, foldForLiterals(variant)), `${re.source} on ${variant}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('on generated text made of the rules\u2019 words', () => {
    const words = [...new Set(examples.flatMap((e) => e.split(/\s+/)))];
    const text = fc.array(fc.constantFrom(...words, 'ſ', 'K', 'İ'), { maxLength: 20 }).map((w) => w.join(' '));
    fc.assert(fc.property(text, fc.boolean(), (t, upper) => {
      const sentence = upper ? t.toUpperCase() : t;
      for (const re of expressions) if (re.test(sentence)) expect(mayMatch(re, foldForLiterals(sentence))).toBe(true);
    }), { numRuns: 500 });
  });

  it('rules out text without the words', () => {
    const re = iu('\\bhot\\s+(?:yoga|tubs?)\\b');
    expect(mayMatch(re, foldForLiterals('Walk on flat ground.'))).toBe(false);
    expect(mayMatch(re, foldForLiterals('A HOT TUB'))).toBe(true);
    expect(mayMatch(iu('\\bsauna'), foldForLiterals('A ſAUNA'))).toBe(true);
  });
});
