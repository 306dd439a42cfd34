/**
 * The SMS writer: dist/sms/tips.txt, tips.csv and tips.json from the
 * published records. Output group `sms`.
 *
 * @module
 */
import type { Writer, WriterContext } from '../write/writer.js';
import { jsonChunks } from '../write/json-bytes.js';
import { utf8Pieces } from '../write/utf8-pieces.js';
import { tipsCsvLines, tipsJsonValue, tipsTxtLines } from './tip-serialize.js';
import { generateTips } from './tips.js';

/**
 * The writer context as the SMS writer reads it. `smsSegments` (the
 * `--sms-segments N` flag, 1 to 10) allows tips of up to N numbered parts of
 * 153 septets; absent means 1, every tip one 160-septet GSM-7 message.
 */
export type SmsWriterContext = WriterContext;

/**
 * The most parts a tip may take: the `--sms-segments` option, else
 * `sms.segments` of dataset.yaml, else undefined (one segment).
 */
export function smsSegmentsOf(context: WriterContext): number | undefined {
  return context.options?.smsSegments ?? context.config?.sms?.segments;
}

/**
 * Writes the tips, the report of untipped exercises, UCS-2 rejections and
 * content gaps. Throws a RangeError for a segment option outside 1 to 10.
 */
export const smsTipsWriter: Writer = {
  output: 'sms',
  name: 'sms-tips',
  write(dataset, context) {
    const segments = smsSegmentsOf(context);
    const set = generateTips(dataset, segments === undefined ? {} : { segments });
    // Each file made piece by piece as it is written (tipsTxt, tipsCsv and tipsJson give the same text whole).
    return [
      { path: 'sms/tips.txt', data: utf8Pieces(tipsTxtLines(set)) },
      { path: 'sms/tips.csv', data: utf8Pieces(tipsCsvLines(set)) },
      { path: 'sms/tips.json', data: jsonChunks(tipsJsonValue(set)) },
    ];
  },
};
