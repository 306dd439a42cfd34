// The per-document bounds of src/read/limits.ts (2 MB, lines of 100,000 characters, nesting 16,
// 20,000 list items): a document over one gets that bound's error at the line where it is broken,
// exit 1, nothing written; a document just within is compiled.
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { withinLimits } from '../../src/read/check-limits.js';
import { LIMITS } from '../../src/read/limits.js';
import { cleanupAll, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { cliBuild, errorsIn, HOSTILE_TIMEOUT, type CliBuild } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);

/** `extra` starts on line 16 (VALID_DOCUMENT has 14 lines). */
const withBlock = (extra: string): string => `${VALID_DOCUMENT}\n${extra}\n`;

function expectOnly(run: CliBuild, ruleId: string, line: number): void {
  expect(run.code).toBe(1);
  expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'a.md', line, column: 1, ruleId })]);
  expect(run.outputs.size).toBe(0);
}

describe('document size', () => {
  it('the documented bounds are the ones tested here', () => {
    expect(LIMITS).toMatchObject({ documentBytes: 2 * 1024 * 1024, lineChars: 100_000, nestingDepth: 16, listItems: 20_000, bracketsPerBlock: 500, documentMs: 5_000 });
  });

  it('a 10 MB document is document-too-large at 1:1', async () => {
    const paragraph = `${'Sit tall and breathe out slowly. '.repeat(30)}\n\n`;
    const run = await cliBuild({ 'a.md': withBlock(paragraph.repeat(Math.ceil(10 * 1024 * 1024 / paragraph.length))) });
    expectOnly(run, 'document-too-large', 1);
    expect(errorsIn(run)[0]?.message).toMatch(/^Document is 10\.0 MB, expected at most 2 MB$/);
  }, HOSTILE_TIMEOUT);

  it('a line of exactly 100,000 characters is within the line bound (no line-too-long)…', async () => {
    // …but as one paragraph its record text is over the schema's 20,000 characters: a `schema`
    // error at the paragraph's line. The bound and the schema disagree; the message is clear.
    const line = 'word '.repeat(20_000);
    expect(line).toHaveLength(LIMITS.lineChars);
    const run = await cliBuild({ 'a.md': withBlock(line) });
    expect(run.diagnostics.some((d) => d.ruleId === 'line-too-long')).toBe(false);
    expect(run.code).toBe(1);
    expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'a.md', line: 16, ruleId: 'schema', message: expect.stringMatching(/is 99999 characters long, expected at most 20000/) })]);
  }, HOSTILE_TIMEOUT);

  it('a 100,000-character line inside a code block is accepted: the build succeeds', async () => {
    const run = await cliBuild({ 'a.md': withBlock(`\`\`\`\n${'x'.repeat(100_000)}\n\`\`\``) });
    expect(run.code).toBe(0);
    expect(errorsIn(run)).toEqual([]);
  }, HOSTILE_TIMEOUT);

  it('a line of 100,001 characters is line-too-long at its line', async () => {
    const run = await cliBuild({ 'a.md': withBlock(`${'word '.repeat(20_000)}x`) });
    expectOnly(run, 'line-too-long', 16);
  }, HOSTILE_TIMEOUT);
});

describe('nesting', () => {
  it('block quotes nested 10,000 deep on one line are nesting-too-deep', async () => {
    const run = await cliBuild({ 'a.md': withBlock(`${'>'.repeat(10_000)} deep`) });
    expectOnly(run, 'nesting-too-deep', 16);
  }, HOSTILE_TIMEOUT);

  it('bullet lists nested 10,000 deep on one line (`- - - …`) are nesting-too-deep', async () => {
    const run = await cliBuild({ 'a.md': withBlock(`${'- '.repeat(10_000)}deep`) });
    expectOnly(run, 'nesting-too-deep', 16);
  }, HOSTILE_TIMEOUT);

  it('ordered lists nested 10,000 deep on one line (`1. 1. …`) are nesting-too-deep', async () => {
    const run = await cliBuild({ 'a.md': withBlock(`${'1. '.repeat(10_000)}deep`) });
    expectOnly(run, 'nesting-too-deep', 16);
  }, HOSTILE_TIMEOUT);

  it('block quotes and lists alternating 10,000 deep (`> - > - …`) are nesting-too-deep', async () => {
    const run = await cliBuild({ 'a.md': withBlock(`${'> - '.repeat(5_000)}deep`) });
    expectOnly(run, 'nesting-too-deep', 16);
  }, HOSTILE_TIMEOUT);

  it('a list indented one tab deeper per line is nesting-too-deep at the first line past 16', async () => {
    // A tab counts two levels and the marker one: line i is 2i + 1 deep, past 16 at i = 8.
    const run = await cliBuild({ 'a.md': withBlock(Array.from({ length: 100 }, (_, i) => `${'\t'.repeat(i)}- item ${i}`).join('\n')) });
    expectOnly(run, 'nesting-too-deep', 16 + 8);
  }, HOSTILE_TIMEOUT);

  it('a list nested 10,000 deep over 10,000 indented lines is bounded by the size limit (95 MB)', async () => {
    const run = await cliBuild({ 'a.md': withBlock(Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')) });
    expectOnly(run, 'document-too-large', 1);
  }, HOSTILE_TIMEOUT);

  it('block quotes nested 16 deep (the bound) compile; 17 deep do not', async () => {
    const run = await cliBuild({ 'a.md': withBlock(`${'>'.repeat(16)} Sit tall and breathe out slowly.`) });
    expect(run.code).toBe(0);
    expect(errorsIn(run)).toEqual([]);
    expectOnly(await cliBuild({ 'a.md': withBlock(`${'>'.repeat(17)} Sit tall and breathe out slowly.`) }), 'nesting-too-deep', 16);
  }, HOSTILE_TIMEOUT);
});

describe('list items', () => {
  it('100,000 list items are too-many-items at the 20,001st item', async () => {
    // VALID_DOCUMENT has 3 items (lines 12–14); the added items start on line 16.
    const run = await cliBuild({ 'a.md': withBlock(Array(100_000).fill('- item').join('\n')) });
    expectOnly(run, 'too-many-items', 16 + (20_001 - 3) - 1);
  }, HOSTILE_TIMEOUT);

  it('100,000 longer list items are bounded by the size limit first', async () => {
    const run = await cliBuild({ 'a.md': withBlock(Array(100_000).fill('- Sit tall on a chair.').join('\n')) });
    expectOnly(run, 'document-too-large', 1);
  }, HOSTILE_TIMEOUT);

  it('20,000 list items in all (the bound) pass the limits check; 20,001 do not', () => {
    // Checked with withinLimits alone: parsing a 20,000-item list takes seconds (micromark).
    const text = (items: number): string => withBlock(Array(items - 3).fill('- Sit tall.').join('\n'));
    const at = (items: number): boolean => withinLimits(text(items), new VFile({ path: 'a.md' }));
    expect(at(LIMITS.listItems)).toBe(true);
    expect(at(LIMITS.listItems + 1)).toBe(false);
  });
});

describe('brackets', () => {
  it('more than 500 `[` in one paragraph (quadratic for the markdown parser) are too-many-brackets', async () => {
    expectOnly(await cliBuild({ 'a.md': withBlock('[a]('.repeat(20_000)) }), 'too-many-brackets', 16);
  }, HOSTILE_TIMEOUT);

  it('500 `[` spread over paragraphs are fine', async () => {
    const run = await cliBuild({ 'a.md': withBlock(Array.from({ length: 50 }, () => '[a] [b] [c] [d] [e] [f] [g] [h] [i] [j]').join('\n\n')) });
    expect(errorsIn(run).filter((d) => d.ruleId === 'too-many-brackets')).toEqual([]);
  }, HOSTILE_TIMEOUT);
});
