// Shape (d): a headed section with a list of steps and no labels — numbered ("1. Grab a
// lacrosse ball… 5. Repeat on the other side.") or bulleted, as hospital leaflets write them.
import type { List, ListItem } from 'mdast';
import type { Block, Section } from '../read/sections.js';
import { exerciseName, emptyExercise, joinLocated, locatedText, sentencesOf, type DocumentContext, type ExerciseDraft, type ExerciseShape, type ShapeResult } from './drafts.js';
import { addSentences } from './exercise-body.js';
import { isInstruction } from './instructions.js';
import { readSentence, type SentenceRole } from './sentence-role.js';
import { EVERYDAY_OBJECTS, HABITUAL, isAdviceHeading, isEverydayMovement } from './advice-topics.js';
import { DAILY_TASK, isGeneralGuidance } from './general-advice.js';

/**
 * A list is a list of steps when most of its items in the document's language instruct. Items in
 * another language cannot be judged here; they stay in the steps, and the language check
 * withholds the exercise as incomplete.
 */
export function isStepList(list: List, context: DocumentContext): boolean {
  if (list.children.length < 2) return false;
  const texts = list.children.map((item) => locatedText(item)?.value ?? '');
  const judged = texts.filter((text) => text && context.foreignShare(text) < 0.5);
  const instructing = judged.filter(isInstruction).length;
  return instructing >= 1 && instructing * 2 >= judged.length;
}

/**
 * A bulleted list of imperatives is as often advice ("Wear flat shoes", "Avoid lifting") as an
 * exercise: it is read as steps when it moves the body from a position or says how much.
 */
function isBulletedSteps(list: List, section: Section, context: DocumentContext): boolean {
  if (!isStepList(list, context)) return false;
  const sentences = list.children.flatMap((item) => sentencesOf(item)).map((s) => readSentence(s.value));
  const moving = sentences.filter((r) => r.movement && r.role !== 'caution').length;
  if (moving < 2) return false;
  // "Keep your knees together when you get out of the car", "Sit down to get dressed": habits of the day.
  const texts = list.children.map((item) => locatedText(item)?.value ?? '');
  const habits = texts.filter((text) => HABITUAL.test(text) || EVERYDAY_OBJECTS.test(text) || DAILY_TASK.test(text)).length;
  if (habits * 2 >= texts.length) return false;
  const around = section.blocks.flatMap((block) => (block.node.type === 'paragraph' ? sentencesOf(block.node) : [])).map((s) => readSentence(s.value));
  const all = [...sentences, ...around];
  return all.some((r) => r.quantity || r.role === 'position') || moving * 4 >= sentences.length * 3;
}

/** What may sit around the steps and still belong to them: how much, what to feel, when to stop. */
const TRAILING: ReadonlySet<SentenceRole> = new Set(['dosage', 'cue', 'caution', 'picture']);

/**
 * One list item is one step, unless it is one sentence with a role of its own (a starting
 * position first, a dosage, a cue, a caution): then it goes to that field.
 */
export function addItem(draft: ExerciseDraft, item: ListItem): void {
  const sentences = sentencesOf(item);
  const roles = sentences.map((s) => readSentence(s.value).role);
  if (sentences.length === 1 || (new Set(roles).size === 1 && TRAILING.has(roles[0]!))) {
    addSentences(draft, sentences, true);
    return;
  }
  const kept = sentences.filter((_, i) => roles[i] !== 'picture');
  const text = kept.length === sentences.length ? locatedText(item) : joinLocated(kept);
  if (!text) return;
  draft.steps.push(text);
  if (kept.some((s) => readSentence(s.value).quantity)) draft.dosage.push(text);
}

export const stepsShape: ExerciseShape = {
  id: 'steps',
  read(section: Section, context: DocumentContext, forced: boolean): ShapeResult | undefined {
    if (!section.heading) return undefined;
    const advice = !forced && (isAdviceHeading(section));
    const index = section.blocks.findIndex((block) => {
      if (block.node.type !== 'list' || block.directives.some((d) => d.kind === 'advice')) return false;
      const list = block.node as List;
      return list.ordered ? isStepList(list, context) : !advice && isBulletedSteps(list, section, context);
    });
    if (index === -1) return undefined;
    const list = section.blocks[index]!.node as List;
    const { name, aliases } = exerciseName(section.heading.text);
    const draft = emptyExercise({ value: name, start: section.heading.node.position!.start }, 'steps');
    draft.aliases = aliases;
    draft.nodes.push(section.heading.node, list);
    const rest: Block[] = [];
    let trailing = true;
    const before: Block[] = [];
    section.blocks.forEach((block, i) => {
      if (i === index) return;
      const node = block.node;
      const sentences = node.type === 'paragraph' && block.directives.length === 0 ? sentencesOf(node) : [];
      const roles = sentences.map((s) => readSentence(s.value).role);
      // A lead-in line that introduces the steps ("Try this to improve posture:") belongs to them.
      if (i === index - 1 && node.type === 'paragraph' && /:\s*$/.test(locatedText(node)?.value ?? '')) {
        if (sentences.length > 0 && sentences.every((s) => readSentence(s.value).role === 'benefit')) before.push(block);
        else draft.nodes.push(node);
        return;
      }
      // The paragraph just before the steps that sets up the position ("Lie on your back with
      // your knees bent.") is the starting position.
      if (i === index - 1 && !draft.startingPosition && sentences.length > 0 && sentences.length <= 2
        && roles[0] === 'position' && sentences.every((s) => isInstruction(s.value))) {
        before.push(block);
        return;
      }
      // A caution before the steps ("Note: if you have knee pain, do not do this exercise").
      if (i < index && sentences.length > 0 && (roles.every((role) => role === 'caution') || roles.every((role) => role === 'benefit'))) {
        before.push(block);
        return;
      }
      // Paragraphs right after the steps that only say how much, what to feel or when to stop.
      // So does a short instruction right after them ("Only move as far as is comfortable.").
      const closing = i === index + 1 && sentences.length <= 2 && roles.every((role) => role === 'instruction' || TRAILING.has(role));
      // "Check with your midwife before starting any new exercise.": about exercising in general, advice.
      const general = sentences.length > 0 && sentences.every((s) => isGeneralGuidance(s.value));
      if (i > index && trailing && !general && sentences.length > 0 && (closing || roles.every((role) => TRAILING.has(role)))) {
        addSentences(draft, sentences, false);
        draft.nodes.push(node);
        return;
      }
      if (i > index) trailing = false;
      rest.push(block);
    });
    // The set-up and cautions read first, so the starting position comes before the steps.
    const steps = draft.steps.splice(0);
    const dosage = draft.dosage.splice(0);
    const cues = draft.cues.splice(0);
    const cautions = draft.cautions.splice(0);
    for (const block of before) {
      draft.nodes.push(block.node);
      addSentences(draft, sentencesOf(block.node), true);
    }
    for (const item of list.children) addItem(draft, item);
    draft.steps.push(...steps);
    draft.dosage.push(...dosage);
    draft.cues.push(...cues);
    draft.cautions.push(...cautions);
    if (draft.steps.length === 0) return undefined;
    if (!forced && isEverydayMovement(name) && draft.dosage.length === 0) return undefined;
    return { exercises: [draft], rest };
  },
};
