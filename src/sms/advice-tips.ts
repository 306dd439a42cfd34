/**
 * Tips from advice prose: when to stop, how often to exercise, breathing.
 *
 * A tip is a run of whole, consecutive sentences of one advice record that
 * holds a sentence on the topic. The run starts on a sentence that stands on
 * its own (not "This…", "Yes,…", "However…"), does not end on a question,
 * and does not stop right before a sentence that qualifies it ("However…",
 * "Unless…"). The longest run that fits wins (with multi-part tips, the
 * longest whose parts break between sentences, then between words); no
 * sentence is in two tips. A sentence that needs UCS-2 is never sent; every
 * one a tried run held is reported in `rejected`.
 *
 * @module
 */
import type { Advice, AdviceTopic } from '../model/types.js';
import { allowsUcs2 } from './sms-encoding.js';
import { breakPasses, fitPieces, type Fitted } from './tip-budget.js';
import { addRejected, toDraft } from './tip-draft.js';
import { endSentence } from './tip-shorten.js';
import { upperFirst } from './tip-shorten-rules.js';
import { tipSentences, type TipSentence } from './tip-sentences.js';
import type { DraftTip, Rejected, TipKind } from './tip-types.js';

/** Which advice sentences make which kind of tip. */
export interface AdviceTipRule {
  kind: Extract<TipKind, 'when-to-stop' | 'how-often' | 'breathing'>;
  /** Topics whose records are searched. */
  topics: readonly AdviceTopic[];
  /** A sentence on the subject. */
  match: RegExp;
}

/** The table of advice tips, tried in order on each record. */
export const ADVICE_TIP_RULES: readonly AdviceTipRule[] = Object.freeze([
  {
    kind: 'when-to-stop',
    topics: ['when-to-exercise', 'general-rules', 'faq', 'self-care', 'background'],
    match: /\b(?:stop|stopped|stopping|refrain)\b/i,
  },
  {
    kind: 'how-often',
    topics: ['when-to-exercise', 'general-rules', 'faq'],
    match: /\b(?:how often|times a (?:day|week)|every day|daily|regularly|regularity)\b/i,
  },
  {
    kind: 'breathing',
    topics: ['when-to-exercise', 'general-rules', 'faq', 'self-care'],
    match: /\bbreath(?:e|es|ing)?\b/i,
  },
]);

/** Sentences that lean on the one before: a run never starts on one. */
const DEPENDENT_START =
  /^(?:(?:this|that|these|those|such|they|them|however|but|so|also|and|or|then|moreover|besides|therefore|thus|otherwise|practically|as a result|in addition)\b|(?:yes|no)\b,?|it\b(?!\s+is\s+(?:best|important|better|enough|okay|normal))(?!'s\s+(?:important|better|best)))/i;

/** Sentences that qualify the one before: a run never stops just before one. */
const QUALIFIER_START = /^(?:however|but|except|unless|only|although|though|yet|still)\b/i;

/**
 * Runs [i, j) that hold sentence m, longest first, then earliest. `other`
 * marks sentences on another subject only that could open a run of their own:
 * a run never takes one in, so each tip keeps to one subject (a sentence that
 * leans on the one before, "However, stop if…", goes with it).
 */
function runs(sentences: readonly TipSentence[], m: number, used: ReadonlySet<number>, other: ReadonlySet<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i <= m; i += 1) {
    for (let j = m + 1; j <= sentences.length; j += 1) {
      const inside = Array.from({ length: j - i }, (_, k) => i + k);
      if (inside.some((k) => used.has(k) || other.has(k))) continue;
      const first = sentences[i]?.text ?? '';
      const last = sentences[j - 1]?.text ?? '';
      const next = sentences[j]?.text;
      if (DEPENDENT_START.test(first) || last.endsWith('?')) continue;
      if (next !== undefined && QUALIFIER_START.test(next)) continue;
      out.push([i, j]);
    }
  }
  return out.sort((a, b) => (b[1] - b[0]) - (a[1] - a[0]) || a[0] - b[0]);
}

/** What one advice record gave. */
export interface AdviceTips {
  tips: DraftTip[];
  rejected: Rejected[];
}

/**
 * The prose sentences of an advice record that may reach a tip. A sentence
 * that opens a list ("…consult a doctor if:") keeps its colon, so no run can
 * end on it: it is not clean (see `isCleanSentence`).
 */
export function adviceSentences(advice: Advice): TipSentence[] {
  return tipSentences(advice, 'text', advice.text).map((s) => ({ ...s, text: s.text.endsWith(':') ? s.text : upperFirst(endSentence(s.text)) }));
}

/**
 * Tips from one published advice record's prose (`text`), by the rules of
 * {@link ADVICE_TIP_RULES} whose topics include the record's.
 */
export function adviceTips(advice: Advice, segments: number, rules: readonly AdviceTipRule[] = ADVICE_TIP_RULES): AdviceTips {
  const sentences = adviceSentences(advice);
  const used = new Set<number>();
  const tips: DraftTip[] = [];
  const rejected: Rejected[] = [];
  const applicable = rules.filter((rule) => rule.topics.includes(advice.topic));
  for (const rule of applicable) {
    const other = new Set(sentences.flatMap((sentence, k) =>
      !rule.match.test(sentence.text) && !DEPENDENT_START.test(sentence.text) && !QUALIFIER_START.test(sentence.text)
        && applicable.some((r) => r !== rule && r.match.test(sentence.text)) ? [k] : []));
    sentences.forEach((sentence, m) => {
      if (used.has(m) || !rule.match.test(sentence.text)) return;
      let fitted: { fit: Fitted; run: [number, number] } | undefined;
      search: for (const breaks of breakPasses(segments)) {
        for (const run of runs(sentences, m, used, other)) {
          const pieces = sentences.slice(run[0], run[1]).map((s) => ({ text: s.text, fields: [s.field], shorten: true }));
          const fit = fitPieces(pieces, segments, { painCue: false }, breaks, allowsUcs2(advice));
          if (fit.ok) {
            fitted = { fit, run };
            break search;
          }
          if (fit.reason === 'ucs2') addRejected(rejected, advice, fit);
        }
      }
      if (!fitted) return;
      for (let k = fitted.run[0]; k < fitted.run[1]; k += 1) used.add(k);
      tips.push(toDraft(advice, rule.kind, fitted.fit));
    });
  }
  return { tips, rejected };
}
