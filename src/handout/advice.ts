// The published advice a clinic hands out beside the exercises, grouped by topic: the general
// rules of safe exercise, when and how often to exercise, and everyday care of the back (posture,
// sleep, lifting, moving). One section per topic, one subsection per source heading; the house
// documents come first. Benefits, background and FAQ text are left to the dataset: they explain
// rather than instruct, and that is where over-claims live. Only reader text gets in. Pure.
import type { Advice, AdviceTopic } from '../model/types.js';
import { normalizeForComparison } from '../dedupe/index.js';
import { cautionsFor } from './cautions.js';
import { uniqueId } from './exercise.js';
import { cleanText, fieldText, listItemText, own, slug } from './text.js';
import type { Block, Section, Text } from './types.js';
import { ADVICE_SECTIONS, ADVICE_UNTITLED } from './words.js';

/** A text that only introduces the list under it ("Exercises can be performed if:"). */
const LEAD_IN = /:\s*$/u;
/** A numbered heading's number ("1. Improve posture"). */
const HEADING_NUMBER = /^\s*\d+[.)]\s+/u;

function headingOf(record: Advice): string {
  return cleanText(record.heading ?? '').replace(HEADING_NUMBER, '');
}

/** Paragraphs and items of one record, without what was printed already (`seen`). */
function recordBlocks(record: Advice, seen: Set<string>): Block[] {
  const fresh = (text: Text | undefined): text is Text => {
    if (!text) return false;
    const key = normalizeForComparison(text.text);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const items = (record.items ?? []).map((item, i) => fieldText(record, `items/${i}`, item))
    .map((t) => (t ? { ...t, text: listItemText(t.text) } : t)).filter(fresh);
  const text = fieldText(record, 'text', record.text);
  const blocks: Block[] = [];
  // A lead-in is printed only with the list it introduces.
  if (text && (items.length > 0 || !LEAD_IN.test(text.text)) && fresh(text)) blocks.push({ kind: 'paragraph', text });
  if (items.length > 0) blocks.push({ kind: 'list', ordered: false, items });
  return blocks;
}

function topicSection(topic: AdviceTopic, title: string, records: readonly Advice[], isHouse: (record: Advice) => boolean, usedIds: Set<string>): Section | undefined {
  const ordered = [...records.filter(isHouse), ...records.filter((r) => !isHouse(r))];
  const groups = new Map<string, Advice[]>();
  for (const record of ordered) {
    const key = `${record.source.document}\u0000${normalizeForComparison(headingOf(record))}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const seen = new Set<string>();
  const sections: Section[] = [];
  for (const members of groups.values()) {
    const blocks = members.flatMap((record) => recordBlocks(record, seen));
    if (blocks.length === 0) continue;
    const cautions = members.flatMap((record) => cautionsFor(record, (field) => field === 'text' || field.startsWith('items/')));
    blocks.push(...cautions.filter((c, i) => cautions.findIndex((d) => d.rule === c.rule) === i));
    const heading = headingOf(members[0]!) || ADVICE_UNTITLED;
    sections.push({ id: uniqueId(slug(heading), usedIds), kind: 'advice', level: 3, title: { text: heading, source: members[0]!.id }, blocks, sections: [] });
  }
  if (sections.length === 0) return undefined;
  return { id: uniqueId(topic, usedIds), kind: 'advice', level: 2, title: own(title, `advice:${topic}`), blocks: [], sections };
}

/** The advice sections of a handout, in ADVICE_SECTIONS order; topics without reader text are left out. */
export function adviceSections(advice: readonly Advice[], isHouse: (record: Advice) => boolean, usedIds: Set<string>): { before: Section[]; after: Section[] } {
  const out = { before: [] as Section[], after: [] as Section[] };
  for (const { topic, title, place } of ADVICE_SECTIONS) {
    const section = topicSection(topic, title, advice.filter((a) => a.topic === topic), isHouse, usedIds);
    if (section) out[place].push(section);
  }
  return out;
}
