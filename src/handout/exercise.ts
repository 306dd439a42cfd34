// One exercise as a handout section: facts (stage, position, equipment, how much, starting
// position), numbered steps, what it should feel like, the source's cautions and caution boxes.
// Only reader text (no flagged sentence) gets in. Pure.
import type { Exercise, Stage } from '../model/types.js';
import { sortStages } from '../model/types.js';
import { normalizeForComparison } from '../dedupe/index.js';
import { cautionsFor } from './cautions.js';
import { dosageWords } from './dosage.js';
import { cleanText, fieldText, listItemText, own, slug, upperFirst } from './text.js';
import type { Block, FactKey, Facts, Section, Text } from './types.js';
import { LABELS, POSITION_NAMES, STAGE_NAMES } from './words.js';

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
    // A move a workout card gives by name and amount alone has its name as its one step: printed
    // under the heading that already says it, it would read as an instruction that says nothing.
    if (field === 'steps' && key === normalizeForComparison(exercise.name)) return;
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

function factRows(exercise: Exercise, stages: readonly Stage[], variants: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  const aliases = exercise.aliases
    .map((alias, i) => fieldText(exercise, `aliases/${i}`, alias)?.text)
    .filter((a): a is string => a !== undefined && a !== exercise.name && !isHeadingLikeAlias(a));
  // Names of the other exercises of its group are variants from other sources, not other names.
  const others = aliases.filter((a) => !variants.has(a));
  const similar = aliases.filter((a) => variants.has(a));
  if (others.length > 0) rows.push(row('also-called', LABELS.alsoCalled, { text: [...new Set(others)].join(', '), source: exercise.id }));
  if (similar.length > 0) rows.push(row('similar-to', LABELS.similarTo, { text: [...new Set(similar)].join(', '), source: exercise.id }));
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

/** Where each list of an exercise goes. */
const LISTS: ReadonlyArray<{ field: ListField; ordered: boolean; title: keyof typeof LABELS }> = [
  { field: 'steps', ordered: true, title: 'steps' },
  { field: 'cues', ordered: false, title: 'cues' },
  { field: 'cautions', ordered: false, title: 'cautions' },
];

/**
 * The section of one exercise. `stages` are the stages the handout shows it under (its own,
 * restricted to the handout's audience); `variants` are the names of the other exercises of its
 * group (content/vocabulary/exercise-groups.yaml), printed as "Similar to". Its blocks: the facts, the steps, the cues, the source's
 * cautions, then our "Take care" boxes (for warning-flagged sentences left out of the cues or
 * cautions; an exercise with one in its instructions is withheld and never gets here).
 */
export function exerciseSection(exercise: Exercise, stages: readonly Stage[], usedIds: Set<string>, variants: ReadonlySet<string> = new Set()): Section {
  const name = fieldText(exercise, 'name', exercise.name) ?? { text: exercise.id, source: exercise.id };
  const facts: Facts = { kind: 'facts', rows: factRows(exercise, stages, variants) };
  const blocks: Block[] = [facts];
  for (const list of LISTS) {
    const listItems = items(exercise, list.field);
    if (listItems.length === 0) continue;
    blocks.push({ kind: 'list', ordered: list.ordered, title: own(LABELS[list.title], `label:${list.title}`), items: listItems.map((i) => i.text) });
  }
  blocks.push(...cautionsFor(exercise, (field) => SHOWN_FIELD.test(field)));
  return { id: uniqueId(slug(name.text), usedIds), kind: 'exercise', level: 3, title: name, blocks, sections: [] };
}

/** `base`, or `base-2`, `base-3`… when taken; records the id as taken. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
