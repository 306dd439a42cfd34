// ajv validates the whole dataset before anything is written. Every problem is reported at once,
// at the content file, line and column of the field it concerns.
import type { VFile } from 'vfile';
import type { Dataset, Point, RecordSource } from '../model/types.js';
import { report } from '../report/diagnostics.js';
import { describeError, validatorFor } from './schema-registry.js';

/** Returns true when the dataset is valid; otherwise reports every error on the owning file. */
export function validateDataset(dataset: Dataset, fileFor: (path: string) => VFile): boolean {
  const validate = validatorFor('dataset');
  if (validate(dataset as unknown)) return true;
  for (const error of validate.errors ?? []) {
    const { path, message } = describeError(error);
    const [collection, index, ...field] = path;
    const record = (collection === 'exercises' || collection === 'advice') && typeof index === 'number'
      ? dataset[collection][index]
      : undefined;
    const source = record?.source as RecordSource | undefined;
    const file = fileFor(source?.file ?? 'dataset');
    report(file, `Record ${record?.id ?? `at ${path.join('.')}`}: ${message}`, {
      ruleId: 'schema',
      severity: 'error',
      place: source ? placeOfField(source, field) : { line: 1, column: 1 },
      note: 'The content produced a record that breaks the dataset contract (schemas/); fix the text at this place.',
    });
  }
  return false;
}

/** The place of a field path such as ['steps', 2] in a record, falling back to the record's start. */
export function placeOfField(source: RecordSource, field: ReadonlyArray<string | number>): Point {
  for (let depth = field.length; depth > 0; depth -= 1) {
    const key = field.slice(0, depth).join('/');
    const point = source.positions[key];
    if (point) return point;
  }
  return { line: source.lines.start, column: 1 };
}
