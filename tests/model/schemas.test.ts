// The JSON Schemas are the contract: they accept what the pipeline writes, reject bad items in
// arrays (not just the first), and the TypeScript types generated from them are up to date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes } from '../../scripts/schema-types-lib.mjs';
import { validatorFor } from '../../src/validate/schema-registry.js';
import { compileRealContent, ROOT } from '../helpers/real-content.js';

async function validDataset() {
  const result = await compileRealContent();
  return structuredClone(result.dataset!);
}

describe('schemas', () => {
  it('accept the dataset built from content/', async () => {
    const validate = validatorFor('dataset');
    expect(validate(await validDataset()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reject a bad exercise anywhere in the array, not only the first', async () => {
    const dataset = await validDataset();
    const last = dataset.exercises[dataset.exercises.length - 1]!;
    (last as unknown as Record<string, unknown>).position = 'upside-down';
    const validate = validatorFor('dataset');
    expect(validate(dataset)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe(`/exercises/${dataset.exercises.length - 1}/position`);
  });

  it('reject a bad step deep inside an array', async () => {
    const dataset = await validDataset();
    dataset.exercises[3]!.steps.push('' as string);
    const validate = validatorFor('dataset');
    expect(validate(dataset)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === `/exercises/3/steps/${dataset.exercises[3]!.steps.length - 1}`)).toBe(true);
  });

  it('reject unknown keys, bad stages, bad ranges and advice without text or items', async () => {
    const validate = validatorFor('dataset');
    const cases: Array<(d: Awaited<ReturnType<typeof validDataset>>) => void> = [
      (d) => { (d.exercises[1] as unknown as Record<string, unknown>).colour = 'red'; },
      (d) => { (d.exercises[2]!.stages as string[]).push('trimester-4'); },
      (d) => { d.exercises[0]!.dosage = { text: 'x', repetitions: { min: -1, max: 2 } }; },
      (d) => { const a = d.advice[5]!; delete a.text; delete a.items; },
      (d) => { d.advice[7]!.items = []; },
      (d) => { d.exercises[4]!.id = 'Not A Slug'; },
      (d) => { d.exercises[4]!.stages = []; },
    ];
    for (const mutate of cases) {
      const dataset = await validDataset();
      mutate(dataset);
      expect(validate(dataset), mutate.toString()).toBe(false);
    }
  });

  it('front matter: rejects unknown keys and audiences, accepts the documented keys', () => {
    const validate = validatorFor('front-matter');
    expect(validate({ title: 'T', language: 'en', audience: ['pregnancy'] })).toBe(true);
    expect(validate({ title: 'T', language: 'en-GB', audience: ['postpartum'], stages: ['postpartum'], id: 'a-b', source: { name: 'n', url: 'https://e.org/x', retrieved: '2026-01-01' }, license: 'x', notes: 'y' })).toBe(true);
    expect(validate({ title: 'T', language: 'en', audience: ['toddlers'] })).toBe(false);
    expect(validate({ title: 'T', language: 'en', audience: ['pregnancy'], titel: 'x' })).toBe(false);
    expect(validate({ title: 'T', language: 'english!', audience: ['pregnancy'] })).toBe(false);
    expect(validate({ title: 'T', language: 'en', audience: [] })).toBe(false);
  });

  it('generated TypeScript types match the schemas (run `npm run gen:types` when this fails)', async () => {
    const generated = await generateSchemaTypes(ROOT);
    expect(readFileSync(`${ROOT}src/model/schema-types.ts`, 'utf8')).toBe(generated);
  });
});
