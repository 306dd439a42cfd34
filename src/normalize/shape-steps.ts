// Shape (d): a headed section with a numbered list of steps and no labels ("4. Myofascial
// release" → "1. Grab a lacrosse ball… 2. … 5. Repeat on the other side.").
import type { List } from 'mdast';
import type { Block, Section } from '../read/sections.js';
import { exerciseName, emptyExercise, joinLocated, locatedText, sentencesOf, type DocumentContext, type ExerciseShape, type ShapeResult } from './drafts.js';
import { positionOf } from './attributes.js';
import { addSentences } from './exercise-body.js';
import { sentenceKind } from './sentence-kinds.js';
import { isInstruction } from './instructions.js';
import { isDosageSentence } from './dosage.js';

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

export const stepsShape: ExerciseShape = {
  id: 'steps',
  read(section: Section, context: DocumentContext): ShapeResult | undefined {
    if (!section.heading) return undefined;
    const index = section.blocks.findIndex((block) => block.node.type === 'list' && (block.node as List).ordered && isStepList(block.node as List, context));
    if (index === -1) return undefined;
    const list = section.blocks[index]!.node as List;
    const { name, aliases } = exerciseName(section.heading.text);
    const draft = emptyExercise({ value: name, start: section.heading.node.position!.start }, 'steps');
    draft.aliases = aliases;
    draft.nodes.push(section.heading.node, list);
    for (const item of list.children) {
      const step = locatedText(item);
      if (!step) continue;
      draft.steps.push(step);
      if (isDosageSentence(step.value)) draft.dosage.push(step);
    }
    const rest: Block[] = [];
    let trailing = true;
    section.blocks.forEach((block, i) => {
      if (i === index) return;
      const node = block.node;
      const sentences = node.type === 'paragraph' && block.directives.length === 0 ? sentencesOf(node) : [];
      // A lead-in line that introduces the steps ("Try this to improve posture:") belongs to them.
      if (i === index - 1 && node.type === 'paragraph' && /:\s*$/.test(locatedText(node)?.value ?? '')) {
        draft.nodes.push(node);
        return;
      }
      // The paragraph just before the steps that sets up the position ("Lie on your back with
      // your knees bent.") is the starting position.
      if (i === index - 1 && !draft.startingPosition && sentences.length > 0 && sentences.length <= 2
        && positionOf(sentences[0]!.value) && sentences.every((s) => isInstruction(s.value))) {
        draft.startingPosition = joinLocated(sentences);
        draft.nodes.push(node);
        return;
      }
      // Paragraphs right after the steps that only say how much, what to feel or when to stop.
      if (i > index && trailing && sentences.length > 0 && sentences.every((s) => sentenceKind(s.value) !== 'step' && sentenceKind(s.value) !== 'benefit')) {
        addSentences(draft, sentences, false);
        draft.nodes.push(node);
        return;
      }
      if (i > index) trailing = false;
      rest.push(block);
    });
    return { exercises: [draft], rest };
  },
};
