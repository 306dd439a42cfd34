// The reader-visible text of a record, field by field and sentence by sentence, each with the
// place in the content file where it starts: the units the checks work on.
import type { Advice, Exercise, GuidanceRecord, Point } from '../model/types.js';
import { splitSentences } from '../language/split-sentences.js';
import { sceneLeadEnd } from '../safety/scene-lead.js';

export interface FieldText {
  /** Field path, slash-separated: `steps/2`, `text`, `items/0`, `dosage`. */
  field: string;
  text: string;
  start: Point;
}

export interface SentenceText extends FieldText {
  /** Offset of the sentence inside its field's text. */
  offset: number;
}

export function recordFields(record: GuidanceRecord): FieldText[] {
  const out: FieldText[] = [];
  const positions = record.source.positions;
  const fallback: Point = { line: record.source.lines.start, column: 1 };
  const add = (field: string, text: string | undefined): void => {
    if (text) out.push({ field, text, start: positions[field] ?? fallback });
  };
  if (record.kind === 'exercise') {
    const e = record as Exercise;
    add('name', e.name);
    add('startingPosition', e.startingPosition);
    e.steps.forEach((step, i) => add(`steps/${i}`, step));
    add('dosage', e.dosage?.text);
    e.cues.forEach((cue, i) => add(`cues/${i}`, cue));
    e.cautions.forEach((caution, i) => add(`cautions/${i}`, caution));
    e.benefits.forEach((benefit, i) => add(`benefits/${i}`, benefit));
  } else {
    const a = record as Advice;
    add('text', a.text);
    a.items?.forEach((item, i) => add(`items/${i}`, item));
  }
  return out;
}

/** Line start offsets of a text, for turning points into offsets and back. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  offsetOf(point: Point): number {
    return (this.starts[point.line - 1] ?? this.text.length) + point.column - 1;
  }

  pointOf(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/**
 * Where a piece of cleaned text starts in the source: searched for near the field's start, its
 * words joined by any whitespace, so soft line breaks and indentation do not matter. Falls back
 * to `near` when it cannot be found (markup inside the text).
 */
export function locate(index: LineIndex, text: string, near: Point, within = 20_000): Point {
  const words = text.trim().split(/\s+/).slice(0, 6).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0 || !words[0]) return near;
  const from = Math.max(0, index.offsetOf(near) - 2);
  const pattern = new RegExp(words.join('\\s+(?:[>*-]\\s+)?'), 'u');
  // Markup and line breaks make the source a little longer than the cleaned text: allow for it.
  const window = index.text.slice(from, from + Math.min(20_000, within * 2 + 200));
  const match = pattern.exec(window);
  return match ? index.pointOf(from + match.index) : near;
}

/** The sentences of every field of a record, placed in the source. */
export function recordSentences(record: GuidanceRecord, index: LineIndex | undefined): SentenceText[] {
  const out: SentenceText[] = [];
  for (const field of recordFields(record)) {
    for (const sentence of withSceneLeads(field.text, splitSentences(field.text))) {
      const start = index && sentence.start > 0 ? locate(index, sentence.text, field.start, field.text.length) : field.start;
      out.push({ field: field.field, text: sentence.text, start, offset: sentence.start });
    }
  }
  return out;
}

/**
 * "Two weeks postpartum? Lace up and run.": a short scene-setting question is read with the
 * sentence it introduces (safety/scene-lead.ts), as one sentence of the field.
 */
function withSceneLeads(text: string, sentences: ReadonlyArray<{ text: string; start: number }>): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (let i = 0; i < sentences.length; i += 1) {
    const sentence = sentences[i]!;
    const next = sentences[i + 1];
    // Only a sentence ending in "?" or ":" can be a lead; most are not looked at further.
    if (next && /[?:]\s*$/.test(sentence.text) && sceneLeadEnd(`${sentence.text} ${next.text}`) === sentence.text.trimEnd().length - 1) {
      out.push({ text: text.slice(sentence.start, next.start + next.text.length), start: sentence.start });
      i += 1;
    } else out.push(sentence);
  }
  return out;
}
