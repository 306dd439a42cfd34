// Builds the handouts from the dataset: published records only, flagged sentences left out, our
// own safe caution sentences as "Take care" boxes. Pure: same dataset and config, same handout.
import type { Advice, Audience, Dataset, DatasetConfig, Exercise, Stage } from '../model/types.js';
import { adviceSections } from './advice.js';
import { AUDIENCE_STAGES, sortStages } from '../model/types.js';
import { publishedAdvice, publishedExercises } from '../write/published.js';
import { exerciseSection } from './exercise.js';
import { safetySections } from './safety.js';
import { audienceSources, inAudience, sourcesSection } from './sources.js';
import { own } from './text.js';
import { DRAFT_NOTICE, reviewState } from '../review/sign-off.js';
import type { Handout, Section } from './types.js';
import { HANDOUT_IDS } from './types.js';
import { editionLine, HANDOUT_TITLES, HOW_TO_USE, HOW_TO_USE_CAUTIONS, SECTION_TITLES, STAGE_HEADINGS } from './words.js';

export const AUDIENCES: readonly Audience[] = ['pregnancy', 'postpartum'];

/**
 * The language of the handout: the most common language of its sources (the front matter's
 * `language`), ties broken alphabetically; `en` when there are no sources.
 */
export function handoutLanguage(dataset: Dataset, audience: Audience): string {
  const counts = new Map<string, number>();
  for (const source of audienceSources(dataset, audience)) counts.set(source.language, (counts.get(source.language) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0] ?? 'en';
}

function howToUse(audience: Audience, hasCautions: boolean): Section {
  const lines = [...HOW_TO_USE[audience], ...(hasCautions ? [HOW_TO_USE_CAUTIONS] : [])];
  return {
    id: 'how-to-use',
    kind: 'how-to-use',
    level: 2,
    title: own(SECTION_TITLES.howToUse, 'how-to-use'),
    blocks: [{ kind: 'list', ordered: false, items: lines.map((line, i) => own(line, `how-to-use:${i}`)) }],
    sections: [],
  };
}

/** Names of the exercises of each group (variants of one exercise from different sources). */
function groupNames(exercises: readonly Exercise[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const exercise of exercises) {
    if (!exercise.group) continue;
    names.set(exercise.group, new Set([...(names.get(exercise.group) ?? []), exercise.name]));
  }
  return names;
}

/** The names of the other exercises of an exercise's group. */
function variantsOf(exercise: Exercise, groups: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const names = new Set(exercise.group ? groups.get(exercise.group) : []);
  names.delete(exercise.name);
  return names;
}

/** Exercises under the first of their stages in this audience, in dataset order, one section per stage. */
function stageSections(exercises: readonly Exercise[], audience: Audience, usedIds: Set<string>, groups: ReadonlyMap<string, ReadonlySet<string>>): Section[] {
  const sections: Section[] = [];
  for (const stage of AUDIENCE_STAGES[audience]) {
    const members: Array<{ exercise: Exercise; stages: Stage[] }> = [];
    for (const exercise of exercises) {
      const stages = sortStages(exercise.stages.filter((s) => AUDIENCE_STAGES[audience].includes(s)));
      if (stages[0] === stage) members.push({ exercise, stages });
    }
    if (members.length === 0) continue;
    const id = `stage-${stage}`;
    usedIds.add(id);
    sections.push({
      id,
      kind: 'stage',
      level: 2,
      title: own(STAGE_HEADINGS[stage], `stage:${stage}`),
      blocks: [],
      sections: members.map(({ exercise, stages }) => exerciseSection(exercise, stages, usedIds, variantsOf(exercise, groups))),
    });
  }
  return sections;
}

export function buildHandout(dataset: Dataset, config: DatasetConfig, audience: Audience): Handout {
  const lang = handoutLanguage(dataset, audience);
  const exercises = publishedExercises(dataset).filter((e) => inAudience(e, audience));
  const advice = publishedAdvice(dataset).filter((a) => inAudience(a, audience));
  const titles = HANDOUT_TITLES[audience];
  const house = new Set(dataset.sources.filter((source) => source.kind === 'house').map((source) => source.id));
  const isHouse = (record: Advice): boolean => house.has(record.source.document);
  const usedIds = new Set<string>(['how-to-use', 'when-to-stop', 'who-should-not', 'sources']);
  const safety = safetySections(advice, isHouse);
  const adviceParts = adviceSections(advice, isHouse, usedIds);
  const stages = stageSections(exercises, audience, usedIds, groupNames(dataset.exercises));
  const hasCautions = [...safety, ...adviceParts.before, ...stages, ...adviceParts.after].some(function walk(section: Section): boolean {
    return section.blocks.some((block) => block.kind === 'caution') || section.sections.some(walk);
  });
  const noExercises: Section = {
    id: 'exercises', kind: 'stage', level: 2, title: own('Exercises', 'exercises'), sections: [],
    blocks: [{ kind: 'paragraph', text: own('There are no checked exercises for this stage in this edition.', 'exercises:none') }],
  };
  const review = reviewState([...exercises, ...advice]);
  const draftNote = own(`${DRAFT_NOTICE}. A clinician has approved ${review.approved} of the ${review.printed} items in this edition; check with your midwife or doctor before you use it.`, 'draft:note');
  return {
    id: HANDOUT_IDS[audience],
    ...(review.draft ? { draft: own(DRAFT_NOTICE, 'draft') } : {}),
    audience,
    lang,
    title: own(titles.title, 'title'),
    subtitle: own(titles.subtitle, 'subtitle'),
    edition: own(editionLine(config.version, config.date, lang), 'edition'),
    date: config.date,
    cover: [
      ...(review.draft ? [{ kind: 'paragraph' as const, text: draftNote }] : []),
      { kind: 'paragraph', text: own(`Part of the collection “${config.title}”.`, 'cover:collection') },
    ],
    sections: [
      howToUse(audience, hasCautions),
      ...safety,
      ...adviceParts.before,
      ...(stages.length > 0 ? stages : [noExercises]),
      ...adviceParts.after,
      sourcesSection(dataset, config, audience, lang),
    ],
  };
}

/** Both handouts, pregnancy first: always both, so the output file names never change. */
export function buildHandouts(dataset: Dataset, config: DatasetConfig): Handout[] {
  return AUDIENCES.map((audience) => buildHandout(dataset, config, audience));
}
