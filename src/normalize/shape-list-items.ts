// Shape (c): a list whose items are each a whole exercise, the name leading the item —
// in quotes (“Eagle”;. Stand up…), with a parenthesis (Marjariasana (“cat”). …) or as a short
// title (Lotus Back. Sit in…).
import type { List, ListItem, Paragraph } from 'mdast';
import type { Located } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { mappedText } from './inline-text.js';
import { isNameSentence, paragraphLead, type NameLead } from './name-lead.js';
import { readSentence } from './sentence-role.js';
import { isEverydayMovement } from './advice-topics.js';
import { capitalize, emptyExercise, sentencesOf, type ExerciseDraft, type ExerciseShape, type ShapeResult } from './drafts.js';
import { addSentences } from './exercise-body.js';
import { fieldsAtMost, isCaptionLine, isFurniture, isPromotional } from './boilerplate.js';
import { locatedText } from './drafts.js';
import { isInstruction } from './instructions.js';

export { nameLead, type NameLead } from './name-lead.js';

interface ItemLead extends NameLead { instructs: boolean }

function itemLead(item: ListItem): ItemLead | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const lead = paragraphLead(first) ?? sentenceLead(first);
  if (!lead) return undefined;
  return { ...lead, instructs: sentencesOf(first, lead.length).some((s) => isInstruction(s.value)) };
}

/** "1) Wall sit. Stand with your back…": a short verbless first sentence before a set-up names the item. */
function sentenceLead(paragraph: Paragraph): NameLead | undefined {
  const [name, next] = sentencesOf(paragraph);
  if (!name || !next || !isNameSentence(name.value) || readSentence(next.value).role !== 'position') return undefined;
  const text = mappedText(paragraph).text;
  const at = text.indexOf(next.value.slice(0, 12));
  return at > 0 ? { name: capitalize(name.value.replace(/[.:]+$/, '')), aliases: [], length: at } : undefined;
}

/** A paragraph inside an item that is a caption, a shop link or page furniture, not part of the exercise. */
export function isItemAside(node: ListItem['children'][number]): boolean {
  if (node.type !== 'paragraph') return false;
  const text = locatedText(node)?.value ?? '';
  return text !== '' && (isCaptionLine(text) || isFurniture(text) || (isPromotional(text) && fieldsAtMost(text, 30)));
}

function readItem(item: ListItem, lead: NameLead): ExerciseDraft {
  const [first, ...rest] = item.children;
  const others = rest.filter((child) => !isItemAside(child));
  // The name lead is cut off; what follows it is the first instruction.
  const body: Located[] = [...sentencesOf(first!, lead.length), ...others.flatMap((child) => sentencesOf(child))];
  const start = mappedText(first!).pointAt(0);
  const draft = emptyExercise({ value: lead.name, start }, 'list-item');
  draft.aliases = lead.aliases;
  draft.nodes.push(item);
  addSentences(draft, body, false);
  // An item told in one descriptive sentence ("Pulling and bending on all fours.") is its own step.
  if (draft.steps.length === 0 && draft.startingPosition) {
    draft.steps.push(draft.startingPosition);
    delete draft.startingPosition;
  }
  return draft;
}

function opensWithInstruction(item: ListItem | undefined): boolean {
  const first = item?.children[0];
  const sentence = first && first.type === 'paragraph' ? sentencesOf(first)[0]?.value : undefined;
  return sentence !== undefined && isInstruction(sentence);
}

/** An item of a list marked `exercises` with no name lead: named by its first words. */
function leadOfUnnamed(item: ListItem): NameLead | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const sentence = sentencesOf(first)[0]?.value;
  if (!sentence) return undefined;
  const words = sentence.replace(/[.!?]+$/, '').split(/\s+/);
  const name = words.slice(0, 6).join(' ').replace(/[,;:]+$/, '') + (words.length > 6 ? '…' : '');
  return { name: capitalize(name), aliases: [], length: 0 };
}

/** An everyday movement told as a tip ("Getting into a car: sit first, then…") stays advice. */
function isEverydayTip(draft: ExerciseDraft): boolean {
  return isEverydayMovement(draft.name.value) && draft.dosage.length === 0;
}

export const listItemShape: ExerciseShape = {
  id: 'list-item',
  read(section: Section): ShapeResult | undefined {
    const exercises: ExerciseDraft[] = [];
    const rest: Block[] = [];
    let found = false;
    const sectionEach = section.directives.some((d) => d.kind === 'exercises');
    for (const block of section.blocks) {
      const list = block.node.type === 'list' ? (block.node as List) : undefined;
      const each = sectionEach || block.directives.some((d) => d.kind === 'exercises');
      const blockForced = each || block.directives.some((d) => d.kind === 'exercise');
      const blockAdvice = block.directives.some((d) => d.kind === 'advice');
      const leads = list?.children.map(itemLead) ?? [];
      const named = leads.filter(Boolean).length;
      // A list of exercises: most items lead with a name, and at least two of them instruct.
      // Then every named item is an exercise, even one told in description ("Pulling and bending…").
      const instructing = leads.filter((lead) => lead?.instructs).length;
      // A list that opens with an unnamed instruction is the steps of one exercise; labelled items
      // further down ("Long squeezes: hold for 10 seconds") are its variants, not exercises.
      const stepsFirst = list !== undefined && !leads[0] && opensWithInstruction(list.children[0]);
      if (!list || blockAdvice || (instructing < 2 || named * 2 < leads.length || stepsFirst) && !(blockForced && named > 0) && !each) {
        rest.push(block);
        continue;
      }
      found = true;
      list.children.forEach((item, index) => {
        const lead = leads[index] ?? (each ? leadOfUnnamed(item) : undefined);
        const draft = lead ? readItem(item, lead) : undefined;
        if (draft && draft.steps.length > 0 && (each || !isEverydayTip(draft))) {
          exercises.push(draft);
          // Captions and shop links inside the item go to the report with the other boilerplate.
          for (const child of item.children.slice(1)) if (isItemAside(child)) rest.push({ node: child, directives: [] });
        }
        else rest.push({ node: { ...list, children: [item] }, directives: [] });
      });
    }
    return found ? { exercises, rest } : undefined;
  },
};
