// jsonChunks builds two-space JSON piece by piece; it must give exactly the bytes of
// JSON.stringify(value, null, 2) + '\n' for any value, and never one giant string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, jsonLines } from '../../src/write/json-bytes.js';
import { samePieces } from '../../src/pipeline/check.js';

const expected = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const jsonBytes = (value: unknown): Buffer => Buffer.concat([...jsonChunks(value)]);

// JSON values plus what JSON.stringify treats specially: undefined and functions (left out of
// objects, null in arrays), toJSON, empty containers, non-ASCII and lone surrogates in strings.
const odd = fc.constantFrom<unknown>(undefined, () => 1, { toJSON: () => ({ a: [1] }) }, { toJSON: () => undefined }, { toJSON: () => ({ toJSON: () => 'twice', b: 2 }) }, [], {}, 'é 会 \u{1F600} \ud800', -0);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), odd, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 5 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 5 }),
})).node;

describe('jsonChunks', () => {
  it('gives the bytes of JSON.stringify(value, null, 2) and a newline', () => {
    fc.assert(fc.property(value.filter((v) => JSON.stringify(v) !== undefined), (v) => {
      expect(jsonBytes(v).toString('utf8')).toBe(expected(v));
    }), { numRuns: 3000 });
  });

  it('writes a report-sized value in chunks with the same bytes', () => {
    const entries = Array.from({ length: 30_000 }, (_, i) => ({ unit: 'sentence', similarity: i / 30_000, kept: { text: `Breathe in ${i} “会”`, line: i }, dropped: { text: 'x'.repeat(i % 90), line: i + 1 } }));
    const report = { summary: { documents: 3 }, duplicates: entries, empty: [], nothing: undefined };
    expect(jsonBytes(report).equals(Buffer.from(expected(report), 'utf8'))).toBe(true);
    // The pieces are never joined by the writers: several of them, the same bytes in order.
    const chunks = [...jsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(Buffer.from(expected(report), 'utf8'))).toBe(true);
  });

  it('writes JSON lines in pieces with the bytes of one line a record', () => {
    const records = Array.from({ length: 20_000 }, (_, i) => ({ id: `r-${i}`, text: `Lie down “${i}” ${'é'.repeat(i % 70)}` }));
    const pieces = [...jsonLines(records)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(`${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    expect([...jsonLines([])]).toEqual([]);
  });

  it('compares a file with pieces byte for byte (the check of dist/)', () => {
    const bytes = Buffer.from('abcdef');
    expect(samePieces(bytes, [Buffer.from('ab'), Buffer.from('cdef')])).toBe(true);
    expect(samePieces(bytes, [Buffer.from('ab'), Buffer.from('cde')])).toBe(false);
    expect(samePieces(bytes, [Buffer.from('ab'), Buffer.from('cdefg')])).toBe(false);
    expect(samePieces(bytes, [Buffer.from('ab'), Buffer.from('cdeF')])).toBe(false);
    expect(samePieces(Buffer.alloc(0), [])).toBe(true);
  });

  it('makes each piece only when it is taken (a report is never whole in memory)', () => {
    let made = 0;
    const element = (i: number) => ({ toJSON: () => { made += 1; return { i, text: 'x'.repeat(2_000) }; } });
    const pieces = jsonChunks({ duplicates: Array.from({ length: 3_000 }, (_, i) => element(i)) })[Symbol.iterator]();
    expect(made).toBe(0);
    const first = pieces.next();
    expect(first.done).toBe(false);
    // About 1 MB of text is made for the first piece: a few hundred elements, not all 3,000 (6 MB).
    expect(made).toBeGreaterThan(100);
    expect(made).toBeLessThan(1_000);
  });

  it('keeps no 1 MB buffer behind a small file', () => {
    const [piece, ...rest] = [...jsonChunks({ small: 'file' })];
    expect(rest).toEqual([]);
    expect(piece!.toString('utf8')).toBe(expected({ small: 'file' }));
    expect(piece!.buffer.byteLength).toBeLessThan(1 << 19);
  });

  it('refuses a value with no JSON form, as JSON.stringify gives none', () => {
    expect(() => jsonBytes(undefined)).toThrow(TypeError);
  });
});
