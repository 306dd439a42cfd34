// Shape (a): a section of labelled parts — "Starting position:", "Technique:" with numbered
// steps, "Repetitions:"/"Repeats:"/"Time:", "Markers:"/"Indicators:".
import type { Nodes } from 'mdast';
import type { Located } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { clean, mappedText } from './inline-text.js';
import { exerciseName, emptyExercise, sentencesOf, type ExerciseShape, type ShapeResult } from './drafts.js';
import { addSentences } from './exercise-body.js';
import { parseDosage } from './dosage.js';
import { addItem } from './shape-steps.js';
import { readSentence, type SentenceRole } from './sentence-role.js';

const ASIDE: ReadonlySet<SentenceRole> = new Set(['caution', 'cue', 'picture']);
import { splitList } from './sentence-kinds.js';

type Label = 'name' | 'start' | 'technique' | 'dosage' | 'cues' | 'caution';

const LABELS: ReadonlyArray<[Label, string]> = [
  // Form-like handouts head each exercise with an ordinal ("Exercise 3") and name it in a label.
  ['name', 'name|exercise name|title of (?:the )?exercise'],
  ['start', 'starting position|start(?:ing)? pose|start position|starting point|position'],
  ['technique', 'technique|steps|instructions|how to do it|execution'],
  ['dosage', 'repetitions|repeats|reps|sets|time|duration|dosage|how (?:much|long|often)'],
  ['cues', 'markers(?: of (?:proper|correct) execution)?|indicators|cues|check|signs of (?:proper|correct) execution'],
  ['caution', 'note|caution|warning|important|contraindications?'],
];
const LABEL = new RegExp(
  String.raw`(?:^|(?<=[.!?]\s+))(${LABELS.map(([, words]) => `(?:${words})`).join('|')})(?:\s*\([^)]*\))?\s*:`,
  'giu',
);

const LABEL_WORDS: ReadonlyArray<[Label, RegExp]> = LABELS.map(([label, words]) => [label, new RegExp(`^(?:${words})$`, 'i')]);

function labelOf(word: string): Label {
  const lower = word.toLowerCase();
  for (const [label, pattern] of LABEL_WORDS) if (pattern.test(lower)) return label;
  return 'caution';
}

interface Segment { label?: Label; text: Located; /** The text from the label on ("Reps: 10"). */ labelled?: Located }

/** Cuts a paragraph at its labels; text before the first label has no label. */
function segments(node: Nodes): Segment[] {
  const mapped = mappedText(node);
  const text = mapped.text;
  // Every label ends with a colon: a text without one has none (the usual case).
  const found = text.includes(':') ? [...text.matchAll(LABEL)] : [];
  const out: Segment[] = [];
  const push = (label: Label | undefined, from: number, to: number, labelFrom = from): void => {
    const raw = text.slice(from, to);
    const value = clean(raw);
    const labelled = { value: clean(text.slice(labelFrom, to)), start: mapped.pointAt(labelFrom) };
    // A label with nothing after it ("Technique:") still counts: the list that follows is its text.
    if (value || label) out.push({ label, text: { value, start: mapped.pointAt(from + raw.length - raw.trimStart().length) }, labelled });
  };
  push(undefined, 0, found[0]?.index ?? text.length);
  found.forEach((match, i) => {
    push(labelOf(match[1]!), match.index! + match[0].length, found[i + 1]?.index ?? text.length, match.index!);
  });
  return out;
}

function labelsIn(blocks: readonly Block[]): Set<Label> {
  const set = new Set<Label>();
  for (const block of blocks) {
    if (block.node.type !== 'paragraph') continue;
    for (const segment of segments(block.node)) if (segment.label) set.add(segment.label);
  }
  return set;
}

/** "Reps: 10": the number is repetitions only because of its label, so the label stays in the text. */
function needsLabel(part: Segment): boolean {
  if (!part.labelled || !/^\d/.test(part.text.value)) return false;
  const bare = parseDosage(part.text.value);
  const labelled = parseDosage(part.labelled.value);
  return Boolean((labelled?.repetitions && !bare?.repetitions) || (labelled?.sets && !bare?.sets));
}

export const labelledShape: ExerciseShape = {
  id: 'labelled',
  read(section: Section): ShapeResult | undefined {
    if (!section.heading) return undefined;
    const labels = labelsIn(section.blocks);
    const core = ['start', 'technique', 'dosage', 'cues'].filter((label) => labels.has(label as Label));
    if (core.length < 2 || !(labels.has('start') || labels.has('technique'))) return undefined;
    const { name, aliases } = exerciseName(section.heading.text);
    const draft = emptyExercise({ value: name, start: section.heading.node.position!.start }, 'labelled');
    draft.aliases = aliases;
    draft.nodes.push(section.heading.node);
    const rest: Block[] = [];
    let expectSteps = false;
    for (const block of section.blocks) {
      const node = block.node;
      if (node.type === 'list' && (expectSteps || (node.ordered && draft.steps.length === 0))) {
        for (const item of node.children) addItem(draft, item);
        draft.nodes.push(node);
        expectSteps = false;
        continue;
      }
      if (node.type !== 'paragraph') {
        rest.push(block);
        continue;
      }
      const parts = segments(node);
      if (!parts.some((part) => part.label)) {
        // An unlabelled caution or cue ("Do not do this exercise after 28 weeks…") is the exercise's.
        const sentences = block.directives.length === 0 ? sentencesOf(node) : [];
        if (sentences.length > 0 && sentences.every((s) => ASIDE.has(readSentence(s.value).role))) {
          draft.nodes.push(node);
          addSentences(draft, sentences, false);
        } else rest.push(block);
        continue;
      }
      draft.nodes.push(node);
      for (const part of parts) {
        switch (part.label) {
          case 'name': {
            const named = exerciseName(part.text.value);
            if (named.name) {
              draft.name = { value: named.name, start: part.text.start };
              draft.aliases = named.aliases;
            }
            break;
          }
          case 'start': if (part.text.value) draft.startingPosition = part.text; break;
          case 'technique': expectSteps = true; if (part.text.value) draft.steps.push(part.text); break;
          // "Reps: 10" keeps its label: the bare number is read as repetitions because of it.
          case 'dosage': if (part.text.value) draft.dosage.push(needsLabel(part) ? part.labelled! : part.text); break;
          case 'cues': draft.cues.push(...splitList(part.text)); break;
          case 'caution': if (part.text.value) draft.cautions.push(part.text); break;
          default: if (part.text.value) draft.steps.push(part.text);
        }
      }
    }
    if (draft.steps.length === 0 && draft.startingPosition) draft.steps.push(draft.startingPosition);
    if (draft.steps.length === 0) return undefined;
    return { exercises: [draft], rest };
  },
};
