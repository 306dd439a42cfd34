// Bad front matter: every case is reported at the content file's line (and column where the
// place is exact) with its rule id, and a failed build leaves the existing output untouched.
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD_FRONT_MATTER, buildOverExistingOutput, cleanupTemp, expectRejected, withFrontMatter } from '../helpers/build-check.js';

afterAll(cleanupTemp);

/** The build failed, reported `expected` (and only that many errors), and wrote nothing. */
describe('front matter', () => {
  it('reports broken YAML at the content file\'s line and column, not the YAML block\'s', async () => {
    // Line 5 of the file is line 4 of the YAML block.
    const run = await buildOverExistingOutput({ 'a.md': withFrontMatter(`${GOOD_FRONT_MATTER}\nnotes: @oops`) });
    expectRejected(run, {
      file: 'a.md', line: 5, column: 8, ruleId: 'front-matter', reason: expect.stringMatching(/^Invalid YAML in front matter: .*@/),
    });
  });

  it('reports an unclosed flow sequence on the file\'s lines', async () => {
    const run = await buildOverExistingOutput({ 'a.md': withFrontMatter('title: ok\nlanguage: en\naudience: [pregnancy\nnotes: x') });
    expectRejected(run, { file: 'a.md', ruleId: 'front-matter', reason: expect.stringMatching(/Invalid YAML/) }, 0);
    for (const error of run.errors) expect(error.line).toBeGreaterThanOrEqual(4);
    for (const error of run.errors) expect(error.line).toBeLessThanOrEqual(5);
  });

  it('reports a missing required key (`audience`) at the start of the front matter', async () => {
    const run = await buildOverExistingOutput({ 'a.md': withFrontMatter('title: ok\nlanguage: en') });
    expectRejected(run, { file: 'a.md', line: 2, column: 1, ruleId: 'front-matter', reason: expect.stringContaining('missing required key `audience`') });
  });

  it('reports an unknown audience value at its line and column', async () => {
    const run = await buildOverExistingOutput({ 'a.md': withFrontMatter('title: ok\nlanguage: en\naudience: [toddlers]') });
    expectRejected(run, {
      file: 'a.md', line: 4, column: 12, ruleId: 'front-matter', reason: expect.stringMatching(/audience.*pregnancy, postpartum/),
    });
  });

  it('reports an unknown key (typo `titel:`) at the key\'s line', async () => {
    const run = await buildOverExistingOutput({ 'a.md': withFrontMatter('title: ok\nlanguage: en\ntitel: ok\naudience: [pregnancy]') });
    expectRejected(run, { file: 'a.md', line: 4, column: 1, ruleId: 'front-matter', reason: expect.stringContaining('unexpected key `titel`') });
  });

  it('rejects duplicate keys at the repeated key', async () => {
    const run = await buildOverExistingOutput({ 'a.md': withFrontMatter('title: ok\nlanguage: en\ntitle: again\naudience: [pregnancy]') });
    expectRejected(run, { file: 'a.md', line: 4, column: 1, ruleId: 'front-matter', reason: expect.stringMatching(/keys must be unique/) });
  });

  it('rejects a YAML alias bomb (billion laughs) quickly', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const run = await buildOverExistingOutput({ 'a.md': withFrontMatter(`${GOOD_FRONT_MATTER}\n${levels.join('\n')}`) });
    expectRejected(run, { file: 'a.md', line: 2, ruleId: 'front-matter', reason: expect.stringMatching(/alias/i) });
    expect(run.ms).toBeLessThan(2_000);
  });

  it('reports a non-string title at the title\'s line', async () => {
    const run = await buildOverExistingOutput({ 'a.md': withFrontMatter('title: [1,2]\nlanguage: en\naudience: [pregnancy]') });
    expectRejected(run, { file: 'a.md', line: 2, column: 8, ruleId: 'front-matter', reason: expect.stringContaining('`title` is a list, expected a string') });
  });

  it('reports a document without front matter at 1:1', async () => {
    const run = await buildOverExistingOutput({ 'a.md': '# Just a heading\n\nSome text.\n' });
    expectRejected(run, { file: 'a.md', line: 1, column: 1, ruleId: 'front-matter', reason: expect.stringContaining('Missing front matter') });
  });

  it('reports front matter that is not a mapping', async () => {
    const run = await buildOverExistingOutput({ 'a.md': '---\njust text\n---\n\n# x\n' });
    expectRejected(run, { file: 'a.md', line: 2, column: 1, ruleId: 'front-matter', reason: expect.stringContaining('not a mapping') });
  });

  it('reports every bad document, not only the first', async () => {
    const run = await buildOverExistingOutput({
      'a.md': withFrontMatter('title: ok\nlanguage: en'),
      'b.md': withFrontMatter('title: ok\nlanguage: en\naudience: [toddlers]'),
    });
    expectRejected(run, { file: 'a.md', line: 2, ruleId: 'front-matter' }, 2);
    expect(run.errors).toContainEqual(expect.objectContaining({ file: 'b.md', line: 4, column: 12, ruleId: 'front-matter' }));
  });
});
