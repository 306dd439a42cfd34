// dist/json/exercises.json (the whole dataset) and dist/json/exercises.jsonl (one record a line).
import { jsonChunks, jsonLines } from './json-bytes.js';
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

export const schemasWriter: Writer = {
  output: 'json',
  name: 'schemas',
  write(_dataset, context) {
    return [...context.schemas.entries()]
      .filter(([name]) => name !== 'rule.schema.json')
      .map(([name, schema]) => ({ path: `json/schemas/${name}`, data: jsonText(schema) }));
  },
};
