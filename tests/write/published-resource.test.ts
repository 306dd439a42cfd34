// dist/json/published.json: only published records, valid against the dataset schema, and
// described in the data package beside the full dataset.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/validate/schema-registry.js';
import { compileDocuments, ruleFiles } from '../helpers/compile-text.js';

// One advice paragraph is fine; the other holds text in another language and is withheld.
const DOC = `---
title: Resting well
language: en
audience: [pregnancy]
---

# Resting well

## Sleep

Lying on your side with a pillow between the knees eases the lower back.

## Breaks

Short breaks through the day help the muscles of the back recover. Отдыхайте каждый час по несколько минут.
`;

describe('published.json', () => {
  it('holds the published records only, validates, and is a described resource of the data package', async () => {
    const result = await compileDocuments({ 'resting.md': DOC }, { rulesDir: 'content/rules' });
    expect(ruleFiles().length).toBeGreaterThan(0);
    expect(result.ok).toBe(true);
    const all = result.dataset!;
    const statuses = [...all.exercises, ...all.advice].map((r) => r.status);
    expect(statuses).toContain('withheld');
    expect(statuses).toContain('published');
    const output = (path: string) => result.outputs.find((o) => o.path === path)!;
    const bytes = Buffer.from(output('json/published.json').data);
    const published = JSON.parse(bytes.toString('utf8')) as typeof all;
    expect([...published.exercises, ...published.advice].map((r) => r.id))
      .toEqual([...all.exercises, ...all.advice].filter((r) => r.status === 'published').map((r) => r.id));
    expect(published.sources).toEqual(all.sources);
    const validate = validatorFor('dataset');
    expect(validate(published), JSON.stringify(validate.errors)).toBe(true);
    const pkg = JSON.parse(Buffer.from(output('json/datapackage.json').data).toString('utf8')) as { resources: Array<Record<string, unknown>> };
    const resource = pkg.resources.find((r) => r.name === 'published')!;
    expect(resource).toMatchObject({ path: 'published.json', jsonSchema: 'schemas/dataset.schema.json', bytes: bytes.length, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` });
    for (const r of pkg.resources) expect(typeof r.description === 'string' && r.description.length > 10, String(r.name)).toBe(true);
  });
});
