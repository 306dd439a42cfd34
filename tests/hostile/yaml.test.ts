// Hostile YAML in front matter, dataset.yaml and rule files: alias bombs, deep nesting, cycles,
// duplicate keys, values of the wrong type, custom tags. Each is a diagnostic at a line, exit 1.
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/pipeline/compile.js';
import { loadRules } from '../../src/safety/index.js';
import { cleanupAll, VALID_DATASET_YAML } from '../helpers/content-dir.js';
import { withFrontMatter, GOOD_FRONT_MATTER } from '../helpers/build-check.js';
import { cliBuild, errorsIn, HOSTILE_TIMEOUT, type CliBuild } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);

/** Nine levels of nine aliases each: 9^9 strings if expanded. */
const BILLION_LAUGHS = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(',')}]`)].join('\n');

/** A valid rule file (one rule) with `extra` appended at the top level. */
const RULE_FILE = [
  'rules:', '  - id: test-rule', '    severity: warning', '    stages: [trimester-2, trimester-3]', '    patterns:',
  "      - '\\bhot\\s+tubs?\\b'", '    message: Hot tubs raise core temperature; remove the advice.',
  '    rationale: A hot tub raises core temperature within minutes.', '    citation: ACOG Committee Opinion 804 (2020)',
  '    examples:', '      trigger:', '        - text: Relax in a hot tub.', '        - text: A hot tub eases back pain.',
  '      pass:', '        - text: Avoid hot tubs.', '        - text: A warm bath is fine.', '',
].join('\n');

function expectError(run: CliBuild, expected: Record<string, unknown>): void {
  expect(run.code).toBe(1);
  expect(errorsIn(run)).toContainEqual(expect.objectContaining(expected));
  expect(run.outputs.size).toBe(0);
  for (const error of errorsIn(run)) expect(error.line ?? 0).toBeGreaterThanOrEqual(1);
}

const doc = (frontMatter: string): string => withFrontMatter(frontMatter);

describe('front matter', () => {
  it('a billion-laughs alias bomb is refused (too many aliases) at the front matter\'s first line', async () => {
    const run = await cliBuild({ 'a.md': doc(`${GOOD_FRONT_MATTER}\n${BILLION_LAUGHS}`) });
    expectError(run, { file: 'a.md', line: 2, ruleId: 'front-matter', message: expect.stringMatching(/too many YAML aliases/) });
  }, HOSTILE_TIMEOUT);

  it('a deep anchor chain (40 anchors, each aliasing the previous twice) is refused', async () => {
    const chain = ['c0: &c0 x', ...Array.from({ length: 40 }, (_, i) => `c${i + 1}: &c${i + 1} [*c${i}, *c${i}]`)].join('\n');
    const run = await cliBuild({ 'a.md': doc(`${GOOD_FRONT_MATTER}\n${chain}`) });
    expectError(run, { file: 'a.md', ruleId: 'front-matter', message: expect.stringMatching(/alias/i) });
  }, HOSTILE_TIMEOUT);

  it('flow sequences nested 40,000 deep are an invalid-YAML error, not a crash', async () => {
    const run = await cliBuild({ 'a.md': doc(`${GOOD_FRONT_MATTER}\nnotes: ${'['.repeat(40_000)}${']'.repeat(40_000)}`) });
    expectError(run, { file: 'a.md', line: 5, ruleId: 'front-matter', message: expect.stringMatching(/^Invalid YAML in front matter/) });
  }, HOSTILE_TIMEOUT);

  it('front matter over 100,000 characters is refused at its first line', async () => {
    const run = await cliBuild({ 'a.md': doc(`${GOOD_FRONT_MATTER}\nnotes: "${'x '.repeat(30_000)}"\nlicense: "${'y '.repeat(30_000)}"`) });
    expectError(run, { file: 'a.md', line: 2, ruleId: 'front-matter', message: expect.stringMatching(/expected at most 100000/) });
  }, HOSTILE_TIMEOUT);

  it('a self-referencing alias in a string field is a type error (a list, expected a string)', async () => {
    const run = await cliBuild({ 'a.md': doc(`${GOOD_FRONT_MATTER}\nnotes: &n [*n]`) });
    expectError(run, { file: 'a.md', line: 5, ruleId: 'front-matter', message: expect.stringContaining('`notes` is a list, expected a string') });
  }, HOSTILE_TIMEOUT);

  // BUG: src/validate/schema-registry.ts:79 (`shown`) calls JSON.stringify on ajv's `error.data`.
  // A cyclic alias in an enum-checked field (`audience`, `stages`) makes that value cyclic, so
  // compile() throws "TypeError: Converting circular structure to JSON" (CLI: internal error, exit 2)
  // instead of reporting a front-matter error at 4:11. Expected: a front-matter diagnostic.
  it('a cyclic alias in `audience` is a front-matter error, not a thrown TypeError', async () => {
    const result = await compile({
      contentDir: 'content', rules: [],
      documents: [{ path: 'content/a.md', bytes: new TextEncoder().encode(doc('title: x\nlanguage: en\naudience: &a [pregnancy, *a]')) }],
      datasetConfig: { path: 'content/dataset.yaml', bytes: new TextEncoder().encode(VALID_DATASET_YAML) },
    });
    expect(result.ok).toBe(false);
    expect(result.files.flatMap((f) => f.messages.map((m) => m.ruleId))).toContain('front-matter');
  }, HOSTILE_TIMEOUT);

  it('duplicate keys are a front-matter error at the repeated key', async () => {
    const run = await cliBuild({ 'a.md': doc('title: a\nlanguage: en\naudience: [pregnancy]\nlanguage: ru') });
    expectError(run, { file: 'a.md', line: 5, column: 1, ruleId: 'front-matter', message: expect.stringMatching(/unique/) });
  }, HOSTILE_TIMEOUT);

  it('numbers, booleans and null where strings belong are each reported at their value', async () => {
    const run = await cliBuild({ 'a.md': doc('title: 12\nlanguage: 42\naudience: [true]\nnotes: null') });
    expectError(run, { file: 'a.md', line: 2, column: 8, message: expect.stringContaining('`title` is a number, expected a string') });
    expect(errorsIn(run)).toContainEqual(expect.objectContaining({ line: 3, column: 11, message: expect.stringContaining('`language` is a number') }));
    expect(errorsIn(run)).toContainEqual(expect.objectContaining({ line: 4, column: 12, message: expect.stringContaining('is a boolean') }));
    expect(errorsIn(run)).toContainEqual(expect.objectContaining({ line: 5, column: 8, message: expect.stringContaining('`notes` is empty, expected a string') }));
  }, HOSTILE_TIMEOUT);

  it('a !!binary tag where a string belongs is a type error at its line', async () => {
    const run = await cliBuild({ 'a.md': doc('title: !!binary aGVsbG8=\nlanguage: en\naudience: [pregnancy]') });
    expectError(run, { file: 'a.md', line: 2, ruleId: 'front-matter', message: expect.stringContaining('`title` is a mapping') });
  }, HOSTILE_TIMEOUT);

  it('an unknown tag (!!js/function) is never evaluated: its text is kept as a plain string', async () => {
    // yaml only warns about an unresolved tag, and front matter ignores YAML warnings (recorded).
    const run = await cliBuild({ 'a.md': doc('title: !!js/function "function () { process.exit(9) }"\nlanguage: en\naudience: [pregnancy]') });
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.outputs.get('json/exercises.json')!.toString('utf8')) as { sources: Array<{ title: string }> };
    expect(dataset.sources[0]?.title).toBe('function () { process.exit(9) }');
  }, HOSTILE_TIMEOUT);

  it('a merge key (<<) is an unexpected key, not a merge', async () => {
    const run = await cliBuild({ 'a.md': doc(`${GOOD_FRONT_MATTER}\nsource: &s {name: NHS}\n<<: *s`) });
    expectError(run, { file: 'a.md', line: 6, ruleId: 'front-matter', message: expect.stringContaining('unexpected key `<<`') });
  }, HOSTILE_TIMEOUT);
});

describe('dataset.yaml and rule files', () => {
  it('a billion-laughs bomb in dataset.yaml is a dataset-config error', async () => {
    const run = await cliBuild({ 'a.md': doc(GOOD_FRONT_MATTER), 'dataset.yaml': `${VALID_DATASET_YAML}${BILLION_LAUGHS}\n` });
    expectError(run, { file: 'dataset.yaml', line: 1, ruleId: 'dataset-config', message: expect.stringMatching(/too many YAML aliases/) });
  }, HOSTILE_TIMEOUT);

  it('duplicate keys in dataset.yaml are reported at the repeated key', async () => {
    const run = await cliBuild({ 'a.md': doc(GOOD_FRONT_MATTER), 'dataset.yaml': `${VALID_DATASET_YAML}version: 2.0.0\n` });
    expectError(run, { file: 'dataset.yaml', line: 5, ruleId: 'dataset-config', message: expect.stringMatching(/unique/) });
  }, HOSTILE_TIMEOUT);

  it('a billion-laughs bomb in a rule file is a rule-file/yaml-syntax error', async () => {
    const run = await cliBuild({ 'a.md': doc(GOOD_FRONT_MATTER), 'rules/x.yaml': `${RULE_FILE}${BILLION_LAUGHS}\n` });
    expectError(run, { file: 'rules/x.yaml', line: 1, ruleId: 'rule-file/yaml-syntax', message: expect.stringMatching(/alias/i) });
  }, HOSTILE_TIMEOUT);

  // BUG: src/safety/rule-file.ts:69 (describe, case 'enum') calls JSON.stringify on the value; a
  // cyclic alias in `severity` makes loadRules() throw "Converting circular structure to JSON",
  // although readRuleFile is documented "Never throws". Expected: a rule-file/schema diagnostic at 3:15.
  it('a cyclic alias in a rule\'s severity is a schema diagnostic, not a thrown TypeError', () => {
    const { diagnostics } = loadRules([{ path: 'rules/x.yaml', text: RULE_FILE.replace('severity: warning', 'severity: &s [*s]') }]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ line: 3, code: 'schema' }));
  }, HOSTILE_TIMEOUT);
});
