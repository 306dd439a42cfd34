// One exercise as a handout section: facts (stage, position, equipment, how much, starting
// position), caution boxes, numbered steps, what it should feel like, and the source's cautions.
// Only reader text (no error-flagged sentence) gets in. Pure.
import type { Exercise, Stage } from '../model/types.js';
import { sortStages } from '../model/types.js';
import { cautionsFor } from './cautions.js';
import { dosageWords } from './dosage.js';
import { cleanText, dedupeTexts, fieldText, listItemText, own, slug, upperFirst } from './text.js';
import type { Block, FactKey, Facts, Section, Text } from './types.js';
import { LABELS, POSITION_NAMES, STAGE_NAMES } from './words.js';

/** Fields of an exercise the handout prints (a flag elsewhere, e.g. on benefits, gets no box). */
const SHOWN_FIELD = /^(?:name|aliases\/\d+|startingPosition|steps\/\d+|cues\/\d+|cautions\/\d+|dosage)$/;

type Row = Facts['rows'][number];

function row(key: FactKey, label: string, value: Text): Row {
  return { key, label: own(label, `label:${key}`), value };
}

/** The list items of an array field, each without its flagged sentences, deduplicated. */
function items(exercise: Exercise, field: 'steps' | 'cues' | 'cautions'): Text[] {
  const texts = exercise[field]
    .map((text, i) => fieldText(exercise, `${field}/${i}`, text))
    .filter((t): t is Text => t !== undefined)
    .map((t) => ({ ...t, text: field === 'steps' ? upperFirst(t.text) : listItemText(t.text) }));
  return dedupeTexts(texts);
}

function stageText(stages: readonly Stage[]): string {
  const names = sortStages(stages).map((s) => STAGE_NAMES[s]);
  return upperFirst(names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
}

function factRows(exercise: Exercise, stages: readonly Stage[]): Row[] {
  const rows: Row[] = [];
  const aliases = exercise.aliases
    .map((alias, i) => fieldText(exercise, `aliases/${i}`, alias)?.text)
    .filter((a): a is string => a !== undefined && a !== exercise.name);
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

/**
 * The section of one exercise. `stages` are the stages the handout shows it under (its own,
 * restricted to the handout's audience).
 */
export function exerciseSection(exercise: Exercise, stages: readonly Stage[], usedIds: Set<string>): Section {
  const name = fieldText(exercise, 'name', exercise.name) ?? { text: exercise.id, source: exercise.id };
  const blocks: Block[] = [{ kind: 'facts', rows: factRows(exercise, stages) }];
  blocks.push(...cautionsFor(exercise, (field) => SHOWN_FIELD.test(field)));
  const steps = items(exercise, 'steps');
  if (steps.length > 0) blocks.push({ kind: 'list', ordered: true, title: own(LABELS.steps, 'label:steps'), items: steps });
  const cues = items(exercise, 'cues');
  if (cues.length > 0) blocks.push({ kind: 'list', ordered: false, title: own(LABELS.cues, 'label:cues'), items: cues });
  const cautions = items(exercise, 'cautions');
  if (cautions.length > 0) blocks.push({ kind: 'list', ordered: false, title: own(LABELS.cautions, 'label:cautions'), items: cautions });
  return { id: uniqueId(slug(name.text), usedIds), kind: 'exercise', level: 3, title: name, blocks, sections: [] };
}

/** `base`, or `base-2`, `base-3`… when taken; records the id as taken. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
