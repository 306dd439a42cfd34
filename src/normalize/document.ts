// One content document → exercise and advice records. Pure: takes the parsed tree and returns
// records; problems become messages on the document's vfile.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Advice, Exercise, FrontMatter, Located, Stage } from '../model/types.js';
import type { Directive } from '../read/directives.js';
import { flattenSections, toSections, type Section } from '../read/sections.js';
import { adviceFromBlocks } from './advice-blocks.js';
import { isFurnitureSentence, isPromotional, mayHoldFurniture, isShortLine, partitionBoilerplate, type BoilerplateBlock } from './boilerplate.js';
import { locatedText, type AdviceDraft } from './drafts.js';
import { splitSentences } from '../language/split-sentences.js';
import type { DocumentContext, ShapeResult } from './drafts.js';
import type { IdAllocator } from './ids.js';
import { adviceRecord, exerciseRecord } from './records.js';
import { EXERCISE_SHAPES } from './shapes.js';
import { namedParagraphShape } from './shape-prose.js';
import { defaultStages, stagesForPath } from './stages.js';
import { report } from '../report/diagnostics.js';
import { eachNode } from '../read/each-node.js';
import { isPictureReference, withoutPictureReferences } from './sentence-role.js';
import { blankSpokenMarks } from './spoken-marks.js';
import { blankScriptLines } from './script-lines.js';
import { splitMessageLog } from './message-log.js';
import { blankCounterLines } from './counter-lines.js';
import { splitLostLists } from './lost-list.js';
import { settleStepless } from './stepless.js';
import { refersElsewhere } from '../language/picture-reference.js';

export interface DocumentRecords {
  exercises: Exercise[];
  advice: Advice[];
  boilerplate: BoilerplateBlock[];
  /** Reviewer decisions: `allow RULE — reason` directives and the lines they cover. */
  allows: AllowDirective[];
  stages: Stage[];
}

export interface AllowDirective {
  rule: string;
  reason: string;
  at: { line: number; column: number };
  /** Lines of the block or section the directive precedes. */
  lines: { start: number; end: number };
}

export interface NormalizeOptions {
  file: VFile;
  documentId: string;
  frontMatter: FrontMatter;
  ids: IdAllocator;
  foreignShare(text: string): number;
}

export function normalizeDocument(parsed: Root, options: NormalizeOptions): DocumentRecords {
  const { file, documentId, frontMatter, ids } = options;
  // Transcript timestamps and table bars are blanked in a copy, every place kept.
  const log = splitMessageLog(parsed);
  const counters = blankCounterLines(log.tree);
  const spoken = blankSpokenMarks(counters.tree);
  const script = blankScriptLines(spoken.tree);
  // Lines that were list items before their markup was lost become blocks of their own.
  const tree = splitLostLists(script.tree);
  const removed = [...log.removed, ...counters.removed, ...spoken.removed, ...script.removed];
  const documentStages = defaultStages(frontMatter.audience, frontMatter.stages);
  const audienceStages = defaultStages(frontMatter.audience);
  const context: DocumentContext = {
    file,
    documentId,
    language: frontMatter.language,
    documentStages,
    foreignShare: options.foreignShare,
    repeatedLeads: repeatedLeads(tree),
  };
  const exercises: Exercise[] = [];
  const advice: Advice[] = [];
  const boilerplate: BoilerplateBlock[] = [...removed];
  const root = toSections(tree, file);
  const repeated = repeatedShortLines(tree);
  const allows = allowDirectives(root);
  const inherited = new Map<Section, Stage[] | undefined>();
  const read: Array<{ section: Section; where: { headings: string[]; stages: Stage[] }; result: ShapeResult }> = [];
  for (const section of flattenSections(root)) {
    const parentStages = section.parent ? inherited.get(section.parent) : undefined;
    const own = section.directives.find((d) => d.kind === 'stages');
    const directiveStages = own?.kind === 'stages' ? own.stages : parentStages;
    inherited.set(section, directiveStages);
    const fromPath = stagesForPath(section.path, documentStages, audienceStages);
    if (!directiveStages && fromPath.outside.length > 0 && fromPath.heading === section.path.length - 1 && section.heading) {
      report(file, `Heading names ${fromPath.outside.join(', ')}, outside the document's audience (${frontMatter.audience.join(', ')}); expected stages of that audience`, {
        ruleId: 'stage-outside-audience', severity: 'warning', place: section.heading.node.position!.start,
        note: `Those stages are ignored here. Add the audience to the front matter, or set the stages with <!-- guidance: stages … -->.`,
      });
    }
    const stages = directiveStages ?? fromPath.stages;
    read.push({ section, where: { headings: section.path, stages }, result: readSection(section, context) });
  }
  // Table rows that only say how much join the exercise of the same name told elsewhere.
  const settled = settleStepless(read.map((r) => r.result));
  for (const [k, { section, where }] of read.entries()) {
    const result = settled[k]!;
    for (const draft of result.exercises) {
      exercises.push(exerciseRecord(draft, where, context, ids));
      for (const picture of draft.pictures ?? []) boilerplate.push(pictureBlock(picture, section));
      for (const sentence of draft.furniture ?? []) {
        boilerplate.push({ kind: 'navigation', reason: `page or programme furniture inside an exercise: “${sentence.value}”`, text: sentence.value, items: [], start: sentence.start, lines: { start: sentence.start.line, end: sentence.start.line }, headings: section.path });
      }
    }
    const parts = partitionBoilerplate(result.rest, section, repeated, options.foreignShare);
    boilerplate.push(...parts.boilerplate);
    for (const draft of adviceFromBlocks(parts.blocks, section).map((d) => stripPictures(stripPromotion(d, section, boilerplate), section, boilerplate))) {
      const record = adviceRecord(draft, draft.stages ? { ...where, stages: draft.stages } : where, context, ids);
      if (record) advice.push(record);
    }
  }
  return { exercises, advice, boilerplate, allows, stages: documentStages };
}

function readSection(section: Section, context: DocumentContext): ShapeResult {
  const forcedAdvice = section.directives.some((d) => d.kind === 'advice');
  const forced = section.directives.some((d) => d.kind === 'exercise');
  if (!forcedAdvice) {
    for (const shape of EXERCISE_SHAPES) {
      const result = shape.read(section, context, forced);
      if (result) return shape.readsParagraphs ? result : withNamedParagraphs(result, section, context);
    }
  }
  if (forced) {
    context.file.message('Section marked `exercise` has no instructions that could be read as steps', {
      place: section.heading?.node.position?.start,
      ruleId: 'directive',
      source: 'guidance',
    }).fatal = false;
  }
  return { exercises: [], rest: section.blocks };
}

/**
 * A section read as a list of exercises may still teach one in a paragraph that leads with its
 * name ("Also the **shoulder blade squeeze** - sit up…" in a forum reply under the list): what
 * the shape left is read for named paragraphs before it goes to advice.
 */
function withNamedParagraphs(result: ShapeResult, section: Section, context: DocumentContext): ShapeResult {
  if (!result.rest.some((block) => block.node.type === 'paragraph')) return result;
  const { heading: _heading, ...headless } = section;
  const more = namedParagraphShape.read({ ...headless, blocks: result.rest }, context, false);
  if (!more || more.exercises.length === 0) return result;
  const line = (draft: ShapeResult['exercises'][number]): number => draft.name.start.line;
  return { exercises: [...result.exercises, ...more.exercises].sort((a, b) => line(a) - line(b)), rest: more.rest };
}

/** Words before a colon that open three or more paragraphs: a label the document repeats. */
function repeatedLeads(tree: Root): Set<string> {
  const seen = new Map<string, number>();
  eachNode(tree, 'paragraph', (paragraph) => {
    const lead = /^\s*([^:\n]{2,30}):/.exec(locatedText(paragraph)?.value ?? '')?.[1]?.trim().toLowerCase();
    if (lead && lead.split(/\s+/).length <= 3) seen.set(lead, (seen.get(lead) ?? 0) + 1);
  });
  return new Set([...seen].filter(([, count]) => count >= 3).map(([lead]) => lead));
}

/** Short standalone lines that occur more than once in a document: captions and banners. */
function repeatedShortLines(tree: Root): Set<string> {
  const seen = new Map<string, number>();
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const text = locatedText(node)?.value;
    if (text && isShortLine(text)) seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count > 1).map(([text]) => text));
}

function allowDirectives(root: Section): AllowDirective[] {
  const out: AllowDirective[] = [];
  const lastLine = (section: Section): number => Math.max(
    section.heading?.node.position?.end.line ?? 0,
    ...section.blocks.map((b) => b.node.position?.end.line ?? 0),
    ...section.children.map(lastLine),
  );
  const add = (directives: readonly Directive[], lines: { start: number; end: number }): void => {
    for (const d of directives) if (d.kind === 'allow') out.push({ rule: d.rule, reason: d.reason, at: d.at, lines });
  };
  for (const section of flattenSections(root)) {
    if (section.heading) add(section.directives, { start: section.heading.node.position?.start.line ?? 1, end: lastLine(section) });
    else add(section.directives, { start: 0, end: 0 });
    for (const block of section.blocks) {
      add(block.directives, { start: block.node.position?.start.line ?? 1, end: block.node.position?.end.line ?? 1 });
    }
  }
  return out;
}

/** Cuts promotional sentences ("… visit our online course.") out of advice text; they go to the report. */
function stripPromotion(draft: AdviceDraft, section: Section, boilerplate: BoilerplateBlock[]): AdviceDraft {
  // No sentence is promotional unless the whole text is (sentences are slices cut between words);
  // chatter is anchored to its sentence, so a looser hint stands for it.
  const cut = (text: string): boolean => isPromotional(text) || isFurnitureSentence(text);
  if (!draft.text || !(isPromotional(draft.text.value) || mayHoldFurniture(draft.text.value))) return draft;
  const sentences = splitSentences(draft.text.value);
  const promotional = sentences.filter((s) => cut(s.text));
  // A text that is all promotion was classified as an advert already; one that is all chatter or
  // furniture ("Trying this tonight, thank you!!") is dropped here.
  if (promotional.length === 0 || (promotional.length === sentences.length && sentences.every((s) => isPromotional(s.text)))) return draft;
  for (const sentence of promotional) {
    const start = { line: draft.text.start.line, column: draft.text.start.column + sentence.start };
    boilerplate.push({
      ...(isPromotional(sentence.text) ? { kind: 'advert' as const, reason: 'promotional sentence inside guidance' } : { kind: 'navigation' as const, reason: 'page or class furniture inside guidance' }),
      text: sentence.text, items: [], start,
      lines: { start: start.line, end: start.line }, headings: section.path,
    });
  }
  const kept = sentences.filter((s) => !cut(s.text));
  const first = kept[0];
  if (!first) {
    const { text: _text, ...rest } = draft;
    return rest;
  }
  return { ...draft, text: { value: kept.map((s) => s.text).join(' '), start: { line: draft.text.start.line, column: draft.text.start.column + first.start } } };
}

/** A picture reference left out of the records, for the report: the outputs carry no pictures. */
function pictureBlock(sentence: Located, section: Section): BoilerplateBlock {
  return {
    kind: 'caption', reason: 'a reference to a picture, figure or video, which the outputs do not carry; describe the position in words',
    text: sentence.value, items: [], start: sentence.start,
    lines: { start: sentence.start.line, end: sentence.start.line }, headings: section.path,
  };
}

/** Picture references ("See the picture above.", "(see figure 2)") are never reader text; they go to the report. */
function stripPictures(draft: AdviceDraft, section: Section, boilerplate: BoilerplateBlock[]): AdviceDraft {
  for (const item of draft.items ?? []) if (isPictureReference(item.value)) boilerplate.push(pictureBlock(item, section));
  const items = draft.items?.filter((item) => !isPictureReference(item.value)).map((item) => ({ ...item, value: withoutPictureReferences(item.value) }));
  let text = draft.text;
  if (text && refersElsewhere(text.value)) {
    const sentences = splitSentences(text.value);
    const kept = sentences.filter((s) => !isPictureReference(s.text));
    for (const s of sentences) {
      if (!isPictureReference(s.text)) continue;
      boilerplate.push(pictureBlock({ value: s.text, start: { line: text.start.line, column: text.start.column + s.start } }, section));
    }
    const first = kept[0];
    text = first ? { value: withoutPictureReferences(kept.map((s) => s.text).join(' ')), start: { line: text.start.line, column: text.start.column + first.start } } : undefined;
  }
  const { text: _text, items: _items, ...restOf } = draft;
  return { ...restOf, ...(text ? { text } : {}), ...(items ? { items } : {}) };
}
