// Property: for any generated content folder (1–3 hostile-ish documents), compile never throws;
// when it succeeds the dataset validates against the schemas and every record's lines and field
// positions lie inside its document; every error names a content file and a line ≥ 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types.js';
import { validatorFor } from '../../src/validate/schema-registry.js';
import { ruleFiles } from '../helpers/compile-text.js';
import { compileFolder, contentFolder, lineCount } from '../helpers/markdown-arb.js';

const RULES = ruleFiles();

function expectPositionsInside(dataset: Dataset, lines: ReadonlyMap<string, number>): void {
  for (const record of [...dataset.exercises, ...dataset.advice]) {
    const max = lines.get(record.source.file);
    expect(max, `record ${record.id} names an unknown file ${record.source.file}`).toBeDefined();
    const { start, end } = record.source.lines;
    expect(start >= 1 && start <= end && end <= max!, `record ${record.id}: lines ${start}–${end} of ${max}`).toBe(true);
    for (const [field, point] of Object.entries(record.source.positions)) {
      const { line, column } = point ?? { line: 0, column: 0 };
      expect(line >= 1 && line <= max! && column >= 1, `record ${record.id} ${field} at ${line}:${column} of ${max}`).toBe(true);
    }
    for (const flag of record.flags) {
      if (flag.line !== undefined) expect(flag.line >= 1 && flag.line <= max!, `flag ${flag.rule} of ${record.id} at line ${flag.line}`).toBe(true);
    }
  }
}

describe('compile over generated content', () => {
  it('never throws; ok ⇒ valid dataset with positions inside the documents; errors always placed', async () => {
    const validate = validatorFor('dataset');
    await fc.assert(fc.asyncProperty(contentFolder, async (documents) => {
      const result = await compileFolder(documents, RULES);
      const errors = result.files.flatMap((file) => file.messages.filter((m) => m.fatal === true).map((m) => ({ path: file.path, line: m.line, reason: m.reason })));
      if (result.ok) {
        expect(validate(result.dataset), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        // Records name their file inside the content folder.
        expectPositionsInside(result.dataset!, new Map(documents.map((d) => [d.path.replace(/^content\//, ''), lineCount(d.bytes)])));
        expect(result.outputs.length).toBeGreaterThan(0);
      } else {
        expect(errors.length).toBeGreaterThan(0);
        expect(result.outputs).toEqual([]);
      }
      for (const error of errors) {
        expect(error.path, error.reason).toMatch(/^content\/\S/);
        expect(error.line ?? 0, `${error.path}: ${error.reason}`).toBeGreaterThanOrEqual(1);
      }
    }), { numRuns: 150 });
  }, 60_000);
});
