// Bytes an editor may produce: empty files, invalid UTF-8, NUL bytes, a BOM, CRLF and lone CR.
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Dataset } from '../../src/index.js';
import { buildOverExistingOutput, cleanupTemp, expectRejected, withFrontMatter } from '../helpers/build-check.js';
import { makeContentDir, makeTempDir, VALID_DOCUMENT } from '../helpers/content-dir.js';

afterAll(cleanupTemp);

// VALID_DOCUMENT line 14 is `3. Breathe out and round your back.`; `out` starts at column 11.
const WITH_NUL = VALID_DOCUMENT.replace('Breathe out', 'Breathe\0out');
// `---\ntitle: ok\n` is 14 bytes; `l` is byte 14, the bad 0xC3 0x28 pair starts at byte 15 on line 3.
const BAD_UTF8 = (eol: string) => Buffer.concat([
  Buffer.from(`---${eol}title: ok${eol}`), Buffer.from([0x6c, 0xc3, 0x28]), Buffer.from(`${eol}---${eol}`),
]);

describe('empty and unreadable files', () => {
  it('rejects an empty file at 1:1', async () => {
    const run = await buildOverExistingOutput({ 'a.md': '' });
    expectRejected(run, { file: 'a.md', line: 1, column: 1, ruleId: 'empty-document' });
  });

  it('rejects a whitespace-only file at 1:1', async () => {
    const run = await buildOverExistingOutput({ 'a.md': '  \n\n\t \r\n' });
    expectRejected(run, { file: 'a.md', line: 1, column: 1, ruleId: 'empty-document' });
  });

  it('rejects invalid UTF-8 (0xC3 0x28) with its line', async () => {
    const run = await buildOverExistingOutput({ 'a.md': BAD_UTF8('\n') });
    expectRejected(run, { file: 'a.md', line: 3, ruleId: 'invalid-encoding', reason: expect.stringContaining('invalid UTF-8 byte 0xC3') });
  });

  it('rejects invalid UTF-8 in a CRLF file with its line', async () => {
    const run = await buildOverExistingOutput({ 'a.md': BAD_UTF8('\r\n') });
    expectRejected(run, { file: 'a.md', line: 3, ruleId: 'invalid-encoding' });
  });

  it('rejects a NUL byte at its line and column', async () => {
    const run = await buildOverExistingOutput({ 'a.md': WITH_NUL });
    expectRejected(run, { file: 'a.md', line: 14, column: 11, ruleId: 'invalid-encoding', reason: expect.stringContaining('NUL') });
  });

  it('rejects invalid UTF-8 in dataset.yaml', async () => {
    const run = await buildOverExistingOutput({ 'a.md': VALID_DOCUMENT, 'dataset.yaml': Buffer.from([0x6e, 0x3a, 0x20, 0xff, 0x0a]) });
    expectRejected(run, { file: 'dataset.yaml', line: 1, ruleId: 'invalid-encoding' });
  });

  // BUG (src/read/decode.ts): line numbers of encoding errors are counted on LF only, before
  // line endings are normalised, so in a file with lone CR line endings they are always line 1.
  it('reports a NUL byte in a lone-CR file at the line an editor shows', async () => {
    const run = await buildOverExistingOutput({ 'a.md': WITH_NUL.replace(/\n/g, '\r') });
    expectRejected(run, { file: 'a.md', line: 14, column: 11, ruleId: 'invalid-encoding' });
  });

  it('reports invalid UTF-8 in a lone-CR file at the line an editor shows', async () => {
    const run = await buildOverExistingOutput({ 'a.md': BAD_UTF8('\r') });
    expectRejected(run, { file: 'a.md', line: 3, ruleId: 'invalid-encoding' });
  });
});

/** The records of a dataset without what depends on the file's path and bytes. */
function records(dataset: Dataset | undefined) {
  expect(dataset).toBeDefined();
  // The content folders differ (temporary), so do the file paths in sources and flags.
  const strip = <T extends { source: object; flags: object[] }>(record: T) => {
    const { file: _file, ...source } = record.source as { file?: string };
    const flags = record.flags.map((flag) => ({ ...flag, file: undefined }));
    return { ...record, source, flags };
  };
  return {
    exercises: dataset!.exercises.map(strip),
    advice: dataset!.advice.map(strip),
    sources: dataset!.sources.map(({ file: _file, contentHash: _hash, ...rest }) => rest),
  };
}

async function buildText(text: string | Uint8Array) {
  const content = await makeContentDir({ 'doc.md': text });
  const out = await makeTempDir('guidance-out-');
  return build({ contentDir: content.dir, outDir: out.path('dist') });
}

describe('line endings and BOM', () => {
  const real = new URL('../../content/lower-back-exercises-by-trimester.md', import.meta.url);

  it('builds a UTF-8 BOM + CRLF document to the same records as the LF version', async () => {
    const lf = (await readFile(real, 'utf8')).replace(/\r\n?/g, '\n');
    const plain = await buildText(lf);
    const bomCrlf = await buildText(`\ufeff${lf.replace(/\n/g, '\r\n')}`);
    expect(plain.ok).toBe(true);
    expect(bomCrlf.ok).toBe(true);
    expect(plain.dataset!.exercises.length + plain.dataset!.advice.length).toBeGreaterThan(0);
    expect(records(bomCrlf.dataset)).toEqual(records(plain.dataset));
    // The fingerprint is over the bytes, so it differs.
    expect(bomCrlf.dataset!.sources[0]!.contentHash).not.toBe(plain.dataset!.sources[0]!.contentHash);
  });

  it('builds a lone-CR document to the same records as the LF version', async () => {
    const lf = (await readFile(real, 'utf8')).replace(/\r\n?/g, '\n');
    const plain = await buildText(lf);
    const cr = await buildText(lf.replace(/\n/g, '\r'));
    expect(cr.ok).toBe(true);
    expect(records(cr.dataset)).toEqual(records(plain.dataset));
  });

  it('reports front-matter errors in a BOM + CRLF file at the same line:column as in LF', async () => {
    const text = withFrontMatter('title: ok\nlanguage: en\naudience: [toddlers]');
    const run = await buildOverExistingOutput({ 'a.md': `\ufeff${text.replace(/\n/g, '\r\n')}` });
    expectRejected(run, { file: 'a.md', line: 4, column: 12, ruleId: 'front-matter' });
  });

  it('reports front-matter errors in a lone-CR file at the same line:column as in LF', async () => {
    const text = withFrontMatter('title: ok\nlanguage: en\naudience: [toddlers]');
    const run = await buildOverExistingOutput({ 'a.md': text.replace(/\n/g, '\r') });
    expectRejected(run, { file: 'a.md', line: 4, column: 12, ruleId: 'front-matter' });
  });

  it('accepts a BOM + CRLF dataset.yaml', async () => {
    const content = await makeContentDir({
      'a.md': VALID_DOCUMENT,
      'dataset.yaml': '\ufeffname: x\r\ntitle: X\r\nversion: 1.0.0\r\ndate: "2026-01-01"\r\n',
    });
    const out = await makeTempDir('guidance-out-');
    const result = await build({ contentDir: content.dir, outDir: out.path('dist') });
    expect(result.ok).toBe(true);
    expect(result.dataset!.dataset.name).toBe('x');
  });
});
