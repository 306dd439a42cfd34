// Shape (a): a section of labelled parts — "Starting position:", "Technique:" with numbered
// steps, "Repetitions:"/"Repeats:"/"Time:", "Markers:"/"Indicators:".
import type { Nodes } from 'mdast';
import type { Located } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { clean, mappedText } from './inline-text.js';
import { exerciseName, emptyExercise, locatedText, type ExerciseShape, type ShapeResult } from './drafts.js';
import { splitList } from './sentence-kinds.js';

type Label = 'start' | 'technique' | 'dosage' | 'cues' | 'caution';

const LABELS: ReadonlyArray<[Label, string]> = [
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

interface Segment { label?: Label; text: Located }

/** Cuts a paragraph at its labels; text before the first label has no label. */
function segments(node: Nodes): Segment[] {
  const mapped = mappedText(node);
  const text = mapped.text;
  // Every label ends with a colon: a text without one has none (the usual case).
  const found = text.includes(':') ? [...text.matchAll(LABEL)] : [];
  const out: Segment[] = [];
  const push = (label: Label | undefined, from: number, to: number): void => {
    const raw = text.slice(from, to);
    const value = clean(raw);
    // A label with nothing after it ("Technique:") still counts: the list that follows is its text.
    if (value || label) out.push({ label, text: { value, start: mapped.pointAt(from + raw.length - raw.trimStart().length) } });
  };
  push(undefined, 0, found[0]?.index ?? text.length);
  found.forEach((match, i) => {
    push(labelOf(match[1]!), match.index! + match[0].length, found[i + 1]?.index ?? text.length);
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
        for (const item of node.children) {
          const step = locatedText(item);
          if (step) draft.steps.push(step);
        }
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
        rest.push(block);
        continue;
      }
      draft.nodes.push(node);
      for (const part of parts) {
        switch (part.label) {
          case 'start': if (part.text.value) draft.startingPosition = part.text; break;
          case 'technique': expectSteps = true; if (part.text.value) draft.steps.push(part.text); break;
          case 'dosage': if (part.text.value) draft.dosage.push(part.text); break;
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
