// Drafts: what a shape reader extracts from a section before it becomes a record. Every piece of
// text keeps the place it starts, so records can cite file:line:column for each field.
import type { Nodes } from 'mdast';
import type { VFile } from 'vfile';
import type { AdviceTopic, Located, Stage } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { splitSentences } from '../language/split-sentences.js';
import { clean, mappedText } from './inline-text.js';

export interface ExerciseDraft {
  name: Located;
  aliases: string[];
  startingPosition?: Located;
  steps: Located[];
  dosage: Located[];
  cues: Located[];
  cautions: Located[];
  benefits: Located[];
  /** Nodes the exercise was read from (for its line span). */
  nodes: Nodes[];
  /** Picture references left out of the exercise ("See picture 4…"), for the editor's report. */
  pictures?: Located[];
  /** Sentences of page or programme furniture inside the exercise ("Reply 1 for more"), for the report. */
  furniture?: Located[];
  shape: 'labelled' | 'cards' | 'prose' | 'list-item' | 'steps';
}

export interface AdviceDraft {
  topic?: AdviceTopic;
  /** A title line the block stood under, when the source wrote its heading as a plain line. */
  heading?: string;
  /** Stages set by a directive on the block. */
  stages?: Stage[];
  text?: Located;
  items?: Located[];
  nodes: Nodes[];
}

export interface DocumentContext {
  file: VFile;
  documentId: string;
  language: string;
  documentStages: Stage[];
  /** Share (0–1) of a text's letters that are not in the document's language. */
  foreignShare(text: string): number;
  /** Colon leads that open three or more paragraphs ("Ausgangsposition:"): labels, not names. */
  repeatedLeads?: ReadonlySet<string>;
}

/** What a shape reader returns: the exercises it found and the blocks it left for advice. */
export interface ShapeResult {
  exercises: ExerciseDraft[];
  rest: Block[];
}

export interface ExerciseShape {
  id: ExerciseDraft['shape'];
  /** Returns undefined when the section does not have this shape. */
  read(section: Section, context: DocumentContext, forced: boolean): ShapeResult | undefined;
  /** The shape reads named paragraphs itself; the others leave them to be read after it. */
  readsParagraphs?: true;
}

/** The whole text of a node, cleaned, with its start. Cached per node (asked by several readers). */
const locatedCache = new WeakMap<Nodes, Located | null>();

export function locatedText(node: Nodes): Located | undefined {
  let located = locatedCache.get(node);
  if (located === undefined) {
    located = computeLocatedText(node) ?? null;
    locatedCache.set(node, located);
  }
  return located ?? undefined;
}

function computeLocatedText(node: Nodes): Located | undefined {
  const mapped = mappedText(node);
  const value = clean(mapped.text);
  if (!value) return undefined;
  const lead = mapped.text.length - mapped.text.trimStart().length;
  return { value, start: mapped.pointAt(lead) };
}

/** The sentences of a node (from a character offset of its text on), each cleaned and placed. */
const sentenceCache = new WeakMap<Nodes, Located[]>();

export function sentencesOf(node: Nodes, from = 0): Located[] {
  if (from === 0) {
    let cached = sentenceCache.get(node);
    if (!cached) {
      cached = computeSentences(node, 0);
      sentenceCache.set(node, cached);
    }
    return cached;
  }
  return computeSentences(node, from);
}

function computeSentences(node: Nodes, from: number): Located[] {
  const mapped = mappedText(node);
  return splitSentences(mapped.text.slice(from))
    .map((sentence) => ({ value: clean(sentence.text), start: mapped.pointAt(from + sentence.start) }))
    .filter((sentence) => sentence.value.length > 0);
}

/** Joins located pieces into one, placed at the first. */
export function joinLocated(parts: readonly Located[]): Located | undefined {
  const first = parts[0];
  if (!first) return undefined;
  return { value: parts.map((part) => part.value).join(' '), start: first.start };
}

/** Strips an exercise heading's numbering and quotes: "Exercise 1. ‘Cat-Cow’ on all fours" → "Cat-Cow on all fours". */
export function exerciseName(heading: string): { name: string; aliases: string[] } {
  const aliases = [...heading.matchAll(/(?<!\p{L})[‘“"'«]([^’”"»]{2,40}?)[’”"'»](?!\p{L})/gu)].map((m) => m[1]!.trim());
  const name = heading
    // "1️⃣ Cat-cow": a keycap number is numbering.
    .replace(/\d\uFE0F?\u20E3/gu, ' ')
    .replace(/^\s*(?:exercise|step|pose|stretch)?\s*\d+\s*(?:[.:)]|\s[–—-])\s*/i, '')
    .replace(/^\s*\(?[A-H][.)]\s+(?=\p{Lu})/u, '')
    // "DAY 2 🌸 Side-Lying Leg Lifts": the day of a series and its emoji are not the name.
    .replace(/[\p{Extended_Pictographic}\u200D\uFE0F\u{1F3FB}-\u{1F3FF}]+/gu, ' ')
    .replace(/^\s*(?:day|week|move|post|part)\s+\d+\s*[:.–—-]?\s+(?=\S)/i, '')
    .replace(/(?<!\p{L})[‘'"“«]|[’'"”»](?!\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:;]+$/, '');
  return { name: capitalize(name), aliases: aliases.map(capitalize).filter((alias) => alias !== capitalize(name)) };
}

/** A name as compared with another: case, quotes, emphasis marks and spacing do not count. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[“”"‘’'«»*]/g, '').replace(/\s+/g, ' ').trim();
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function emptyExercise(name: Located, shape: ExerciseDraft['shape']): ExerciseDraft {
  return { name, aliases: [], steps: [], dosage: [], cues: [], cautions: [], benefits: [], nodes: [], shape };
}
