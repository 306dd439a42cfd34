// scriptOf decides ASCII by range and remembers each code point's script; it must give what the
// Unicode Script property says, tried name by name, for every character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCRIPT_NAMES, scriptOf, scriptOfCode } from '../../src/language/scripts.js';
import { keepScript } from '../../src/language/trigram.js';

const MATCHERS = SCRIPT_NAMES.map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const);
function reference(char: string): string | undefined {
  for (const [name, matcher] of MATCHERS) if (matcher.test(char)) return name;
  return /^[\p{L}\p{Nl}]$/u.test(char) ? 'Other' : undefined;
}

describe('scriptOf', () => {
  it('agrees with the Script property on every BMP code unit (lone surrogates included), asked twice', () => {
    const wrong: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      for (let code = 0; code <= 0xffff; code += 1) {
        const char = String.fromCharCode(code);
        if (scriptOf(char) !== reference(char) || scriptOfCode(code) !== reference(char)) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees on astral code points', () => {
    fc.assert(fc.property(fc.integer({ min: 0x10000, max: 0x10ffff }), (code) => {
      const char = String.fromCodePoint(code);
      expect(scriptOf(char)).toBe(reference(char));
    }), { numRuns: 5000 });
  });
});

describe('keepScript', () => {
  // The plain form: every letter of another script becomes one space.
  const plain = (text: string, script: string): { masked: string; letters: number } => {
    let masked = '';
    let letters = 0;
    for (const char of text) {
      const own = reference(char);
      if (own === script) letters += 1;
      masked += own === undefined || own === script ? char : ' ';
    }
    return { masked, letters };
  };
  const mixed = fc.array(fc.constantFrom('a', 'Z', ' ', '.', 'é', 'я', 'Ж', '会', '\u{20000}', '\ud800', '’', '1', 'α'), { maxLength: 40 }).map((chars) => chars.join(''));

  it('blanks letters of other scripts as the plain loop does', () => {
    fc.assert(fc.property(mixed, fc.constantFrom('Latin', 'Cyrillic', 'Han'), (text, script) => {
      expect(keepScript(text, script)).toEqual(plain(text, script));
    }), { numRuns: 3000 });
  });
});
