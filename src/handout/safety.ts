// "When to stop and call your midwife or doctor" and "Who should not exercise": the warning-signs
// and contraindications advice of every source for the audience, merged into one list each and
// deduplicated across sources. A record's lead-in ("Signs of overtraining:") is replaced by one
// lead-in of ours; a record without items contributes its text as a paragraph. Pure.
import type { Advice } from '../model/types.js';
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

function gather(records: readonly Advice[]): Gathered {
  const out: Gathered = { paragraphs: [], items: [], cautions: [] };
  for (const record of records) {
    const items = (record.items ?? [])
      .map((item, i) => ({ field: `items/${i}`, text: fieldText(record, `items/${i}`, item) }))
      .filter((t): t is { field: string; text: Text } => t.text !== undefined)
      .map((t) => ({ field: t.field, text: { ...t.text, text: listItemText(t.text.text) } }));
    out.items.push(...items.map((i) => i.text));
    const text = fieldText(record, 'text', record.text);
    const shownText = text && !(items.length > 0 && LEAD_IN.test(text.text)) ? text : undefined;
    if (shownText) out.paragraphs.push(shownText);
    for (const caution of cautionsFor(record, (field) => field === 'text' || field.startsWith('items/'))) {
      if (!out.cautions.some((c) => c.rule === caution.rule)) out.cautions.push(caution);
    }
  }
  return {
    paragraphs: dedupeTexts(out.paragraphs),
    items: dedupeTexts(out.items),
    cautions: out.cautions,
  };
}

function safetySection(kind: SectionKind, title: string, lead: string, empty: string, records: readonly Advice[]): Section {
  const { paragraphs, items, cautions } = gather(records);
  const blocks: Block[] = [];
  if (items.length > 0) blocks.push({ kind: 'paragraph', text: own(lead, `${kind}:lead`) }, { kind: 'list', ordered: false, items });
  blocks.push(...paragraphs.map((text): Block => ({ kind: 'paragraph', text })));
  blocks.push(...cautions);
  if (items.length === 0 && paragraphs.length === 0) blocks.push({ kind: 'paragraph', text: own(empty, `${kind}:empty`) });
  return { id: kind, kind, level: 2, title: own(title, kind), blocks, sections: [] };
}

/** The two safety sections from the audience's published advice (already filtered by stage). */
export function safetySections(advice: readonly Advice[]): Section[] {
  return [
    safetySection('when-to-stop', SECTION_TITLES.whenToStop, SAFETY_LEADS.whenToStop, SAFETY_LEADS.noWarningSigns,
      advice.filter((a) => a.topic === 'warning-signs')),
    safetySection('who-should-not', SECTION_TITLES.whoShouldNot, SAFETY_LEADS.whoShouldNot, SAFETY_LEADS.noContraindications,
      advice.filter((a) => a.topic === 'contraindications')),
  ];
}
