// Reading and writing one text field of a record by its path (`steps/1`, `startingPosition`,
// `text`, `items/2`…): the places a revision may change. Pure but for the record it is given.
import type { GuidanceRecord } from '../model/types.js';

const LISTS = new Set(['steps', 'cues', 'cautions', 'benefits', 'aliases', 'items']);

/** Every text field path of a record, in reading order. */
export function textFields(record: GuidanceRecord): string[] {
  const out: string[] = [];
  if (record.kind === 'exercise') {
    out.push('name');
    if (record.startingPosition) out.push('startingPosition');
    record.steps.forEach((_, i) => out.push(`steps/${i}`));
    if (record.dosage?.text) out.push('dosage');
    for (const list of ['cues', 'cautions', 'benefits', 'aliases'] as const) record[list].forEach((_, i) => out.push(`${list}/${i}`));
  } else {
    if (record.heading) out.push('heading');
    if (record.text) out.push('text');
    record.items?.forEach((_, i) => out.push(`items/${i}`));
  }
  return out;
}

export function getField(record: GuidanceRecord, field: string): string | undefined {
  const [name, index] = field.split('/');
  const value = (record as unknown as Record<string, unknown>)[name!];
  if (name === 'dosage') return record.kind === 'exercise' ? record.dosage?.text : undefined;
  if (index !== undefined) return LISTS.has(name!) && Array.isArray(value) && typeof value[Number(index)] === 'string' ? value[Number(index)] as string : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Sets a field that exists (getField gave text for it). */
export function setField(record: GuidanceRecord, field: string, text: string): void {
  const [name, index] = field.split('/');
  if (name === 'dosage' && record.kind === 'exercise' && record.dosage) {
    record.dosage.text = text;
    return;
  }
  const target = record as unknown as Record<string, unknown>;
  if (index !== undefined) (target[name!] as string[])[Number(index)] = text;
  else target[name!] = text;
}
