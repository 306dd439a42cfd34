// The table of writers, run in order (the data package last, since it lists the files before
// it). A new output is one file and one line here.
import { dataPackageWriter } from './datapackage.js';
import { jsonDatasetWriter, schemasWriter } from './json-dataset.js';
import { publishedDatasetWriter } from './published-dataset.js';
import { markdownWriter } from './markdown/markdown-writer.js';
import { pdfWriter } from './pdf/pdf-writer.js';
import { reportWriter } from './report-json.js';
import { smsTipsWriter } from '../sms/sms-writer.js';
import { smsScheduleWriter } from '../sms/schedule-writer.js';
import { rapidProWriter } from '../sms/rapidpro-writer.js';
import type { Writer } from './writer.js';

export const WRITERS: readonly Writer[] = [
  jsonDatasetWriter,
  publishedDatasetWriter,
  schemasWriter,
  reportWriter,
  pdfWriter,
  markdownWriter,
  smsTipsWriter,
  smsScheduleWriter,
  rapidProWriter,
  dataPackageWriter,
];

/** Output group names a user can pick with `--outputs`. */
export function outputNames(): string[] {
  return [...new Set(WRITERS.map((writer) => writer.output))];
}
