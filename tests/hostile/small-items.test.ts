// Smaller holes: an `allow` directive without a reason, upper-case link schemes, settings files
// over the size bound, and the README's Limits table against the code.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseDirective } from '../../src/read/directives.js';
import { LIMITS } from '../../src/read/limits.js';
import { MAX_YAML_CHARS } from '../../src/read/yaml-data.js';
import { MAX_RULE_FILE_CHARS } from '../../src/safety/rule-file.js';
import { MAX_PATTERN_LENGTH } from '../../src/safety/regex-safety.js';
import { compileDocuments } from '../helpers/compile-text.js';
import { cleanupAll, VALID_DATASET_YAML, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { ROOT } from '../helpers/child-build.js';
import { cliBuild, errorsIn, HOSTILE_TIMEOUT } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);

const directive = (value: string): { directive: ReturnType<typeof parseDirective>; file: VFile } => {
  const file = new VFile({ path: 'a.md' });
  return { directive: parseDirective({ type: 'html', value, position: { start: { line: 3, column: 1 }, end: { line: 3, column: value.length + 1 } } }, file), file };
};

describe('allow directives', () => {
  it('`allow hot-environment` with no reason is an error, not rule `hot` with the reason "environment"', () => {
    const { directive: parsed, file } = directive('<!-- guidance: allow hot-environment -->');
    expect(parsed).toBeUndefined();
    expect(file.messages.map((m) => m.ruleId)).toEqual(['directive']);
  });

  it('a rule id with its reason is still read, whatever the dash', () => {
    for (const value of ['<!-- guidance: allow hot-environment — checked by the midwife -->', '<!-- guidance: allow hot-environment - checked by the midwife -->', '<!-- guidance: allow hot-environment: checked by the midwife -->']) {
      expect(directive(value).directive).toMatchObject({ kind: 'allow', rule: 'hot-environment', reason: 'checked by the midwife' });
    }
  });
});

describe('links', () => {
  it('an upper-case scheme (HTTPS://) is a link like any other, given in lower case', async () => {
    const doc = '---\ntitle: Links\nlanguage: en\naudience: [pregnancy]\n---\n\n# Links\n\nSee [the page on back pain](HTTPS://www.example.org/Back-Pain) for more advice.\n';
    const result = await compileDocuments({ 'a.md': doc });
    expect(result.files.flatMap((f) => f.messages).filter((m) => m.fatal === true)).toEqual([]);
    expect(JSON.stringify(result.dataset?.advice.flatMap((a) => a.links ?? []))).toContain('"url":"https://www.example.org/Back-Pain"');
  });
});

describe('settings and rule files over 2 MB', () => {
  const big = `${VALID_DATASET_YAML}${'# padding\n'.repeat(Math.ceil(LIMITS.documentBytes / 10) + 10)}`;
  it('dataset.yaml over 2 MB is too large, not of the wrong type', async () => {
    const run = await cliBuild({ 'dataset.yaml': big, 'a.md': VALID_DOCUMENT });
    expect(run.code).toBe(1);
    expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'dataset.yaml', ruleId: 'document-too-large', message: expect.stringMatching(/^File is 2\.0 MB, expected at most 2 MB$/) })]);
  }, HOSTILE_TIMEOUT);

  it('a rule file over 2 MB is too large', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT, 'rules/big.yaml': big });
    expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'rules/big.yaml', ruleId: 'document-too-large' })]);
  }, HOSTILE_TIMEOUT);
});

describe('README Limits', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const limits = readme.slice(readme.indexOf('## Limits'), readme.indexOf('\n## ', readme.indexOf('## Limits') + 5));
  const text = JSON.parse(readFileSync(`${ROOT}schemas/common.schema.json`, 'utf8')) as { $defs: Record<string, { maxLength?: number }> };
  const n = (value: number): string => value.toLocaleString('en');

  it('states the bounds the code uses', () => {
    for (const value of [LIMITS.lineChars, LIMITS.nestingDepth, LIMITS.listItems, LIMITS.bracketsPerBlock, LIMITS.openerScans, LIMITS.emphasisPairs, MAX_YAML_CHARS, MAX_RULE_FILE_CHARS, MAX_PATTERN_LENGTH]) {
      expect(limits, `README Limits names ${n(value)}`).toContain(n(value));
    }
    expect(limits).toContain(`${LIMITS.documentBytes / 1048576} MB`);
    const textMax = Object.values(text.$defs).map((d) => d.maxLength ?? 0).reduce((a, b) => Math.max(a, b), 0);
    expect(limits).toContain(`${n(textMax)} characters`);
  });

  it('says link URLs are in the JSON dataset (and only there)', () => {
    expect(limits).not.toMatch(/link targets are not copied into any output/);
    expect(limits).toMatch(/links.*JSON/is);
  });
});
