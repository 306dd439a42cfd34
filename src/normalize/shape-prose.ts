// Shape (b): a section whose heading names the exercise and whose paragraphs instruct
// ("Good cat / bad cat" → "Crawl on your heels, lean on knees and hands. …").
import type { Paragraph } from 'mdast';
import type { Located } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { capitalize, exerciseName, emptyExercise, sentencesOf, type DocumentContext, type ExerciseShape, type ShapeResult } from './drafts.js';
import { addSentences } from './exercise-body.js';
import { isInstruction } from './instructions.js';
import { isDosageSentence } from './dosage.js';
import { adviceTopicOfHeading } from './advice-topics.js';

/** Headings like "Exercise to relieve backache" name a purpose, not an exercise. */
const GENERIC_HEADING = /^(?:an? )?(?:exercises?|workouts?|stretch(?:es)?)\s+(?:to|for)\b/i;
/** "the “mountain” exercise", "“mountain” pose": a name the text gives the exercise. */
const NAMED_IN_TEXT = /(?<!\p{L})[“"‘']([^”"’\n]{2,30}?)[”"’'](?!\p{L})\s+(?:exercise|pose|stretch|position)\b/iu;

function instructs(sentences: readonly Located[]): boolean {
  return sentences.some((s) => isInstruction(s.value) || isDosageSentence(s.value));
}

export const proseShape: ExerciseShape = {
  id: 'prose',
  read(section: Section, context: DocumentContext, forced: boolean): ShapeResult | undefined {
    if (!section.heading) return undefined;
    if (!forced && adviceTopicOfHeading(section.path) !== undefined) return undefined;
    // Most sections are advice: the cheap tests that rule a section out come first.
    if (!forced && section.blocks.some((block) => block.node.type === 'list')) return undefined;
    const paragraphs = section.blocks.map((block) => ({
      block,
      sentences: block.node.type === 'paragraph' ? sentencesOf(block.node) : [],
    }));
    const sentences = paragraphs.flatMap((p) => p.sentences);
    const instructions = sentences.filter((s) => isInstruction(s.value));
    // Fewer than two instructions in all: fewer still among the sentences in the language.
    if (!forced && instructions.length < 2) return undefined;
    const all = sentences.filter((s) => context.foreignShare(s.value) < 0.5);
    const instructing = instructions.filter((s) => context.foreignShare(s.value) < 0.5).length;
    if (!forced && (instructing < 2 || instructing / Math.max(all.length, 1) < 0.4)) return undefined;

    // A block with a directive of its own (another stage, `advice`) is not part of the exercise.
    const own = (i: number): boolean => !paragraphs[i]!.block.directives.some((d) => d.kind !== 'allow');
    let first = paragraphs.findIndex((p, i) => own(i) && instructs(p.sentences));
    let last = -1;
    paragraphs.forEach((p, i) => { if (own(i) && instructs(p.sentences)) last = i; });
    if (first === -1 && forced) {
      // An editor marked this section an exercise: every paragraph of it is, though none instructs.
      first = paragraphs.findIndex((p, i) => own(i) && p.sentences.length > 0);
      paragraphs.forEach((p, i) => { if (own(i) && p.sentences.length > 0) last = i; });
    }
    if (first === -1) return undefined;

    const heading = exerciseName(section.heading.text);
    const named = paragraphs.map((p) => NAMED_IN_TEXT.exec(p.sentences.map((s) => s.value).join(' '))?.[1]).find(Boolean);
    const useTextName = named !== undefined && GENERIC_HEADING.test(heading.name);
    const name = useTextName ? capitalize(named!.trim()) : heading.name;
    const draft = emptyExercise({ value: name, start: section.heading.node.position!.start }, 'prose');
    draft.aliases = useTextName ? [heading.name, ...heading.aliases] : heading.aliases;
    draft.nodes.push(section.heading.node);

    const rest: Block[] = [];
    paragraphs.forEach(({ block, sentences }, i) => {
      const inside = own(i) && i >= first && (i <= last || (block.node.type === 'paragraph' && isCautionNote(block.node as Paragraph, sentences)));
      if (!inside || block.node.type !== 'paragraph') {
        rest.push(block);
        return;
      }
      draft.nodes.push(block.node);
      addSentences(draft, sentences, true);
    });
    return draft.steps.length > 0 ? { exercises: [draft], rest } : undefined;
  },
};

/** A trailing "Note: … should not be done after week 34" still belongs to the exercise above it. */
function isCautionNote(_node: Paragraph, sentences: readonly Located[]): boolean {
  return sentences.length > 0 && /^(?:note|caution|warning|important)\s*:/i.test(sentences[0]!.value);
}
