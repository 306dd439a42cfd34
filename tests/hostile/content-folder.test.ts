// Hostile content folders: symbolic links leading outside, unreadable entries, an empty folder,
// rule files with catastrophic regular expressions. Exit codes: 1 content errors, 2 folder errors.
import { execFileSync } from 'node:child_process';
import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.js';
import { cleanupAll, makeContentDir, makeTempDir, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { cliBuild, cliBuildDir, errorsIn, HOSTILE_TIMEOUT } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);

/** A valid rule file with one rule, its first pattern replaced by `pattern` (line 6, column 9). */
const ruleFile = (pattern: string): string => [
  'rules:', '  - id: test-rule', '    severity: warning', '    stages: [trimester-2, trimester-3]', '    patterns:',
  `      - '${pattern}'`, '    message: Hot tubs raise core temperature; remove the advice.',
  '    rationale: A hot tub raises core temperature within minutes.', '    citation: ACOG Committee Opinion 804 (2020)',
  '    examples:', '      trigger:', '        - text: Relax in a hot tub.', '        - text: A hot tub eases back pain.',
  '      pass:', '        - text: Avoid hot tubs.', '        - text: A warm bath is fine.', '',
].join('\n');

async function outsideFolder(): Promise<{ file: string; rules: string }> {
  const outside = await makeTempDir('guidance-outside-');
  await writeFile(outside.path('secret.md'), VALID_DOCUMENT);
  await mkdir(outside.path('rules'));
  await writeFile(outside.path('rules/x.yaml'), ruleFile('(a+)+$'));
  return { file: outside.path('secret.md'), rules: outside.path('rules') };
}

describe('symbolic links and unreadable entries', () => {
  it('a document that is a symlink to a file outside content/ is refused: exit 2, nothing written', async () => {
    const { file } = await outsideFolder();
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT }, (dir) => symlink(file, `${dir}/evil.md`));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/evil\.md: links outside the content folder/);
    expect(run.stderr).not.toContain('internal error');
    expect(run.outputs.size).toBe(0);
  }, HOSTILE_TIMEOUT);

  it('dataset.yaml as a symlink to a file outside content/ is refused: exit 2', async () => {
    const { file } = await outsideFolder();
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT }, { withoutDataset: true });
    await symlink(file, content.path('dataset.yaml'));
    const run = await cliBuildDir(content.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/dataset\.yaml: links outside the content folder/);
  }, HOSTILE_TIMEOUT);

  it('a symlink to a document inside content/ is read like a copy (exit 0)', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT }, (dir) => symlink(`${dir}/a.md`, `${dir}/b.md`));
    expect(run.code).toBe(0);
    expect(errorsIn(run)).toEqual([]);
  }, HOSTILE_TIMEOUT);

  it('a broken symlink is refused with a plain message: exit 2', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT }, (dir) => symlink('/nonexistent/guidance/x.md', `${dir}/b.md`));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/b\.md: cannot be read \(a broken link\?\)/);
  }, HOSTILE_TIMEOUT);

  it('a directory named x.md is refused: exit 2, nothing written', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT }, (dir) => mkdir(`${dir}/x.md`));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/x\.md: is not a regular file/);
    expect(run.stderr).not.toContain('internal error');
    expect(run.outputs.size).toBe(0);
  }, HOSTILE_TIMEOUT);

  // BUG: src/pipeline/load-content.ts:32 looks at content/rules with lstat(); a symlinked rules
  // folder is not a directory to lstat, so it is skipped silently: the build exits 0 with NO
  // safety rules (here the linked folder even holds a rule with the catastrophic `(a+)+$`). The
  // module promises links leading outside are refused. Expected: exit 2 (or a diagnostic).
  it('content/rules as a symlink to a folder outside content/ is refused, not silently ignored', async () => {
    const { rules } = await outsideFolder();
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT }, (dir) => symlink(rules, `${dir}/rules`));
    expect(run.code).not.toBe(0);
  }, HOSTILE_TIMEOUT);

  // A FIFO (named pipe) must not be read: reading it would block the build for ever. The 5 s race
  // only detects such a hang; the pipe is then opened for writing to release the reader.
  it('a named pipe called f.md is refused rather than blocking the build', async () => {
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT });
    execFileSync('mkfifo', [content.path('f.md')]);
    const loading = loadContent(content.dir).then(() => 'read', (error: Error) => `refused: ${error.message}`);
    const outcome = await Promise.race([loading, new Promise((resolve) => setTimeout(resolve, 5_000, 'blocked'))]);
    if (outcome === 'blocked') {
      await (await open(content.path('f.md'), 'w')).close();
      await loading;
    }
    expect(outcome).toMatch(/^refused: .*f\.md: is not a regular file/);
  }, HOSTILE_TIMEOUT);
});

describe('empty folders', () => {
  it('an empty content folder: no-content and dataset-config errors, exit 1', async () => {
    const empty = await makeTempDir('guidance-empty-');
    const run = await cliBuildDir(empty.dir);
    expect(run.code).toBe(1);
    expect(errorsIn(run).map((d) => [d.file, d.ruleId])).toEqual([['.', 'no-content'], ['dataset.yaml', 'dataset-config']]);
    expect(run.outputs.size).toBe(0);
  }, HOSTILE_TIMEOUT);

  it('a content folder with only dataset.yaml and README.md: no-content, exit 1', async () => {
    const run = await cliBuild({ 'README.md': VALID_DOCUMENT });
    expect(run.code).toBe(1);
    expect(errorsIn(run).map((d) => [d.file, d.ruleId])).toEqual([['.', 'no-content']]);
  }, HOSTILE_TIMEOUT);
});

describe('rule files', () => {
  it('a catastrophic regular expression `(a+)+$` is rejected at load with the file, line and column', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT, 'rules/x.yaml': ruleFile('(a+)+$') });
    expect(run.code).toBe(1);
    expect(errorsIn(run)).toEqual([expect.objectContaining({
      file: 'rules/x.yaml', line: 6, column: 9, ruleId: 'rule-file/regex-unsafe', message: expect.stringContaining('nested quantifier'),
    })]);
    expect(run.outputs.size).toBe(0);
  }, HOSTILE_TIMEOUT);

  it('an overlapping repeated alternation `(a|aa)*b` is rejected at load', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT, 'rules/x.yaml': ruleFile('\\b(a|aa)*b') });
    expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'rules/x.yaml', line: 6, ruleId: 'rule-file/regex-unsafe' })]);
  }, HOSTILE_TIMEOUT);

  it('a backreference `(\\w+)\\s+\\1` is rejected at load', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT, 'rules/x.yaml': ruleFile('(\\w+)\\s+\\1') });
    expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'rules/x.yaml', line: 6, ruleId: 'rule-file/regex-unsafe' })]);
  }, HOSTILE_TIMEOUT);

  it('an invalid regular expression is a regex-syntax error at its line', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT, 'rules/x.yaml': ruleFile('(unclosed') });
    expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'rules/x.yaml', line: 6, ruleId: 'rule-file/regex-syntax' })]);
  }, HOSTILE_TIMEOUT);
});
