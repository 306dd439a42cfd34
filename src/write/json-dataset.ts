// dist/json/exercises.json (the whole dataset) and dist/json/exercises.jsonl (one record a line).
import { jsonBytes } from './json-bytes.js';
import { jsonText, type Writer } from './writer.js';

export const jsonDatasetWriter: Writer = {
  output: 'json',
  name: 'json-dataset',
  write(dataset) {
    const lines = [...dataset.exercises, ...dataset.advice].map((record) => JSON.stringify(record));
    return [
      { path: 'json/exercises.json', data: jsonBytes(dataset) },
      { path: 'json/exercises.jsonl', data: lines.length > 0 ? `${lines.join('\n')}\n` : '' },
    ];
  },
};

export const schemasWriter: Writer = {
  output: 'json',
  name: 'schemas',
  write(_dataset, context) {
    return [...context.schemas.entries()]
      .filter(([name]) => name !== 'rule.schema.json')
      .map(([name, schema]) => ({ path: `json/schemas/${name}`, data: jsonText(schema) }));
  },
};
