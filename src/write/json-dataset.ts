// dist/json/exercises.json (the whole dataset) and dist/json/exercises.jsonl (one record a line).
import { jsonChunks } from './json-bytes.js';
import { jsonText, type Writer } from './writer.js';

export const jsonDatasetWriter: Writer = {
  output: 'json',
  name: 'json-dataset',
  write(dataset) {
    return [
      { path: 'json/exercises.json', data: jsonChunks(dataset) },
      { path: 'json/exercises.jsonl', data: jsonLines([...dataset.exercises, ...dataset.advice]) },
    ];
  },
};

/** One JSON text a line, each line ending in a newline, in pieces of about 1 MB. */
export function jsonLines(records: readonly unknown[]): Buffer[] {
  const pieces: Buffer[] = [];
  let lines: string[] = [];
  let size = 0;
  for (const record of records) {
    const line = JSON.stringify(record);
    lines.push(line);
    size += line.length;
    if (size >= 1 << 20) {
      pieces.push(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) pieces.push(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
  return pieces;
}

export const schemasWriter: Writer = {
  output: 'json',
  name: 'schemas',
  write(_dataset, context) {
    return [...context.schemas.entries()]
      .filter(([name]) => name !== 'rule.schema.json')
      .map(([name, schema]) => ({ path: `json/schemas/${name}`, data: jsonText(schema) }));
  },
};
