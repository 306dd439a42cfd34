// "When to stop and call your midwife or doctor" and "Who should not exercise". The project's own
// house documents (content/house, front matter `kind: house`) come first, each block as written
// (its lead-in, then its list), so a list of absolute contraindications keeps its own lead-in and
// a list of relative ones keeps its. What the quoted sources add is merged after them into one
// list, without repeats. A record's lead-in ("Signs of overtraining:") is replaced by one lead-in
// of ours; a record without items contributes its text as a paragraph. Pure.
import type { Advice } from '../model/types.js';
import { normalizeForComparison } from '../dedupe/index.js';
import { cautionsFor } from './cautions.js';
import { dedupeTexts, fieldText, listItemText, own } from './text.js';
import type { Block, Caution, Section, SectionKind, Text } from './types.js';
import { SAFETY_LEADS, SECTION_TITLES } from './words.js';

/** A text that only introduces the list under it ("… consult a doctor if:"). */
const LEAD_IN = /:\s*$/u;

interface Gathered {
  paragraphs: Text[];
  items: Text[];
  cautions: Caution[];
}

function itemsOf(record: Advice): Text[] {
  return (record.items ?? [])
    .map((item, i) => fieldText(record, `items/${i}`, item))
    .filter((t): t is Text => t !== undefined)
    .map((t) => ({ ...t, text: listItemText(t.text) }));
}

function gather(records: readonly Advice[], cautions: Caution[]): Gathered {
  const out: Gathered = { paragraphs: [], items: [], cautions };
  for (const record of records) {
    const items = itemsOf(record);
    out.items.push(...items);
    const text = fieldText(record, 'text', record.text);
    const shownText = text && !(items.length > 0 && LEAD_IN.test(text.text)) ? text : undefined;
    if (shownText) out.paragraphs.push(shownText);
    addCautions(record, cautions);
  }
  return { paragraphs: dedupeTexts(out.paragraphs), items: dedupeTexts(out.items), cautions };
}

function addCautions(record: Advice, into: Caution[]): void {
  for (const caution of cautionsFor(record, (field) => field === 'text' || field.startsWith('items/'))) {
    if (!into.some((c) => c.rule === caution.rule)) into.push(caution);
  }
}

/** House records as written: the lead-in, then the list; returns the normalised texts printed. */
function houseBlocks(records: readonly Advice[], cautions: Caution[], blocks: Block[]): Set<string> {
  const printed = new Set<string>();
  for (const record of records) {
    const text = fieldText(record, 'text', record.text);
    const items = dedupeTexts(itemsOf(record)).filter((t) => !printed.has(normalizeForComparison(t.text)));
    if (text && !printed.has(normalizeForComparison(text.text))) {
      blocks.push({ kind: 'paragraph', text });
      printed.add(normalizeForComparison(text.text));
    }
    if (items.length > 0) blocks.push({ kind: 'list', ordered: false, items });
    for (const item of items) printed.add(normalizeForComparison(item.text));
    addCautions(record, cautions);
  }
  return printed;
}

function safetySection(kind: SectionKind, title: string, leads: { lead: string; more: string; empty: string }, records: readonly Advice[], isHouse: (record: Advice) => boolean): Section {
  const blocks: Block[] = [];
  const cautions: Caution[] = [];
  const printed = houseBlocks(records.filter(isHouse), cautions, blocks);
  const gathered = gather(records.filter((r) => !isHouse(r)), cautions);
  const items = gathered.items.filter((t) => !printed.has(normalizeForComparison(t.text)));
  const paragraphs = gathered.paragraphs.filter((t) => !printed.has(normalizeForComparison(t.text)));
  if (items.length > 0) blocks.push({ kind: 'paragraph', text: own(blocks.length > 0 ? leads.more : leads.lead, `${kind}:lead`) }, { kind: 'list', ordered: false, items });
  blocks.push(...paragraphs.map((text): Block => ({ kind: 'paragraph', text })));
  blocks.push(...cautions);
  if (!blocks.some((b) => b.kind !== 'caution')) blocks.push({ kind: 'paragraph', text: own(leads.empty, `${kind}:empty`) });
  return { id: kind, kind, level: 2, title: own(title, kind), blocks, sections: [] };
}

/**
 * The two safety sections from the audience's published advice (already filtered by stage).
 * `isHouse` tells the project's own house records from quoted ones.
 */
export function safetySections(advice: readonly Advice[], isHouse: (record: Advice) => boolean = () => false): Section[] {
  return [
    safetySection('when-to-stop', SECTION_TITLES.whenToStop,
      { lead: SAFETY_LEADS.whenToStop, more: SAFETY_LEADS.moreWarningSigns, empty: SAFETY_LEADS.noWarningSigns },
      advice.filter((a) => a.topic === 'warning-signs'), isHouse),
    safetySection('who-should-not', SECTION_TITLES.whoShouldNot,
      { lead: SAFETY_LEADS.whoShouldNot, more: SAFETY_LEADS.moreContraindications, empty: SAFETY_LEADS.noContraindications },
      advice.filter((a) => a.topic === 'contraindications'), isHouse),
  ];
}

/** True when a handout's safety section holds a list of signs or conditions (not only the fallback sentence). */
export function hasSafetyList(section: Section): boolean {
  return section.blocks.some((block) => block.kind === 'list' && block.items.length > 0);
}
