// "Sources and attribution", the last section: the articles quoted, the compilation's licence,
// how many items were withheld (and that the dataset report says why), and the content's edition.
// Pure.
import type { Audience, Dataset, DatasetConfig, GuidanceRecord, Source, Stage } from '../model/types.js';
import { AUDIENCE_STAGES } from '../model/types.js';
import { READER_BLOCKING } from '../review/reader-policy.js';
import { cleanText, own } from './text.js';
import type { Block, Section, Text } from './types.js';
import { formatDate, SECTION_TITLES } from './words.js';

export function inAudience(record: { stages: readonly Stage[] }, audience: Audience): boolean {
  return record.stages.some((stage) => AUDIENCE_STAGES[audience].includes(stage));
}

/** The sources written for this audience, in the dataset's order. */
export function audienceSources(dataset: Dataset, audience: Audience): Source[] {
  return dataset.sources.filter((source) => source.audience.includes(audience));
}

function sourceLine(source: Source, lang: string): Text {
  const origin = source.origin ?? {};
  const parts = [cleanText(source.title)];
  if (source.kind === 'house') parts.push(`Written for this handout in plain words from: ${(source.cites ?? []).map(cleanText).join('; ')}`);
  const where = [origin.name, origin.url].filter((p): p is string => Boolean(p)).map(cleanText);
  if (where.length > 0) parts.push(where.join(', '));
  if (origin.retrieved) parts.push(`Retrieved ${formatDate(origin.retrieved, lang)}`);
  if (source.license) parts.push(cleanText(source.license));
  return { text: parts.map((p) => p.replace(/[.\s]+$/u, '')).join('. ') + '.', source: `source:${source.id}` };
}

/** Withheld records, and flagged sentences left out of published ones, for this audience. */
export function leftOut(dataset: Dataset, audience: Audience): { records: number; sentences: number } {
  const records: GuidanceRecord[] = [...dataset.exercises, ...dataset.advice].filter((r) => inAudience(r, audience));
  const sentences = new Set<string>();
  for (const record of records.filter((r) => r.status === 'published')) {
    for (const flag of record.flags) {
      if (!flag.resolution && READER_BLOCKING.has(flag.severity)) sentences.add(`${record.id}\u0000${flag.field ?? ''}\u0000${flag.evidence}`);
    }
  }
  return { records: records.filter((r) => r.status === 'withheld').length, sentences: sentences.size };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function withheldText({ records, sentences }: { records: number; sentences: number }): string {
  if (records === 0 && sentences === 0) {
    return 'No items from these sources were withheld. The dataset report (report.json) lists every check that was made.';
  }
  const what = [
    records > 0 ? `${count(records, 'item', 'items')} from these sources ${records === 1 ? 'was' : 'were'} withheld` : '',
    sentences > 0 ? `${count(sentences, 'sentence was', 'sentences were')} left out` : '',
  ].filter(Boolean).join(' and ');
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} because they did not pass the content checks (for example, text in another language or an unsafe instruction). The dataset report (report.json) says why for each one.`;
}

export function sourcesSection(dataset: Dataset, config: DatasetConfig, audience: Audience, lang: string): Section {
  const blocks: Block[] = [
    { kind: 'paragraph', text: own('This handout brings together exercises and advice from the articles below. Their instructions are quoted as the sources give them, except where a reviewer revised a sentence to make it safe (the dataset lists each revision and why); the headings, the “How much” wording and the “Take care” boxes were added for this handout. The safety lists and general rules marked as written for this handout come from the guidelines they name.', 'sources:intro') },
  ];
  const sources = audienceSources(dataset, audience);
  if (sources.length > 0) blocks.push({ kind: 'list', ordered: false, items: sources.map((s) => sourceLine(s, lang)) });
  if (config.license) {
    blocks.push({ kind: 'paragraph', text: own(`Licence: ${cleanText(config.license.name)}, ${cleanText(config.license.title).replace(/[.\s]+$/u, '')}.`, 'sources:license') });
  }
  blocks.push({ kind: 'paragraph', text: own(withheldText(leftOut(dataset, audience)), 'sources:withheld') });
  blocks.push({ kind: 'paragraph', text: own(`Dataset ${config.name}, version ${config.version}, ${formatDate(config.date, lang)}.`, 'sources:edition') });
  return { id: 'sources', kind: 'sources', level: 2, title: own(SECTION_TITLES.sources, 'sources'), blocks, sections: [] };
}
