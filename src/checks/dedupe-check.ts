// Repeats removed once: exact and near-duplicate headings, paragraphs, list items and sentences,
// within and across documents. The earliest copy in reading order is kept; every dropped copy is
// reported with both places and the similarity.
import { findDuplicates, type DedupeKind, type DedupeOptions, type DedupeStats, type DedupeUnit } from '../dedupe/index.js';
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

/** How dropping a unit changes its record. */
/** A sentence that opens by pointing back at the one before it. */
const ANAPHORIC = /^(?:this|these|that|those|it|they|such)\b(?!\s+(?:exercise|stretch|pose|position|movement)s?\b)/i;

type Drops = 'record' | 'text-or-record' | 'item' | 'sentence' | 'nothing';

/**
 * A text compared for repeats. A large build has hundreds of thousands (10,000 documents: 354 k,
 * nearly all repeats), so a unit is one flat object, its order and place as numbers and
 * references; its report place is made only when it is part of a pair.
 */
class Unit implements DedupeUnit {
  /** Its place in the report, made once, when it is first paired. */
  place: PlaceRef | undefined = undefined;
  /** Its position in its run (reading order), as a number and as its id: set by `run`, for the duplicate search. */
  order = 0;
  id = '';

  constructor(
    readonly kind: DedupeKind,
    readonly unit: DuplicateEntry['unit'],
    readonly text: string,
    /** Reading order: the document's index, then line, column and the part's index in its record. */
    readonly doc: number,
    readonly line: number,
    readonly column: number,
    readonly part: number,
    /** Where it is reported, and the text shown there (an exercise's name for a whole exercise). */
    readonly at: Point,
    readonly shown: string,
    /** The record dropped or trimmed with it (none for headings and boilerplate), and how. */
    readonly record: Exercise | Advice | undefined,
    readonly drops: Drops,
  ) {}
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

  const droppedSentences = new Map<Advice, Set<number>>();
  const drop = (unit: Unit): void => {
    const record = unit.record;
    if (!record || unit.drops === 'nothing') return;
    if (unit.drops === 'record') dropped.add(record);
    else if (unit.drops === 'text-or-record') {
      if ((record as Advice).items?.length) delete (record as Advice).text;
      else dropped.add(record);
    } else {
      const byRecord = unit.drops === 'item' ? droppedItems : droppedSentences;
      const set = byRecord.get(record as Advice) ?? new Set<number>();
      set.add(unit.part);
      byRecord.set(record as Advice, set);
    }
  };

  // Pass 1: headings, paragraphs, list items, whole exercises and boilerplate blocks.
  const units: Unit[] = [];
  documents.forEach((doc, d) => {
    for (const { text, start } of doc.headings) {
      if (text) units.push(new Unit('heading', 'heading', text, d, start.line, 0, 0, start, text, undefined, 'nothing'));
    }
    for (const e of doc.exercises) {
      const text = [e.name, e.startingPosition ?? '', ...e.steps].join(' ');
      const at = e.source.positions.name ?? { line: e.source.lines.start, column: 1 };
      units.push(new Unit('paragraph', 'exercise', text, d, e.source.lines.start, 0, 0, at, e.name, e, 'record'));
    }
    for (const a of doc.advice) {
      const start = a.source.positions.text ?? { line: a.source.lines.start, column: 1 };
      if (a.text) units.push(new Unit('paragraph', 'paragraph', a.text, d, start.line, start.column, 0, start, a.text, a, 'text-or-record'));
      a.items?.forEach((item, i) => {
        const p = a.source.positions[`items/${i}`] ?? start;
        units.push(new Unit('item', 'item', item, d, p.line, p.column, i, p, item, a, 'item'));
      });
    }
    for (const b of doc.boilerplate) {
      const text = [b.text, ...b.items].join(' ').trim();
      if (text) units.push(new Unit('paragraph', 'boilerplate', text, d, b.start.line, b.start.column, 0, b.start, text, undefined, 'nothing'));
    }
  });
  // Whole exercises are compared on their own and strictly: two different exercises told in
  // similar words (both "sit on the floor, pillow under the knees…") are not one exercise.
  // Whole blocks only when they are alike as a whole (Jaccard); a block that contains a repeat
  // plus something new is kept here, and the repeated sentence is caught in pass 2.
  const pairs = { out: duplicates, drop, placeOf: (unit: Unit): PlaceRef => (unit.place ??= placeRef(documents[unit.doc]!, unit)) };
  stats.push(run(units.filter((u) => u.unit !== 'exercise'), pairs, WHOLE));
  stats.push(run(units.filter((u) => u.unit === 'exercise'), pairs, STRICT));
  for (const [advice, indexes] of droppedItems) removeItems(advice, indexes, dropped);
  for (const doc of documents) {
    doc.exercises.splice(0, doc.exercises.length, ...doc.exercises.filter((e) => !dropped.has(e)));
    doc.advice.splice(0, doc.advice.length, ...doc.advice.filter((a) => !dropped.has(a)));
  }

  // Pass 2: sentences of advice paragraphs, for the same idea told again in other words.
  const sentenceUnits: Unit[] = [];
  documents.forEach((doc, d) => {
    for (const a of doc.advice) {
      if (!a.text) continue;
      const start = a.source.positions.text ?? { line: a.source.lines.start, column: 1 };
      splitSentences(a.text).forEach((sentence, i) => {
        const point = i === 0 ? start : locate(doc.index, sentence.text, start);
        sentenceUnits.push(new Unit('sentence', 'sentence', sentence.text, d, point.line, point.column, i, point, sentence.text, a, 'sentence'));
      });
    }
  });
  stats.push(run(sentenceUnits, pairs));
  for (const doc of documents) {
    for (const advice of doc.advice) {
      const indexes = droppedSentences.get(advice);
      if (!indexes) continue;
      const sentences = splitSentences(advice.text!);
      // "This, along with…" right after a dropped sentence points at it: it goes with it.
      for (let i = 1; i < sentences.length; i += 1) {
        if (indexes.has(i - 1) && ANAPHORIC.test(sentences[i]!.text)) indexes.add(i);
      }
      const kept = sentences.filter((_, i) => !indexes.has(i));
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

/** Where the pairs of a run go: the report's entries, and what dropping a unit does. */
interface PairSink {
  out: DuplicateEntry[];
  drop(unit: Unit): void;
  placeOf(unit: Unit): PlaceRef;
}

function placeRef(doc: DedupeDocument, unit: Unit): PlaceRef {
  return { document: doc.id, file: doc.file, line: unit.at.line, column: unit.at.column, text: unit.shown, ...(unit.record ? { record: unit.record.id } : {}) };
}

function run(units: Unit[], sink: PairSink, options?: DedupeOptions): DedupeStats {
  units.sort((a, b) => a.doc - b.doc || a.line - b.line || a.column - b.column || a.part - b.part);
  // A unit's id is its position: orders are distinct, so ids never decide the order. The units
  // are given as they are (no copy each: 354,000 of them at 10,000 documents).
  units.forEach((unit, order) => {
    unit.order = order;
    unit.id = String(order);
  });
  const result = findDuplicates(units, options);
  for (const pair of result.pairs) {
    const kept = units[Number(pair.kept)]!;
    const dropped = units[Number(pair.dropped)]!;
    sink.drop(dropped);
    sink.out.push({ unit: dropped.unit, method: pair.method, similarity: Math.round(pair.similarity * 1000) / 1000, kept: sink.placeOf(kept), dropped: sink.placeOf(dropped) });
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
