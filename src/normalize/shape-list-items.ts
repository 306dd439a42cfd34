// Shape (c): a list whose items are each a whole exercise, the name leading the item —
// in quotes (“Eagle”;. Stand up…), with a parenthesis (Marjariasana (“cat”). …) or as a short
// title (Lotus Back. Sit in…).
import type { List, ListItem } from 'mdast';
import type { Located } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { mappedText } from './inline-text.js';
import { capitalize, emptyExercise, sentencesOf, type ExerciseDraft, type ExerciseShape, type ShapeResult } from './drafts.js';
import { addSentences } from './exercise-body.js';
import { isInstruction } from './instructions.js';

const QUOTED = /^\s*[“"‘'«]\s*([^”"»\n]{1,50}?)\s*[”"’'»](?!\p{L})[\s;:,.–—-]*/u;
const WITH_PARENS = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})\s*\(([^)\n]{1,60})\)[\s;:,.–—-]*/u;
const TITLE = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\.\s+(?=\p{Lu})/u;

export interface NameLead { name: string; aliases: string[]; length: number }

/** The exercise name an item leads with, or undefined. */
export function nameLead(text: string): NameLead | undefined {
  const quoted = QUOTED.exec(text);
  if (quoted) return { name: capitalize(quoted[1]!.trim()), aliases: [], length: quoted[0].length };
  const parens = WITH_PARENS.exec(text);
  if (parens) {
    const alias = parens[2]!.replace(/[“”"‘’'«»;.,]/g, '').trim();
    return { name: parens[1]!.trim(), aliases: alias ? [capitalize(alias)] : [], length: parens[0].length };
  }
  const title = TITLE.exec(text);
  if (title && !isInstruction(title[1]!)) return { name: title[1]!.trim(), aliases: [], length: title[0].length };
  return undefined;
}

interface ItemLead extends NameLead { instructs: boolean }

function itemLead(item: ListItem): ItemLead | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const lead = nameLead(mappedText(first).text);
  if (!lead) return undefined;
  return { ...lead, instructs: sentencesOf(first, lead.length).some((s) => isInstruction(s.value)) };
}

function readItem(item: ListItem, lead: NameLead): ExerciseDraft {
  const [first, ...others] = item.children;
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

export const listItemShape: ExerciseShape = {
  id: 'list-item',
  read(section: Section): ShapeResult | undefined {
    const exercises: ExerciseDraft[] = [];
    const rest: Block[] = [];
    let found = false;
    for (const block of section.blocks) {
      const list = block.node.type === 'list' ? (block.node as List) : undefined;
      const blockForced = block.directives.some((d) => d.kind === 'exercise');
      const blockAdvice = block.directives.some((d) => d.kind === 'advice');
      const leads = list?.children.map(itemLead) ?? [];
      const named = leads.filter(Boolean).length;
      // A list of exercises: most items lead with a name, and at least two of them instruct.
      // Then every named item is an exercise, even one told in description ("Pulling and bending…").
      const instructing = leads.filter((lead) => lead?.instructs).length;
      if (!list || blockAdvice || (instructing < 2 || named * 2 < leads.length) && !(blockForced && named > 0)) {
        rest.push(block);
        continue;
      }
      found = true;
      list.children.forEach((item, index) => {
        const lead = leads[index];
        const draft = lead ? readItem(item, lead) : undefined;
        if (draft && draft.steps.length > 0) exercises.push(draft);
        else rest.push({ node: { ...list, children: [item] }, directives: [] });
      });
    }
    return found ? { exercises, rest } : undefined;
  },
};
