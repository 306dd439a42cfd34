// The validators compiled ahead of time (lib/validate/validators.cjs, ajv standalone) judge
// exactly as those compiled at run time: the same verdicts and the same errors, for valid and
// broken data of every schema; and they are used only when they are of the current schemas.
import { createRequire } from 'node:module';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatorsModule } from '../../src/validate/standalone.js';
import { loadSchemas, SCHEMA_NAMES, schemasFingerprint, validatorFor, type SchemaName } from '../../src/validate/schema-registry.js';
import { compileRealContent, ROOT } from '../helpers/real-content.js';

let written: string | undefined;
let compiled: { fingerprint: string; validators: Record<string, ValidateFunction> };

beforeAll(async () => {
  // The module requires ajv's runtime helpers, found from where it lies: inside the package.
  const dir = join(ROOT, 'node_modules', '.cache', `guidance-validators-${process.pid}`);
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'validators.cjs');
  await writeFile(file, validatorsModule());
  compiled = createRequire(import.meta.url)(file) as typeof compiled;
  written = dir;
}, 60_000);

afterAll(async () => {
  if (written) await rm(written, { recursive: true, force: true });
});

/** Verdict and errors of a validator on a copy of `data`. */
function judge(validate: ValidateFunction, data: unknown): { ok: boolean; errors: unknown } {
  const ok = validate(structuredClone(data));
  return { ok, errors: structuredClone(validate.errors ?? null) };
}

describe('validators compiled ahead of time', () => {
  it('exist for every schema and carry the fingerprint of schemas/', () => {
    expect(Object.keys(compiled.validators).sort()).toEqual([...SCHEMA_NAMES].sort());
    expect(compiled.fingerprint).toBe(schemasFingerprint(loadSchemas()));
  });

  it('are told apart from those of other schemas by their fingerprint', () => {
    const schemas = loadSchemas();
    const edited = new Map(schemas);
    edited.set('rule.schema.json', { ...schemas.get('rule.schema.json'), description: 'edited' });
    expect(schemasFingerprint(edited)).not.toBe(schemasFingerprint(schemas));
    // The package's own compiled module (written by `npm run compile`) is of the current schemas.
    const built = createRequire(import.meta.url)(join(ROOT, 'lib', 'validate', 'validators.cjs')) as typeof compiled;
    expect(built.fingerprint).toBe(schemasFingerprint(schemas));
  });

  it('give the verdicts and errors of run-time validators on valid and broken data', async () => {
    const dataset = structuredClone((await compileRealContent()).dataset!) as unknown as Record<string, any>;
    const broken = structuredClone(dataset);
    broken.exercises[0].position = 'upside-down';
    broken.exercises[1].colour = 'red';
    broken.exercises[2].steps.push('');
    delete broken.advice[0].text;
    broken.sources[0].language = 7;
    const samples: Array<[SchemaName, unknown]> = [
      ['dataset', dataset], ['dataset', broken], ['dataset', {}], ['dataset', []],
      ['exercise', dataset.exercises[0]], ['exercise', broken.exercises[0]],
      ['advice', dataset.advice[0]], ['advice', broken.advice[0]],
      ['front-matter', { title: 'Back care', language: 'en', audience: ['pregnancy'] }],
      ['front-matter', { title: '', language: 'english', audience: ['everyone'], colour: 1 }],
      ['dataset-config', { name: 'x', title: 'X', version: '1.0.0', date: '2026-01-01' }],
      ['dataset-config', { name: 'Not A Slug', version: 'one', date: 'soon' }],
      ['rule', { id: 'x', severity: 'warning', message: 'm', patterns: ['a'] }],
      ['rule', { id: 7, severity: 'loud', patterns: 'a' }],
      ['exercise-groups', { groups: [] }], ['exercise-groups', 'nothing'],
    ];
    for (const [name, data] of samples) {
      expect(judge(compiled.validators[name]!, data), `${name} ${JSON.stringify(data).slice(0, 80)}`).toEqual(judge(validatorFor(name), data));
    }
    // The broken samples really are broken (the comparison covers errors, not only passes).
    expect(judge(compiled.validators.dataset!, broken).ok).toBe(false);
    expect((judge(compiled.validators.dataset!, broken).errors as unknown[]).length).toBeGreaterThan(3);
  }, 60_000);
});
