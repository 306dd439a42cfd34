// dist/report.json: every flag, duplicate, boilerplate block, withheld record and stale
// directive with its place — what a reviewer acts on.
import { jsonChunks } from './json-bytes.js';
import type { Writer } from './writer.js';

export const reportWriter: Writer = {
  output: 'json',
  name: 'report',
  write(dataset, context) {
    return [{ path: 'report.json', data: jsonChunks({ dataset: dataset.dataset, ...context.report }) }];
  },
};
