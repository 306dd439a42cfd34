// jsonBytes builds two-space JSON piece by piece; it must give exactly the bytes of
// JSON.stringify(value, null, 2) + '\n' for any value, and never one giant string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytes } from '../../src/write/json-bytes.js';

const expected = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

// JSON values plus what JSON.stringify treats specially: undefined and functions (left out of
// objects, null in arrays), toJSON, empty containers, non-ASCII and lone surrogates in strings.
const odd = fc.constantFrom<unknown>(undefined, () => 1, { toJSON: () => ({ a: [1] }) }, { toJSON: () => undefined }, { toJSON: () => ({ toJSON: () => 'twice', b: 2 }) }, [], {}, 'é 会 \u{1F600} \ud800', -0);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), odd, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 5 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 5 }),
})).node;

describe('jsonBytes', () => {
  it('gives the bytes of JSON.stringify(value, null, 2) and a newline', () => {
    fc.assert(fc.property(value.filter((v) => JSON.stringify(v) !== undefined), (v) => {
      expect(jsonBytes(v).toString('utf8')).toBe(expected(v));
    }), { numRuns: 3000 });
  });

  it('writes a report-sized value in chunks with the same bytes', () => {
    const entries = Array.from({ length: 30_000 }, (_, i) => ({ unit: 'sentence', similarity: i / 30_000, kept: { text: `Breathe in ${i} “会”`, line: i }, dropped: { text: 'x'.repeat(i % 90), line: i + 1 } }));
    const report = { summary: { documents: 3 }, duplicates: entries, empty: [], nothing: undefined };
    expect(jsonBytes(report).equals(Buffer.from(expected(report), 'utf8'))).toBe(true);
  });

  it('refuses a value with no JSON form, as JSON.stringify gives none', () => {
    expect(() => jsonBytes(undefined)).toThrow(TypeError);
  });
});
