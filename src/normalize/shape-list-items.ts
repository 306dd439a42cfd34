// Shape (c): a list whose items are each a whole exercise, the name leading the item —
// in quotes (“Eagle”;. Stand up…), with a parenthesis (Marjariasana (“cat”). …) or as a short
// title (Lotus Back. Sit in…).
import type { List, ListItem, Paragraph } from 'mdast';
import type { Located } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { mappedText } from './inline-text.js';
import { isNameSentence, paragraphLead, titleOnFirstLine, type NameLead } from './name-lead.js';
import { readSentence } from './sentence-role.js';
import { isEverydayMovement } from './advice-topics.js';
import { capitalize, emptyExercise, joinLocated, nameKey, sentencesOf, type ExerciseDraft, type ExerciseShape, type ShapeResult } from './drafts.js';
import { addSentences } from './exercise-body.js';
import { fieldsAtMost, isCaptionLine, isFurniture, isPromotional } from './boilerplate.js';
import { locatedText } from './drafts.js';
import { isInstruction } from './instructions.js';
import { isTableRows, namesRows } from './spoken-marks.js';
import { parseDosage } from './dosage.js';

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

function readItem(item: ListItem, lead: NameLead, setupAsStep = true): ExerciseDraft {
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
  if (setupAsStep) setupIsStep(draft);
  return draft;
}

function setupIsStep(draft: ExerciseDraft): void {
  if (draft.steps.length === 0 && draft.startingPosition) {
    draft.steps.push(draft.startingPosition);
    delete draft.startingPosition;
  }
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

/** "Butterfly sitting on the floor, feet together, 30 secs": a nominal lead before a comma (asked only of items that say how much). */
function commaLead(item: ListItem): ItemLead | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const text = mappedText(first).text;
  const comma = text.indexOf(',');
  const name = comma > 0 ? text.slice(0, comma).trim() : '';
  if (!name || !/^\p{Lu}/u.test(name) || !fieldsAtMost(name, 7) || parseDosage(name) !== undefined) return undefined;
  const reading = readSentence(name);
  if (reading.imperative !== undefined || isInstruction(name) || /^(?:if|when|and|but|also|then|so|my|i|we|you)\b/i.test(name)) return undefined;
  return { name: capitalize(name), aliases: [], length: comma + 1, instructs: false };
}

/** "Wall slide⏎Back against the wall, feet apart…": a title line over the item's text, in a list of exercises. */
function titleOfItem(item: ListItem): NameLead | undefined {
  const first = item.children[0];
  return first && first.type === 'paragraph' ? titleOnFirstLine(mappedText(first).text, false) : undefined;
}

/** An everyday movement told as a tip ("Getting into a car: sit first, then…") stays advice. */
function isEverydayTip(draft: ExerciseDraft): boolean {
  return isEverydayMovement(draft.name.value) && draft.dosage.length === 0;
}

/** "Cat: On hands and knees. 6-8 times": a row of a table; its first cell (before the colon the bar became) is the name. */
function rowLead(item: ListItem, named: boolean): NameLead | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const text = mappedText(first).text;
  const colon = text.indexOf(':');
  const name = colon > 0 ? text.slice(0, colon).trim().replace(/^[“"‘'«]|[”"’'»]$/g, '').trim() : '';
  // A one-word name may read as a verb ("Bridge"); a longer instruction ("Lie on your back") is a step, not a name.
  // Under a header that says the column holds names ("Exercise"), "Rest on the side" is one too.
  if (!name || !fieldsAtMost(name, 8) || !/^\p{L}/u.test(name) || (!named && /\s/.test(name) && isInstruction(name))) return undefined;
  return { name: capitalize(name), aliases: [], length: colon + 1 };
}

/**
 * The rows of a table of exercises (name, starting position, how many): each row that names an
 * exercise and says how much or from where is one, though the table gives no steps; at least two.
 */
function tableExercises(list: List): ExerciseDraft[] | undefined {
  if (!isTableRows(list)) return undefined;
  const drafts = list.children.map((item) => {
    const lead = rowLead(item, namesRows(list));
    return lead ? readItem(item, lead, false) : undefined;
  });
  const told = drafts.filter((d): d is ExerciseDraft => d !== undefined && !isEverydayTip(d) && (d.dosage.length > 0 || d.startingPosition !== undefined || d.steps.some((step) => isInstruction(step.value))));
  const measured = told.filter((d) => d.dosage.length > 0 || d.startingPosition !== undefined).length;
  if (measured < 2 || told.length * 2 < list.children.length) return undefined;
  return told;
}

/** "Cat - on the inhale…", "“Cat”: …": the table row an item opens with, by name, and where its text starts. */
function rowNamed(item: ListItem, rows: ReadonlyMap<string, ExerciseDraft>): { draft: ExerciseDraft; length: number } | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const text = mappedText(first).text;
  const lead = /^\s*[“"‘'«]?([^“”"‘’'«»:–—.\n]{2,60}?)[”"’'»]?\s*(?:[:–—.]|\s-)\s+/u.exec(text);
  const draft = lead ? rows.get(nameKey(lead[1]!)) : undefined;
  return draft && lead ? { draft, length: lead[0].length } : undefined;
}

/** A list whose items lead with the names of a table's exercises (most of them) explains them. */
function explainsRows(list: List, rows: ReadonlyMap<string, ExerciseDraft>): boolean {
  const matched = list.children.filter((item) => rowNamed(item, rows) !== undefined).length;
  return matched >= 2 && matched * 2 >= list.children.length;
}

export const listItemShape: ExerciseShape = {
  id: 'list-item',
  read(section: Section): ShapeResult | undefined {
    const exercises: ExerciseDraft[] = [];
    const rest: Block[] = [];
    let found = false;
    const sectionEach = section.directives.some((d) => d.kind === 'exercises');
    const rows = new Map<string, ExerciseDraft>();
    for (const block of section.blocks) {
      const list = block.node.type === 'list' ? (block.node as List) : undefined;
      const table = list && !block.directives.some((d) => d.kind === 'advice') ? tableExercises(list) : undefined;
      if (table) {
        found = true;
        for (const draft of table) {
          exercises.push(draft);
          rows.set(nameKey(draft.name.value), draft);
        }
        continue;
      }
      // The steps of a table's exercises told after it, item by item under their names.
      if (list && rows.size > 0 && explainsRows(list, rows)) {
        for (const item of list.children) {
          const row = rowNamed(item, rows);
          if (!row) {
            rest.push({ node: { ...list, children: [item] }, directives: [] });
            continue;
          }
          row.draft.nodes.push(item);
          addSentences(row.draft, [...sentencesOf(item.children[0]!, row.length), ...item.children.slice(1).flatMap((child) => sentencesOf(child))], false);
        }
        continue;
      }
      const each = sectionEach || block.directives.some((d) => d.kind === 'exercises');
      const blockForced = each || block.directives.some((d) => d.kind === 'exercise');
      const blockAdvice = block.directives.some((d) => d.kind === 'advice');
      const plainLeads = list?.children.map(itemLead) ?? [];
      const amounts = list?.children.map((item) => parseDosage(mappedText(item).text) !== undefined) ?? [];
      // "Cat cow on hands and knees, 10 slow ones": a list that names each move before a comma and
      // says how much of it, once most items read that way.
      const few = list !== undefined && plainLeads.filter(Boolean).length * 2 < plainLeads.length;
      const enough = (found: ReadonlyArray<unknown>): boolean => found.filter(Boolean).length >= 2 && found.filter(Boolean).length * 2 >= plainLeads.length;
      const commaLeads = few ? list!.children.map((item, k) => (amounts[k] ? commaLead(item) : undefined)) : [];
      // "1. CAT-COW⏎all fours⏎x10 slow": an infographic's title lines over terse notes.
      const titleLeads = few && !enough(commaLeads) ? list!.children.map((item, k) => {
        const lead = amounts[k] ? titleOfItem(item) : undefined;
        return lead ? { ...lead, instructs: false } : undefined;
      }) : [];
      const terse = enough(commaLeads) ? commaLeads : enough(titleLeads) ? titleLeads : undefined;
      const leads = terse ?? plainLeads;
      const named = leads.filter(Boolean).length;
      // A list of exercises: most items lead with a name, and at least two of them instruct.
      // Then every named item is an exercise, even one told in description ("Pulling and bending…").
      const instructing = leads.filter((lead) => lead?.instructs).length;
      // An encyclopedia or catalogue describes each one instead ("**Puppy pose** — from all fours,
      // the hands are walked forward…; held for 20 seconds"): names with amounts are exercises too.
      const measured = leads.filter((lead, k) => lead && amounts[k]).length;
      const described = named >= 2 && measured >= 2 && measured * 2 >= leads.length;
      // A list that opens with an unnamed instruction is the steps of one exercise; labelled items
      // further down ("Long squeezes: hold for 10 seconds") are its variants, not exercises.
      const stepsFirst = list !== undefined && !leads[0] && opensWithInstruction(list.children[0]);
      if (!list || blockAdvice || ((instructing < 2 && !described) || named * 2 < leads.length || stepsFirst) && !(blockForced && named > 0) && !each) {
        rest.push(block);
        continue;
      }
      found = true;
      list.children.forEach((item, index) => {
        const lead = leads[index] ?? (each ? leadOfUnnamed(item) : titleOfItem(item));
        const draft = lead ? readItem(item, lead) : undefined;
        // A named amount with nothing else ("Cat cow on hands and knees, 10 slow ones"): the item is its own step.
        const told = lead ? joinLocated(sentencesOf(item.children[0]!, lead.length)) : undefined;
        if (draft && draft.steps.length === 0 && draft.dosage.length > 0 && (leads === terse || described) && told) draft.steps.push({ ...told, value: capitalize(told.value) });
        if (draft && draft.steps.length > 0 && (each || !isEverydayTip(draft))) {
          exercises.push(draft);
          // Captions and shop links inside the item go to the report with the other boilerplate.
          for (const child of item.children.slice(1)) if (isItemAside(child)) rest.push({ node: child, directives: [] });
        }
        else rest.push({ node: { ...list, children: [item] }, directives: [] });
      });
    }
    for (const draft of rows.values()) setupIsStep(draft);
    return found ? { exercises, rest } : undefined;
  },
};
