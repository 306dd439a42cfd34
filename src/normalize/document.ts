// One content document → exercise and advice records. Pure: takes the parsed tree and returns
// records; problems become messages on the document's vfile.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Advice, Exercise, FrontMatter, Stage } from '../model/types.js';
import { flattenSections, toSections, type Section } from '../read/sections.js';
import { adviceFromBlocks } from './advice-blocks.js';
import type { DocumentContext, ShapeResult } from './drafts.js';
import type { IdAllocator } from './ids.js';
import { adviceRecord, exerciseRecord } from './records.js';
import { EXERCISE_SHAPES } from './shapes.js';
import { defaultStages, stagesForPath } from './stages.js';

export interface DocumentRecords {
  exercises: Exercise[];
  advice: Advice[];
  stages: Stage[];
}

export interface NormalizeOptions {
  file: VFile;
  documentId: string;
  frontMatter: FrontMatter;
  ids: IdAllocator;
  foreignShare(text: string): number;
}

export function normalizeDocument(tree: Root, options: NormalizeOptions): DocumentRecords {
  const { file, documentId, frontMatter, ids } = options;
  const documentStages = defaultStages(frontMatter.audience, frontMatter.stages);
  const context: DocumentContext = {
    file,
    documentId,
    language: frontMatter.language,
    documentStages,
    foreignShare: options.foreignShare,
  };
  const exercises: Exercise[] = [];
  const advice: Advice[] = [];
  const root = toSections(tree, file);
  const inherited = new Map<Section, Stage[] | undefined>();
  for (const section of flattenSections(root)) {
    const parentStages = section.parent ? inherited.get(section.parent) : undefined;
    const own = section.directives.find((d) => d.kind === 'stages');
    const directiveStages = own?.kind === 'stages' ? own.stages : parentStages;
    inherited.set(section, directiveStages);
    const stages = directiveStages ?? stagesForPath(section.path, documentStages);
    const where = { headings: section.path, stages };
    const result = readSection(section, context);
    for (const draft of result.exercises) exercises.push(exerciseRecord(draft, where, context, ids));
    for (const draft of adviceFromBlocks(result.rest, section)) {
      const record = adviceRecord(draft, draft.stages ? { ...where, stages: draft.stages } : where, context, ids);
      if (record) advice.push(record);
    }
  }
  return { exercises, advice, stages: documentStages };
}

function readSection(section: Section, context: DocumentContext): ShapeResult {
  const forcedAdvice = section.directives.some((d) => d.kind === 'advice');
  const forced = section.directives.some((d) => d.kind === 'exercise');
  if (!forcedAdvice) {
    for (const shape of EXERCISE_SHAPES) {
      const result = shape.read(section, context, forced);
      if (result) return result;
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
