// One exercise as a handout section: facts (stage, position, equipment, how much, starting
// position), caution boxes, numbered steps, what it should feel like, and the source's cautions.
// Only reader text (no error-flagged sentence) gets in. Pure.
import type { Exercise, Stage } from '../model/types.js';
import { sortStages } from '../model/types.js';
import { normalizeForComparison } from '../dedupe/index.js';
import { cautionsFor, type Locate } from './cautions.js';
import { dosageWords } from './dosage.js';
import { cleanText, fieldText, listItemText, own, slug, upperFirst } from './text.js';
import type { Block, Caution, FactKey, Facts, Section, Text } from './types.js';
import { LABELS, PLACE_NAMES, POSITION_NAMES, STAGE_NAMES } from './words.js';

/** Fields of an exercise the handout prints (a flag elsewhere, e.g. on benefits, gets no box). */
const SHOWN_FIELD = /^(?:name|aliases\/\d+|startingPosition|steps\/\d+|cues\/\d+|cautions\/\d+|dosage)$/;

type Row = Facts['rows'][number];

function row(key: FactKey, label: string, value: Text): Row {
  return { key, label: own(label, `label:${key}`), value };
}

type ListField = 'steps' | 'cues' | 'cautions';

/** A printed list item and the fields whose text it shows (a repeated item shows its twin's). */
interface Item {
  text: Text;
  fields: string[];
}

/** The list items of an array field, each without its flagged sentences, deduplicated. */
function items(exercise: Exercise, field: ListField): Item[] {
  const out: Item[] = [];
  const byKey = new Map<string, Item>();
  exercise[field].forEach((raw, i) => {
    const kept = fieldText(exercise, `${field}/${i}`, raw);
    if (!kept) return;
    const text = { ...kept, text: field === 'steps' ? upperFirst(kept.text) : listItemText(kept.text) };
    const key = normalizeForComparison(text.text);
    if (!key) return;
    const twin = byKey.get(key);
    if (twin) {
      twin.fields.push(`${field}/${i}`);
      return;
    }
    const item = { text, fields: [`${field}/${i}`] };
    byKey.set(key, item);
    out.push(item);
  });
  return out;
}

function stageText(stages: readonly Stage[]): string {
  const names = sortStages(stages).map((s) => STAGE_NAMES[s]);
  return upperFirst(names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
}

/** Longest alias printed as "Also called", in words: anything longer reads as a heading. */
const ALIAS_MAX_WORDS = 5;
/** An alias that names a purpose, not the exercise: a section heading the reader picked up as a name. */
const PURPOSE_HEADING = /^(?:exercises?|workouts?)\s+(?:to|for)\b/iu;

/**
 * True when an alias reads like a heading about a purpose ("Exercise to relieve backache for
 * pregnant women"), not another name for the exercise: the handout leaves it out of "Also
 * called" (the dataset keeps it).
 */
export function isHeadingLikeAlias(alias: string): boolean {
  const clean = cleanText(alias);
  return PURPOSE_HEADING.test(clean) || clean.split(' ').length > ALIAS_MAX_WORDS;
}

function factRows(exercise: Exercise, stages: readonly Stage[]): Row[] {
  const rows: Row[] = [];
  const aliases = exercise.aliases
    .map((alias, i) => fieldText(exercise, `aliases/${i}`, alias)?.text)
    .filter((a): a is string => a !== undefined && a !== exercise.name && !isHeadingLikeAlias(a));
  if (aliases.length > 0) rows.push(row('also-called', LABELS.alsoCalled, { text: [...new Set(aliases)].join(', '), source: exercise.id }));
  rows.push(row('stage', LABELS.stage, { text: stageText(stages), source: exercise.id }));
  const start = fieldText(exercise, 'startingPosition', exercise.startingPosition);
  if (exercise.position) {
    const position = exercise.position === 'mixed' && !start ? LABELS.varies : POSITION_NAMES[exercise.position];
    rows.push(row('position', LABELS.position, own(position, `position:${exercise.position}`)));
  }
  const equipment = exercise.equipment.map(cleanText).filter(Boolean);
  rows.push(row('equipment', LABELS.equipment, equipment.length > 0
    ? { text: upperFirst(equipment.join(', ')), source: exercise.id }
    : own(LABELS.noEquipment, 'equipment')));
  const howMuch = dosageWords(exercise.dosage);
  const dosage = howMuch ? { text: howMuch, source: exercise.id } : fieldText(exercise, 'dosage', exercise.dosage?.text);
  if (dosage) rows.push(row('how-much', LABELS.howMuch, dosage));
  if (exercise.avoidAfterWeek !== undefined) {
    rows.push(row('avoid-after', LABELS.avoidAfter, { text: `Week ${exercise.avoidAfterWeek} of pregnancy`, source: exercise.id }));
  }
  if (start) rows.push(row('start', LABELS.startingPosition, { ...start, text: upperFirst(start.text) }));
  return rows;
}

/** Where each list of an exercise goes, and how a caution box names one of its items. */
const LISTS: ReadonlyArray<{ field: ListField; ordered: boolean; title: keyof typeof LABELS; place: (n: number) => string }> = [
  { field: 'steps', ordered: true, title: 'steps', place: PLACE_NAMES.step },
  { field: 'cues', ordered: false, title: 'cues', place: () => PLACE_NAMES.cue },
  { field: 'cautions', ordered: false, title: 'cautions', place: () => PLACE_NAMES.caution },
];

/** The fact row that prints a field, and how a caution box names it. */
const FACT_PLACES: ReadonlyArray<{ field: RegExp; key: FactKey; place: string }> = [
  { field: /^aliases\/\d+$/, key: 'also-called', place: PLACE_NAMES.alias },
  { field: /^dosage$/, key: 'how-much', place: PLACE_NAMES.dosage },
  { field: /^startingPosition$/, key: 'start', place: PLACE_NAMES.startingPosition },
];

/**
 * The section of one exercise. `stages` are the stages the handout shows it under (its own,
 * restricted to the handout's audience). Its blocks: the facts, the steps, the cues and the
 * source's cautions; each "Take care" box comes right after the last block holding a sentence it
 * quotes (the step is marked), or after the facts when it quotes none.
 */
export function exerciseSection(exercise: Exercise, stages: readonly Stage[], usedIds: Set<string>): Section {
  const name = fieldText(exercise, 'name', exercise.name) ?? { text: exercise.id, source: exercise.id };
  const facts: Facts = { kind: 'facts', rows: factRows(exercise, stages) };
  const lists = LISTS.map((list) => ({ ...list, items: items(exercise, list.field) })).filter((list) => list.items.length > 0);
  // Reading order of the printed places: 0 the name, 1… the fact rows, then the list items.
  const locate: Locate = (field) => {
    if (field === 'name') return { text: { ...name }, place: PLACE_NAMES.name, order: 0 };
    const fact = FACT_PLACES.find((f) => f.field.test(field));
    if (fact) {
      const index = facts.rows.findIndex((r) => r.key === fact.key);
      return index < 0 ? undefined : { text: facts.rows[index]!.value, place: fact.place, order: 1 + index };
    }
    let order = 1 + facts.rows.length;
    for (const list of lists) {
      const index = list.items.findIndex((item) => item.fields.includes(field));
      if (index >= 0) return { text: list.items[index]!.text, place: list.place(index + 1), order: order + index };
      order += list.items.length;
    }
    return undefined;
  };
  const cautions = cautionsFor(exercise, (field) => SHOWN_FIELD.test(field), locate);
  /** The list a box goes after: the last one holding a place it quotes (none: after the facts). */
  const anchor = (caution: Caution): ListField | undefined => {
    const fields = caution.places.map((p) => p.field.split('/')[0]);
    return [...lists].reverse().find((list) => fields.includes(list.field))?.field;
  };
  const blocks: Block[] = [facts, ...cautions.filter((c) => anchor(c) === undefined)];
  for (const list of lists) {
    blocks.push({ kind: 'list', ordered: list.ordered, title: own(LABELS[list.title], `label:${list.title}`), items: list.items.map((i) => i.text) });
    blocks.push(...cautions.filter((c) => anchor(c) === list.field));
  }
  return { id: uniqueId(slug(name.text), usedIds), kind: 'exercise', level: 3, title: name, blocks, sections: [] };
}

/** `base`, or `base-2`, `base-3`… when taken; records the id as taken. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
