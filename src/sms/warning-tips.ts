/**
 * "Stop and call" tips from warning-signs advice: the programme's lead-in,
 * then the record's own list items, whole and in order, as many a tip as fit.
 * Every unflagged item is sent; an item that fits no tip on its own is
 * reported, never cut. Items that are not for the same stages (see
 * `tip-stage-limits.ts`: fetal movements are not for trimester-1) go in
 * separate tips, so no item loses a stage to its neighbour. With multi-part
 * tips, parts break between items; an item is broken between words only when
 * it fills more than a part on its own.
 *
 * @module
 */
import { sortStages, type Advice } from '../model/types.js';
import { fitUnits, type Breaks, type Fitted } from './tip-budget.js';
import { budgetText, toDraft, toRejected } from './tip-draft.js';
import { adviceTips } from './advice-tips.js';
import { allowsUcs2 } from './sms-encoding.js';
import { isCleanSentence } from './tip-shorten.js';
import { tipSentences } from './tip-sentences.js';
import { limitStages } from './tip-stage-limits.js';
import type { DraftTip, Rejected, Untipped } from './tip-types.js';

/** The lead-in of every warning-signs tip: what to do, then the record's signs. */
export const WARNING_LEAD = 'Stop exercising and call your midwife or doctor if:';

/**
 * The lead-in of a record's tips: {@link WARNING_LEAD} in English; in another
 * language the record's own words before its list (a tip never mixes English
 * into another language), or none when it has none.
 */
function leadOf(advice: Advice): string {
  if (!allowsUcs2(advice)) return WARNING_LEAD;
  return tipSentences(advice, 'text', advice.text).map((s) => s.text).join(' ');
}

/** One list item of the record, as a tip may quote it. */
interface Item {
  field: string;
  text: string;
}

/** What one warning-signs record gave. */
export interface WarningTips {
  tips: DraftTip[];
  untipped: Untipped[];
  rejected: Rejected[];
}

/** The unflagged items, normalised, without their closing punctuation. */
function warningItems(advice: Advice): Item[] {
  return (advice.items ?? []).flatMap((item, i) => {
    const field = `items/${i}`;
    const text = tipSentences(advice, field, item).map((s) => s.text).join(' ').replace(/[\s.;,:]+$/, '');
    return text === '' ? [] : [{ field, text }];
  });
}

/**
 * The units of a tip for a group of items: the lead-in, then the items, `;`
 * between them and `.` at the end. The lead-in and the first item are one
 * unit: a part never ends on the lead-in.
 */
function warningUnits(advice: Advice, items: readonly Item[]): string[] {
  const texts = items.map((item, i) => `${item.text}${i === items.length - 1 ? '.' : ';'}`);
  return [`${leadOf(advice)} ${texts[0] ?? ''}`.trim(), ...texts.slice(1)];
}

const fitItems = (advice: Advice, items: readonly Item[], segments: number, breaks: Breaks = 'word') =>
  fitUnits(warningUnits(advice, items), segments, 0, items.map((item) => item.field), breaks, allowsUcs2(advice));

/** The stages an item may be sent in, as a key: items of one tip share it. */
const stageKey = (advice: Advice, item: Item): string => limitStages(sortStages(advice.stages), item.text).join(',');

/**
 * Tips from one published warning-signs record. A record without list items
 * is treated as prose (see `advice-tips.ts`): its sentences are quoted as they
 * are, with no lead-in.
 */
export function warningTips(advice: Advice, segments: number): WarningTips {
  const items = warningItems(advice);
  if (items.length === 0) {
    const prose = adviceTips(advice, segments, [{ kind: 'when-to-stop', topics: ['warning-signs'], match: /./ }]);
    return { tips: prose.tips.map((tip) => ({ ...tip, kind: 'warning-signs' })), untipped: [], rejected: prose.rejected };
  }
  const tips: DraftTip[] = [];
  const untipped: Untipped[] = [];
  const rejected: Rejected[] = [];
  let group: Item[] = [];
  let fitted: Fitted | undefined;
  const flush = (): void => {
    if (fitted) tips.push(toDraft(advice, 'warning-signs', fitted));
    group = [];
    fitted = undefined;
  };
  for (const item of items) {
    const alone = fitItems(advice, [item], segments);
    if (!alone.ok && alone.reason === 'ucs2') {
      rejected.push(toRejected(advice, alone));
      continue;
    }
    if (!isCleanSentence(`${item.text}.`)) {
      untipped.push({ record: advice.id, reason: `warning sign ${item.field} ("${item.text}") does not end cleanly, so it is not sent cut` });
      continue;
    }
    if (!alone.ok) {
      untipped.push({ record: advice.id, reason: `warning sign ${item.field} ("${item.text}") does not fit ${budgetText(segments)} with the lead-in` });
      continue;
    }
    const grown = group.length > 0 && stageKey(advice, group[0]!) === stageKey(advice, item)
      ? fitItems(advice, [...group, item], segments, 'sentence')
      : undefined;
    if (grown?.ok) {
      group.push(item);
      fitted = grown;
      continue;
    }
    flush();
    group = [item];
    fitted = alone;
  }
  flush();
  return { tips, untipped, rejected };
}
