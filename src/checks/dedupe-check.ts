// Repeats removed once: exact and near-duplicate headings, paragraphs, list items and sentences,
// within and across documents. The earliest copy in reading order is kept; every dropped copy is
// reported with both places and the similarity.
import { findDuplicates, type DedupeKind, type DedupeOptions, type DedupeStats } from '../dedupe/index.js';
import { splitSentences } from '../language/split-sentences.js';
import type { Advice, Exercise, Point } from '../model/types.js';
import type { BoilerplateBlock } from '../normalize/boilerplate.js';
import { locate, type LineIndex } from './record-text.js';

export interface PlaceRef {
  document: string;
  file: string;
  line: number;
  column: number;
  text: string;
  record?: string;
}

export interface DuplicateEntry {
  unit: 'heading' | 'paragraph' | 'item' | 'sentence' | 'exercise' | 'boilerplate';
  method: 'exact' | 'near';
  similarity: number;
  kept: PlaceRef;
  dropped: PlaceRef;
}

export interface DedupeDocument {
  id: string;
  file: string;
  /** Top-level headings: their text (inline markup removed) and where they start. */
  headings: ReadonlyArray<{ text: string; start: Point }>;
  index: LineIndex;
  exercises: Exercise[];
  advice: Advice[];
  boilerplate: BoilerplateBlock[];
}

interface Unit {
  kind: DedupeKind;
  unit: DuplicateEntry['unit'];
  text: string;
  place: PlaceRef;
  sort: [number, number, number, number];
  drop(): void;
}

export interface DedupeOutcome {
  duplicates: DuplicateEntry[];
  stats: DedupeStats[];
}

/** Finds and removes repeats; mutates the documents' records (dropped ones are filtered out). */
export function dedupe(documents: readonly DedupeDocument[]): DedupeOutcome {
  const duplicates: DuplicateEntry[] = [];
  const stats: DedupeStats[] = [];
  const dropped = new Set<object>();
  const droppedItems = new Map<Advice, Set<number>>();

  // Pass 1: headings, paragraphs, list items, whole exercises and boilerplate blocks.
  const units: Unit[] = [];
  documents.forEach((doc, d) => {
    const at = (point: Point, text: string, record?: string): PlaceRef => ({ document: doc.id, file: doc.file, line: point.line, column: point.column, text, ...(record ? { record } : {}) });
    for (const { text, start } of doc.headings) {
      if (text) units.push({ kind: 'heading', unit: 'heading', text, place: at(start, text), sort: [d, start.line, 0, 0], drop: () => undefined });
    }
    for (const e of doc.exercises) {
      const text = [e.name, e.startingPosition ?? '', ...e.steps].join(' ');
      units.push({ kind: 'paragraph', unit: 'exercise', text, place: at(e.source.positions.name ?? { line: e.source.lines.start, column: 1 }, e.name, e.id), sort: [d, e.source.lines.start, 0, 0], drop: () => dropped.add(e) });
    }
    for (const a of doc.advice) {
      const start = a.source.positions.text ?? { line: a.source.lines.start, column: 1 };
      if (a.text) units.push({ kind: 'paragraph', unit: 'paragraph', text: a.text, place: at(start, a.text, a.id), sort: [d, start.line, start.column, 0], drop: () => { if (a.items?.length) delete a.text; else dropped.add(a); } });
      a.items?.forEach((item, i) => {
        const p = a.source.positions[`items/${i}`] ?? start;
        units.push({ kind: 'item', unit: 'item', text: item, place: at(p, item, a.id), sort: [d, p.line, p.column, i], drop: () => { const set = droppedItems.get(a) ?? new Set(); set.add(i); droppedItems.set(a, set); } });
      });
    }
    doc.boilerplate.forEach((b, i) => {
      const text = [b.text, ...b.items].join(' ').trim();
      if (text) units.push({ kind: 'paragraph', unit: 'boilerplate', text, place: at(b.start, text), sort: [d, b.start.line, b.start.column, 0], drop: () => undefined });
    });
  });
  // Whole exercises are compared on their own and strictly: two different exercises told in
  // similar words (both "sit on the floor, pillow under the knees…") are not one exercise.
  // Whole blocks only when they are alike as a whole (Jaccard); a block that contains a repeat
  // plus something new is kept here, and the repeated sentence is caught in pass 2.
  stats.push(run(units.filter((u) => u.unit !== 'exercise'), duplicates, WHOLE));
  stats.push(run(units.filter((u) => u.unit === 'exercise'), duplicates, STRICT));
  for (const [advice, indexes] of droppedItems) removeItems(advice, indexes, dropped);
  for (const doc of documents) {
    doc.exercises.splice(0, doc.exercises.length, ...doc.exercises.filter((e) => !dropped.has(e)));
    doc.advice.splice(0, doc.advice.length, ...doc.advice.filter((a) => !dropped.has(a)));
  }

  // Pass 2: sentences of advice paragraphs, for the same idea told again in other words.
  const sentenceUnits: Unit[] = [];
  const droppedSentences = new Map<Advice, Set<number>>();
  documents.forEach((doc, d) => {
    for (const a of doc.advice) {
      if (!a.text) continue;
      const start = a.source.positions.text ?? { line: a.source.lines.start, column: 1 };
      splitSentences(a.text).forEach((sentence, i) => {
        const point = i === 0 ? start : locate(doc.index, sentence.text, start);
        sentenceUnits.push({
          kind: 'sentence', unit: 'sentence', text: sentence.text,
          place: { document: doc.id, file: doc.file, line: point.line, column: point.column, text: sentence.text, record: a.id },
          sort: [d, point.line, point.column, i],
          drop: () => { const set = droppedSentences.get(a) ?? new Set(); set.add(i); droppedSentences.set(a, set); },
        });
      });
    }
  });
  stats.push(run(sentenceUnits, duplicates));
  for (const doc of documents) {
    for (const advice of doc.advice) {
      const indexes = droppedSentences.get(advice);
      if (!indexes) continue;
      const kept = splitSentences(advice.text!).filter((_, i) => !indexes.has(i));
      if (kept.length === 0 && !advice.items?.length) dropped.add(advice);
      else if (kept.length === 0) delete advice.text;
      else {
        if (indexes.has(0)) advice.source.positions.text = locate(doc.index, kept[0]!.text, advice.source.positions.text ?? { line: advice.source.lines.start, column: 1 });
        advice.text = kept.map((s) => s.text).join(' ');
      }
    }
    doc.advice.splice(0, doc.advice.length, ...doc.advice.filter((a) => !dropped.has(a)));
  }
  return { duplicates, stats };
}

const WHOLE: DedupeOptions = { containmentThreshold: 1, containmentMinShared: Number.MAX_SAFE_INTEGER };
const STRICT: DedupeOptions = { jaccardThreshold: 0.9, containmentThreshold: 1, containmentMinShared: Number.MAX_SAFE_INTEGER };

function run(units: Unit[], out: DuplicateEntry[], options?: DedupeOptions): DedupeStats {
  units.sort((a, b) => a.sort[0] - b.sort[0] || a.sort[1] - b.sort[1] || a.sort[2] - b.sort[2] || a.sort[3] - b.sort[3]);
  // A unit's id is its position: orders are distinct, so ids never decide the order.
  const result = findDuplicates(units.map((unit, order) => ({ id: String(order), text: unit.text, kind: unit.kind, order })), options);
  for (const pair of result.pairs) {
    const kept = units[Number(pair.kept)]!;
    const dropped = units[Number(pair.dropped)]!;
    dropped.drop();
    out.push({ unit: dropped.unit, method: pair.method, similarity: Math.round(pair.similarity * 1000) / 1000, kept: kept.place, dropped: dropped.place });
  }
  return result.stats;
}

function removeItems(advice: Advice, indexes: ReadonlySet<number>, dropped: Set<object>): void {
  const items = advice.items ?? [];
  const keep = items.map((_, i) => i).filter((i) => !indexes.has(i));
  const positions = advice.source.positions;
  const moved = keep.map((i) => positions[`items/${i}`]);
  for (const key of Object.keys(positions)) if (key.startsWith('items/')) delete positions[key];
  keep.forEach((_, j) => { const p = moved[j]; if (p) positions[`items/${j}`] = p; });
  if (keep.length === 0) {
    delete advice.items;
    if (!advice.text) dropped.add(advice);
  } else {
    advice.items = keep.map((i) => items[i]!);
  }
}
