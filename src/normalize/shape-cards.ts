// Shape (a'): a list of exercise cards — each item names its exercise in a field label and tells
// it in labelled fields below, the way a table ("Exercise | How | How often") reads when it is
// pasted as nested lists:
//   - **Exercise:** Bird dog
//     - **How:** Kneel on all fours…
//     - **How often:** 8 each side
// The field labels only locate the name; what each field's sentences are (set-up, step, dosage,
// cue, caution) is decided by the sentence classifier, as for every other shape.
import type { List, ListItem, Nodes } from 'mdast';
import type { Located } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { mappedText } from './inline-text.js';
import { capitalize, emptyExercise, sentencesOf, type ExerciseDraft, type ExerciseShape, type ShapeResult } from './drafts.js';
import { addSentences } from './exercise-body.js';
import { isItemAside } from './shape-list-items.js';

/** The field that names a card: "Exercise:", "Name:", "Move:", "Pose:", "Stretch:", "Activity:". */
const NAME_FIELD = /^\s*(?:exercise(?: name)?|name|move|pose|stretch|activity|position name)\s*:\s*/i;
/** Any other field label at the start of a paragraph ("How:", "How often:", "Tip:", "Reps (each side):"). */
const FIELD = /^\s*\p{Lu}[\p{L} ]{0,24}(?:\s*\([^)]{0,30}\))?\s*:\s+/u;

function nameOf(item: ListItem): Located | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const mapped = mappedText(first);
  const match = NAME_FIELD.exec(mapped.text);
  if (!match) return undefined;
  const name = mapped.text.slice(match[0].length).trim().replace(/[.:;]+$/, '');
  // A name is a few words, not a sentence that happens to follow "Exercise:".
  if (name === '' || name.split(/\s+/).length > 8 || /[.!?]\s/.test(name)) return undefined;
  return { value: capitalize(name), start: mapped.pointAt(match[0].length) };
}

/** The paragraphs of a card after its name, nested lists opened, each without its field label. */
function fieldSentences(nodes: readonly Nodes[]): Located[] {
  const out: Located[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of node.children) out.push(...fieldSentences(item.children.filter((child) => !isItemAside(child))));
    } else if (node.type === 'paragraph') {
      const label = FIELD.exec(mappedText(node).text);
      out.push(...sentencesOf(node, label ? label[0].length : 0));
    }
  }
  return out;
}

function readCard(item: ListItem, name: Located): ExerciseDraft {
  const draft = emptyExercise(name, 'cards');
  draft.nodes.push(item);
  addSentences(draft, fieldSentences(item.children.slice(1)), false);
  if (draft.steps.length === 0 && draft.startingPosition) {
    draft.steps.push(draft.startingPosition);
    delete draft.startingPosition;
  }
  return draft;
}

export const cardShape: ExerciseShape = {
  id: 'cards',
  read(section: Section): ShapeResult | undefined {
    const exercises: ExerciseDraft[] = [];
    const rest: Block[] = [];
    for (const block of section.blocks) {
      const list = block.node.type === 'list' ? (block.node as List) : undefined;
      const names = list?.children.map(nameOf) ?? [];
      // Cards, not a list that mentions an exercise: most items are named by the field and have more to say.
      const cards = names.filter((name, i) => name && list!.children[i]!.children.length > 1).length;
      if (!list || block.directives.some((d) => d.kind === 'advice') || cards === 0 || cards * 2 < names.length) {
        rest.push(block);
        continue;
      }
      list.children.forEach((item, index) => {
        const name = names[index];
        const draft = name ? readCard(item, name) : undefined;
        if (draft && draft.steps.length > 0) exercises.push(draft);
        else rest.push({ node: { ...list, children: [item] }, directives: [] });
      });
    }
    return exercises.length > 0 ? { exercises, rest } : undefined;
  },
};
