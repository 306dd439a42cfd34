// dist/json/published.json: the dataset with its published records only, for an app that shows
// records as they are. A withheld record (text in another language, an unresolved error flag)
// is left out; the whole dataset, withheld records and their reasons included, stays in
// exercises.json for reviewers. Same shape and schema as exercises.json.
import { jsonChunks } from './json-bytes.js';
import { publishedAdvice, publishedExercises } from './published.js';
import type { Writer } from './writer.js';

export const publishedDatasetWriter: Writer = {
  output: 'json',
  name: 'published-dataset',
  write(dataset) {
    const published = { ...dataset, exercises: publishedExercises(dataset), advice: publishedAdvice(dataset) };
    return [{ path: 'json/published.json', data: jsonChunks(published) }];
  },
};
