// Shape (b): exercises told in paragraphs. A section is cut into exercises where the content says
// one begins: a paragraph that leads with a name (**Bold** lead-in, `Name: …`, a short title
// line), or, once an exercise has its steps and its dosage, a paragraph that sets up a new
// starting position. Paragraphs that only say how much, what to feel or when to stop stay with
// the exercise above; a caution just before an exercise is kept in its cautions. The units a
// section is read in, and the names they lead with, come from prose-units.ts.
import type { List } from 'mdast';
import type { Located } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { capitalize, exerciseName, emptyExercise, locatedText, nameKey, sentencesOf, type DocumentContext, type ExerciseDraft, type ExerciseShape, type ShapeResult } from './drafts.js';
import { addSentences } from './exercise-body.js';
import { EVERYDAY_OBJECTS, HABITUAL, isAdviceHeading, isEverydayMovement } from './advice-topics.js';
import { isQuestion } from './name-lead.js';
import { isLoggedMessage } from './message-log.js';
import { unitsOf, type Unit } from './prose-units.js';
import { stagesNamedIn } from './stages.js';
import { introducedName, movementName } from './introduced-name.js';
import { isGeneralGuidance } from './general-advice.js';
import { readSentence, type SentenceRole } from './sentence-role.js';
import { fieldsAtMost, isCaptionLine, isFurniture } from './boilerplate.js';
import { positionOf } from './attributes.js';
import { isStepList } from './shape-steps.js';
import { PAUSE_WORDS } from './stepless.js';

/** Headings like "Exercise to relieve backache" name a purpose, not an exercise. */
const GENERIC_HEADING = /^(?:an? )?(?:exercises?|workouts?|stretch(?:es)?)\s+(?:to|for)\b|^(?:the )?(?:exercises?|workouts?|stretches|routine|how to do (?:it|them))$/i;
const COLLECTION_HEADING = /\b(?:programmes?|programs?|routines?|workouts?|plans?|circuits?|sessions?|classes|moves|exercises|stretches|poses)\b/i;
/** "the “mountain” exercise", "“mountain” pose": a name the text gives the exercise. */
const NAMED_IN_TEXT = /(?<!\p{L})[“"‘']([^”"’\n]{2,30}?)[”"’'](?!\p{L})\s+(?:exercise|pose|stretch|position)\b/iu;
const TRAILING: ReadonlySet<SentenceRole> = new Set(['dosage', 'cue', 'caution', 'picture']);


interface Segment {
  name: Located;
  aliases: string[];
  named: boolean;
  units: Unit[];
  cautions: Unit[];
}

/** A unit that opens a new exercise on its own: a name, or a new starting position after a finished exercise. */
function startsAfresh(unit: Unit, current: Segment | undefined): boolean {
  if (!current) return false;
  // Only a finished exercise (one that has said how much) ends at a new starting position.
  if (!current.units.some((u) => u.dosed)) return false;
  const first = unit.sentences[0];
  if (!first) return false;
  const role = unit.roles[0];
  // "My physio had me doing clams too. I lie on my side…": a sentence that names the next one.
  if (unit.instructing > 0 && unit.sentences.slice(0, 2).some((s, k) => unit.roles[k] !== 'instruction' && introducedName(s.value) !== undefined)) return true;
  // "Secondly, you will sit on a firm chair…": the set-up after a sequencing word.
  const opening = first.value.replace(/^(?:\p{L}+ly|next|then|also|now|after that|first|second|third|last|finally)\s*,\s*/iu, '');
  return role === 'position' || ((role === 'instruction' || role === 'description') && positionOf(opening.split(/[,;:]/)[0] ?? '') !== undefined);
}

function read(section: Section, context: DocumentContext, forced: boolean, openersOnly: boolean): ShapeResult | undefined {
  if (!section.heading && !openersOnly) return undefined;
  if (!forced && section.heading && isAdviceHeading(section) && !openersOnly) return undefined;
  // A heading that only says when ("Second trimester", "Weeks 6–12") names none of the exercises under it.
  const whenOnly = section.heading !== undefined && fieldsAtMost(section.heading.text, 6) && stagesNamedIn(section.heading.text).length > 0;
  const units = section.blocks.flatMap((block) => unitsOf(block, context, !section.heading, !section.heading || whenOnly));
  units.forEach((unit, index) => { unit.index = index; });
  // "**Side-lying leg lift** – 12 each side": a name with only an amount opens an exercise too; one
  // whose steps are told nowhere is settled with the document (stepless.ts).
  const openers = units.filter((u) => (u.own && u.lead && followedByBody(units, u)) || isAmountLine(u)).length;
  if (openersOnly && openers === 0) return undefined;
  // Lists of steps under a heading are read by the steps shape unless names cut the section.
  if (!openersOnly && !forced && section.blocks.some((block) => block.node.type === 'list')) return undefined;
  if (!forced && !openersOnly && units.reduce((n, u) => n + u.instructing, 0) === 0 && !units.some(isAmountLine)) return undefined;

  const heading = section.heading ? exerciseName(section.heading.text) : undefined;
  const segments: Segment[] = [];
  const rest: Block[] = [];
  let current: Segment | undefined;
  let pending: Unit[] = [];
  const close = (): void => {
    if (current) segments.push(current);
    current = undefined;
  };
  /** Ends the exercise being read; the unit (and any caution held for the next exercise) goes to advice. */
  const setAside = (unit: Unit): void => {
    close();
    rest.push(...pending.map((u) => u.block), unit.block);
    pending = [];
  };
  const open = (name: Located, aliases: string[], named: boolean, first: Unit): void => {
    close();
    current = { name, aliases, named, units: [first], cautions: pending };
    pending = [];
  };
  // A question paragraph ("**Q: Is there one exercise you give everyone?**") over an answer that
  // teaches an exercise belongs to it as a heading would (see `asked`); otherwise it is advice.
  const questions = new Map<number, Unit>();
  for (const unit of units) {
    const node = unit.block.node;
    if (unit.own && !unit.lead && node.type === 'paragraph' && unit.sentences.length > 0 && unit.sentences.length <= 2 && isQuestion(unit.sentences.at(-1)!.value)) {
      setAside(unit);
      questions.set(unit.index, unit);
      continue;
    }
    if (!unit.own) {
      setAside(unit);
      continue;
    }
    // A caption between an exercise's paragraphs does not end it (it goes to the report).
    if (isAside(unit)) {
      rest.push(unit.block);
      continue;
    }
    // A paragraph that names again the exercise it continues ("Do the cat stretch slowly…") adds to it.
    if (unit.introduced && current && sameName(current.name.value, unit.lead!.name)) {
      current.units.push(unit);
      continue;
    }
    // A name with only a dosage after it ("Child's pose 1 min — knees wide, arms long") is one too.
    if (unit.lead && (followedByBody(units, unit) || (unit.dosed && unit.sentences.length > 0))) {
      const start = unit.leadStart ?? locatedText(node)?.start ?? node.position!.start;
      open({ value: unit.lead.name, start }, unit.lead.aliases, true, unit);
      continue;
    }
    if (node.type === 'list') {
      if (current && isStepList(node as List, context)) current.units.push(unit);
      else {
        close();
        rest.push(unit.block);
      }
      continue;
    }
    // After an exercise, a paragraph about exercising in general or daily life is advice.
    const said = unit.sentences.filter((x) => !/^[^.!?]{1,30}:$/.test(x.value.trim()));
    // So is a short one that opens on daily life and says no amount ("Bonus tip – when you get out of bed, roll…").
    const general = said.length > 0 && (said.every((x) => isGeneralGuidance(x.value)) || (said.length <= 3 && !unit.dosed && isGeneralGuidance(said[0]!.value)));
    if (current && !unit.lead && general) {
      setAside(unit);
      continue;
    }
    // "Rest – 60 seconds" between a card's moves is the programme's pause, not the last move's step.
    const line = unit.sentences.map((x) => x.value).join(' ');
    if (current && unit.sentences.length > 0 && fieldsAtMost(line, 6) && REST_LINE.test(line)) {
      setAside(unit);
      continue;
    }
    // In a chat or SMS log each message stands alone: an unnamed one teaches no earlier exercise.
    if (current && isLoggedMessage(node) && !(forced && unit.sentences.length > 0) && unit.instructing > 0) {
      setAside(unit);
      continue;
    }
    const trailing = unit.roles.length > 0 && unit.roles.every((role) => TRAILING.has(role));
    // An editor marked the section an exercise: each of its paragraphs is, though none instructs.
    if ((unit.instructing > 0 || (forced && unit.sentences.length > 0)) && !trailing) {
      if (!current || startsAfresh(unit, current)) {
        if (!heading && !current) {
          rest.push(unit.block);
          continue;
        }
        const base = current?.name.value ?? heading!.name;
        const count = segments.length + 1 + (current ? 1 : 0);
        const name = current || segments.length > 0 ? `${base.replace(/ \(\d+\)$/, '')} (${count})` : base;
        open({ value: name, start: current ? (locatedText(node)?.start ?? node.position!.start) : section.heading!.node.position!.start }, current ? [] : heading!.aliases, current !== undefined, unit);
      } else current.units.push(unit);
      continue;
    }
    if (trailing && current) {
      current.units.push(unit);
      continue;
    }
    // A caution, or a line of dosage ("Sets: 2 | Reps: 10"), just before the exercise belongs to it.
    if (trailing && !current && (unit.roles.includes('caution') || unit.roles.every((role) => role === 'dosage'))) {
      pending.push(unit);
      continue;
    }
    setAside(unit);
  }
  close();
  rest.push(...pending.map((u) => u.block));

  const exercises: ExerciseDraft[] = [];
  // A heading that cannot name what is under it: a question, a purpose, or several exercises.
  const rename = segments.length > 1 || !heading || GENERIC_HEADING.test(heading.name) || /\?\s*$/.test(heading.name);
  for (const segment of segments) {
    const asked = segment.named ? undefined : questions.get((segment.units[0]?.index ?? 0) - 1);
    const draft = toDraft(rename || asked ? renamed(segment, heading, segments.length === 1, asked !== undefined) : segment, section, heading, forced);
    if (draft && asked) draft.nodes.push(asked.block.node);
    if (draft) exercises.push(draft);
    else rest.push(...segment.cautions.map((u) => u.block), ...segment.units.map((u) => u.block));
  }
  if (exercises.length === 0) return undefined;
  // A paragraph cut into several exercises is one block: it is advice only if none of it was read.
  const used = new Set(exercises.flatMap((draft) => draft.nodes));
  const left = [...new Set(rest)].filter((block) => !used.has(block.node));
  left.sort((a, b) => section.blocks.indexOf(a) - section.blocks.indexOf(b));
  return { exercises, rest: left };
}

/**
 * An unnamed segment under a heading that cannot name it takes the name its first sentences
 * introduce ("The first one is the cat stretch."); the heading's name ("Exercise 2 (2)") stays
 * only when nothing better exists.
 */
function renamed(segment: Segment, heading: ReturnType<typeof exerciseName> | undefined, single: boolean, asked = false): Segment {
  const numbered = / \(\d+\)$/.test(segment.name.value);
  if (segment.named && !numbered) return segment;
  const first = segment.units[0];
  if (!first) return segment;
  // Where a name may be given: the first sentences ("The first one is the cat stretch.") or the
  // last ones of a paragraph ("This is the one we call the wide child's pose.").
  const places: Array<[Unit, number]> = [];
  for (let k = 0; k < Math.min(3, first.sentences.length); k += 1) {
    // An instruction may name the exercise only in a lead-in before a colon ("I like the seated stretch: sit…").
    if (first.roles[k] === 'instruction' && k > 0 && !/:/.test(first.sentences[k]!.value)) break;
    places.push([first, k]);
  }
  for (const unit of segment.units) {
    for (let k = Math.max(0, unit.sentences.length - 2); k < unit.sentences.length; k += 1) {
      if (unit.roles[k] === 'description' && !places.some(([u, j]) => u === unit && j === k)) places.push([unit, k]);
    }
  }
  let at: [Unit, number] | undefined;
  let found: string | undefined;
  for (const place of places) {
    const value = place[0].sentences[place[1]]!.value;
    found = introducedName(place[0].roles[place[1]] === 'instruction' && place[1] > 0 ? value.split(':')[0]! : value);
    if (found) {
      at = place;
      break;
    }
  }
  // Under a question, the main movement names it better than the question does.
  if (!found && (asked || (heading && /\?\s*$/.test(heading.name))) && !numbered) {
    const moving = segment.units.flatMap((u) => u.sentences.filter((_, k) => u.roles[k] === 'instruction').map((x) => x.value));
    const made = movementName(moving, (x) => { const r = readSentence(x); return r.movement ? r.imperative : undefined; });
    return made ? { ...segment, name: { ...segment.name, value: made }, aliases: [], named: true } : segment;
  }
  if (!found) return segment;
  const base = segment.name.value.replace(/ \(\d+\)$/, '');
  // A heading over several exercises names the group: it is no alias of any of them.
  const keep = single && heading && base === heading.name && !numbered && !/\?\s*$/.test(base) && !GENERIC_HEADING.test(base);
  // The naming sentence ("The first one is the cat stretch.") is not a step; one that also instructs stays.
  const [holder, index] = at!;
  const reading = readSentence(holder.sentences[index]!.value);
  const naming = !reading.movement && !reading.quantity;
  const units = naming ? segment.units.map((u) => (u === holder ? { ...u, sentences: u.sentences.filter((_, k) => k !== index), roles: u.roles.filter((_, k) => k !== index) } : u)) : segment.units;
  return { ...segment, units, name: { ...segment.name, value: found }, aliases: keep ? [base, ...segment.aliases] : [], named: true };
}

const sameName = (a: string, b: string): boolean => nameKey(a).replace(/s\b/g, '') === nameKey(b).replace(/s\b/g, '');

/** Captions, picture references, furniture and images: they neither end nor start an exercise. */
function isAside(unit: Unit): boolean {
  const node = unit.block.node;
  if (node.type !== 'paragraph') return false;
  const text = locatedText(node)?.value ?? '';
  return !text || isCaptionLine(text) || isFurniture(text) || (unit.roles.length > 0 && unit.roles.every((r) => r === 'picture'));
}

/**
 * A name with a short line of amount and shape ("**Side-lying clam** – 12 each side"). A remark
 * ("A few people asked: 10 minutes a week is enough…") or a card's summary ("4 moves · 8 min ·
 * mat") is not a move.
 */
function isAmountLine(u: Unit): boolean {
  if (!u.own || !u.lead || !u.dosed || u.sentences.length === 0) return false;
  const body = u.sentences.map((x) => x.value).join(' ');
  return fieldsAtMost(body, 10) && !SUMMARY.test(body) && !/\b(?:i|my|me|we|our|she|he|her|his|they)\b/i.test(body);
}

/** A programme's pause, a short line of its own: "Rest – 60 seconds", "Break: 2 min", "Pause 30s". */
const REST_LINE = new RegExp(String.raw`^\W*(?:${PAUSE_WORDS})\b[\s*:–—-]*(?:for\s+)?(?:about\s+|up\s+to\s+)?\d`, 'i');

/** Fields of a summary, not a description: "5 moves · 12 min · mat". */
const SUMMARY = /[·|•]/;

function followedByBody(units: readonly Unit[], unit: Unit): boolean {
  if (unit.instructing > 0) return true;
  let i = unit.index + 1;
  while (units[i] && units[i]!.own && isAside(units[i]!)) i += 1;
  const next = units[i];
  return next !== undefined && next.own && !next.lead && (next.instructing > 0 || next.block.node.type === 'list');
}

function toDraft(segment: Segment, section: Section, heading: ReturnType<typeof exerciseName> | undefined, forced: boolean): ExerciseDraft | undefined {
  const units = segment.units;
  const instructing = units.reduce((n, u) => n + u.instructing, 0);
  // Dosage, cues, cautions and pictures belong to an exercise without instructing.
  const sentences = units.reduce((n, u) => n + u.roles.filter((r) => r !== 'caution' && r !== 'picture' && r !== 'dosage' && r !== 'cue').length, 0);
  const dosed = units.some((u) => u.dosed);
  const positioned = units.some((u) => u.roles.includes('position'));
  const enough = instructing >= 2 || (instructing >= 1 && (dosed || positioned)) || (segment.named && dosed && units.length === 1);
  if (!forced && (!enough || (instructing > 0 && instructing / Math.max(sentences, 1) < (segment.named ? 0.25 : 0.4)))) return undefined;
  // A heading over a whole programme ("Our back programme (7 moves, 20 minutes)") names no one
  // exercise: a paragraph under it that only says how to fit it in is its introduction.
  if (!forced && !segment.named && heading && COLLECTION_HEADING.test(heading.name) && instructing < 2) return undefined;
  if ((isEverydayMovement(segment.name.value) || units.some((u) => u.sentences.some((x) => EVERYDAY_OBJECTS.test(x.value)))) && !dosed) return undefined;
  const habitual = units.reduce((n, u) => n + u.sentences.filter((x) => HABITUAL.test(x.value)).length, 0);
  if (!forced && !dosed && habitual > 0 && habitual * 3 >= instructing) return undefined;
  let name = segment.name.value;
  let aliases = segment.aliases;
  if (!segment.named && heading && GENERIC_HEADING.test(heading.name)) {
    const named = units.map((u) => NAMED_IN_TEXT.exec(u.sentences.map((s) => s.value).join(' '))?.[1]).find(Boolean);
    if (named) {
      aliases = [heading.name, ...heading.aliases];
      name = capitalize(named.trim());
    }
  }
  const draft = emptyExercise({ value: name, start: segment.name.start }, 'prose');
  draft.aliases = aliases;
  if (!segment.named && section.heading && segment.units[0] && segment.name.start === section.heading.node.position!.start) draft.nodes.push(section.heading.node);
  for (const unit of segment.cautions) {
    draft.nodes.push(unit.block.node);
    addSentences(draft, unit.sentences, true);
  }
  for (const unit of units) {
    draft.nodes.push(unit.block.node);
    if (unit.block.node.type === 'list') {
      for (const item of (unit.block.node as List).children) addSentences(draft, sentencesOf(item), true);
    } else addSentences(draft, unit.sentences, true);
  }
  // One sentence that sets up and moves at once ("I sat cross-legged…, put… and reached…") is the step.
  if (draft.steps.length === 0 && draft.startingPosition) {
    draft.steps.push(draft.startingPosition);
    delete draft.startingPosition;
  }
  // A named exercise told only as its dosage and shape ("1 min — knees wide, arms long"): that text is its step.
  const described = draft.dosage.filter((d) => d.value.split(/\s+/).length > 4 && !SUMMARY.test(d.value));
  if (draft.steps.length === 0 && segment.named) draft.steps.push(...described);
  // A name and an amount alone ("**Marching on the spot** – 2 min") is settled with the whole document.
  return draft.steps.length > 0 || (segment.named && units.length === 1 && isAmountLine(units[0]!)) ? draft : undefined;
}

/** Sections cut by named paragraphs (or with no heading): tried before the steps shape. */
export const namedParagraphShape: ExerciseShape = {
  id: 'prose',
  readsParagraphs: true,
  read: (section, context, forced) => read(section, context, forced, true),
};

export const proseShape: ExerciseShape = {
  id: 'prose',
  readsParagraphs: true,
  read: (section, context, forced) => read(section, context, forced, false),
};
