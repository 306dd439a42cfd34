// The checks between normalisation and validation: boilerplate, duplicates, language, unsafe
// claims, reviewer decisions, status. Pure: mutates the records it is given and returns the
// report; findings also become messages on the documents' vfiles.
import type { VFile } from 'vfile';
import type { Exercise, GuidanceRecord, Point, Severity, Stage } from '../model/types.js';
import type { BoilerplateBlock } from '../normalize/boilerplate.js';
import type { AllowDirective } from '../normalize/document.js';
import { checkSentence, type CompiledRule } from '../safety/index.js';
import { findForeignSpans } from '../language/index.js';
import { splitSentences } from '../language/split-sentences.js';
import { reportFinding } from '../report/diagnostics.js';
import { dedupe } from './dedupe-check.js';
import { groupExercises, type ExerciseGroupSpec } from './groups.js';
import { FOREIGN_RULE, INSTRUCTION_FIELDS } from './language-check.js';
import { checkInProcess, primaryLanguage, rulesFor, type RecordChecker } from './record-checks.js';
import { LineIndex, locate } from './record-text.js';
import { applyResolutions, settleStatus } from './resolutions.js';
import type { Report, ReportFlag } from './report-data.js';
import { matchingWindows } from './safety-check.js';
import { Timings } from '../pipeline/timings.js';

export interface CheckDocument {
  id: string;
  file: VFile;
  text: string;
  headings: ReadonlyArray<{ text: string; start: Point }>;
  stages: Stage[];
  language: string;
  exercises: Exercise[];
  advice: import('../model/types.js').Advice[];
  boilerplate: BoilerplateBlock[];
  allows: AllowDirective[];
  /**
   * `house`: the project's own safety document (content/house). Its lists are kept whole (no
   * repeat is dropped from them, nor because of them), so no sign or condition goes missing.
   */
  kind?: 'source' | 'house';
}

export interface RunChecksOptions {
  /** Collects the time of `dedupe` and `safety`. */
  timings?: Timings;
  /** Runs the language and safety checks of the records (on this thread by default; see `worker-pool.ts`). */
  checker?: RecordChecker;
  /** Called when duplicates are removed (`dedupe`), before the record checks. */
  onStageEnd?: (stage: 'dedupe') => void;
}

/**
 * Runs every check. The language and safety checks of each document's records go through
 * the checker, after duplicates are removed.
 */
export async function runChecks(documents: readonly CheckDocument[], rules: readonly CompiledRule[], groups: readonly ExerciseGroupSpec[], options: RunChecksOptions = {}): Promise<Report> {
  const { timings = new Timings(), checker = checkInProcess(rules) } = options;
  const indexes = new Map(documents.map((doc) => [doc.id, new LineIndex(doc.text)]));
  const outcome = timings.time('dedupe', () => dedupe(documents.filter((doc) => doc.kind !== 'house').map((doc) => ({ ...doc, file: doc.file.path, index: indexes.get(doc.id)! }))));
  options.onStageEnd?.('dedupe');
  const checked = await timings.timeAsync('safety', () => checker(documents.map((doc) => ({ text: doc.text, language: doc.language, records: [...doc.exercises, ...doc.advice] }))));
  const flags: ReportFlag[] = [];
  const known = new Set([...rules.map((rule) => rule.id), FOREIGN_RULE]);
  const staleDirectives: Report['staleDirectives'] = [];
  const unchecked = new Set<GuidanceRecord>();

  documents.forEach((doc, d) => {
    const index = indexes.get(doc.id)!;
    const records: GuidanceRecord[] = [...doc.exercises, ...doc.advice];
    records.forEach((record, r) => {
      record.flags = checked[d]?.[r] ?? record.flags;
    });
    const primary = primaryLanguage(doc.language);
    const docRules = rulesFor(rules, doc.language);
    if (docRules.length === 0 && rules.length > 0 && records.length > 0) {
      // The rules cannot read this language: nothing in it was checked, so nothing of it may
      // reach a reader until rules in its language exist.
      reportFinding(doc.file, `No safety rules in \`${primary}\`: the document could not be checked for unsafe claims, so its records are withheld`, {
        ruleId: 'unchecked-language', severity: 'error', place: { line: 1, column: 1 },
        note: `Add rules with \`language: ${primary}\` to content/rules, or translate the document.`,
      });
      for (const record of records) unchecked.add(record);
    }
    for (const stale of applyResolutions(records, doc.allows, known)) {
      const { directive } = stale;
      const reason = stale.reason === 'unknown-rule'
        ? `Unknown rule \`${directive.rule}\` in allow directive, expected one of the rule ids in content/rules`
        : `Stale allow directive: no \`${directive.rule}\` flag in the block it precedes, expected it to resolve one`;
      reportFinding(doc.file, reason, { ruleId: 'stale-directive', severity: 'warning', place: directive.at, note: 'Remove the directive, or move it just before the block with the flag.' });
      staleDirectives.push({ file: doc.file.path, line: directive.at.line, column: directive.at.column, rule: directive.rule, reason });
    }
    for (const record of records) {
      settleStatus(record, withheldReason);
      if (unchecked.has(record)) {
        record.status = 'withheld';
        record.withheldReasons = [...(record.withheldReasons ?? []), `Not checked: no safety rules for the language \`${primary}\``];
      }
      for (const flag of record.flags) {
        flags.push({ ...flag, record: record.id, recordStatus: record.status });
        if (flag.resolution) continue;
        reportFinding(doc.file, `${flag.message}: “${flag.match ?? flag.evidence}”`, {
          ruleId: flag.rule, severity: flag.severity, place: { line: flag.line, column: flag.column },
          ...(flag.rationale ? { note: flag.rationale } : {}),
          ...(flag.citation ? { data: { citation: flag.citation } } : {}),
        });
      }
    }
    for (const block of doc.boilerplate) {
      reportFinding(doc.file, `${capital(block.kind)} left out of the records (${block.reason})`, { ruleId: 'boilerplate', severity: 'info', place: block.start });
      flags.push(...boilerplateFlags(doc, block, docRules, index));
    }
  });
  const fileOf = new Map(documents.map((doc) => [doc.id, doc.file]));
  for (const entry of outcome.duplicates) {
    const file = fileOf.get(entry.dropped.document);
    if (!file) continue;
    const what = entry.unit === 'heading' ? 'Repeated heading' : `Duplicate ${entry.unit} left out`;
    reportFinding(file, `${what}: ${entry.method === 'exact' ? 'repeats' : `says again (similarity ${entry.similarity})`} ${entry.kept.file}:${entry.kept.line}:${entry.kept.column}`, {
      ruleId: 'duplicate', severity: 'info', place: { line: entry.dropped.line, column: entry.dropped.column },
    });
  }
  groupExercises(documents.flatMap((doc) => doc.exercises), groups);
  return buildReport(documents, flags, outcome, staleDirectives);
}

function withheldReason(record: GuidanceRecord, rule: string, message: string, field: string | undefined): string {
  if (rule === FOREIGN_RULE) {
    return record.kind === 'exercise' && field && INSTRUCTION_FIELDS.test(field)
      ? 'Incomplete for readers: its instructions are partly in another language'
      : 'Contains text in another language';
  }
  return `${rule}: ${message}`;
}

function boilerplateFlags(doc: CheckDocument, block: BoilerplateBlock, rules: readonly CompiledRule[] /* already those of the document's language */, index: LineIndex): ReportFlag[] {
  const out: ReportFlag[] = [];
  for (const text of [block.text, ...block.items].filter(Boolean)) {
    const start = locate(index, text, block.start);
    // Bounded stretches of each sentence, as the record checks use (see matchingWindows).
    const stretches = splitSentences(text).flatMap((s) => matchingWindows(s.text).map((w) => ({ text: s.text.slice(w.offset, w.offset + w.text.length) })));
    for (const sentence of stretches) {
      for (const span of findForeignSpans(sentence.text, doc.language)) {
        const at = locate(index, span.text, start);
        const message = `Unexpected text in another language (${span.detected}) in a document declared \`${doc.language}\``;
        out.push({
          rule: FOREIGN_RULE, severity: 'error', message, evidence: sentence.text, match: span.text, field: block.kind,
          document: doc.id, file: doc.file.path, line: at.line, column: at.column, record: 'boilerplate', recordStatus: 'boilerplate',
        });
        reportFinding(doc.file, `${message} (in ${block.kind} text, left out of the records): “${span.text}”`, { ruleId: FOREIGN_RULE, severity: 'error', place: at });
      }
      for (const match of checkSentence(sentence.text, { stages: doc.stages }, rules)) {
        if (match.via !== 'pattern') continue;
        const at = locate(index, sentence.text.slice(match.index), start);
        out.push({
          rule: match.rule.id, severity: match.rule.severity, message: match.rule.message, rationale: match.rule.rationale,
          citation: match.rule.citation, evidence: sentence.text, match: match.evidence, field: block.kind,
          document: doc.id, file: doc.file.path, line: at.line, column: at.column, record: 'boilerplate', recordStatus: 'boilerplate',
        });
        reportFinding(doc.file, `${match.rule.message} (in ${block.kind} text, left out of the records): “${match.evidence}”`, {
          ruleId: match.rule.id, severity: match.rule.severity, place: at, note: match.rule.rationale, data: { citation: match.rule.citation },
        });
      }
    }
  }
  return out;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function buildReport(documents: readonly CheckDocument[], flags: ReportFlag[], outcome: ReturnType<typeof dedupe>, staleDirectives: Report['staleDirectives']): Report {
  const exercises = documents.flatMap((doc) => doc.exercises);
  const advice = documents.flatMap((doc) => doc.advice);
  const count = (severity: Severity): number => flags.filter((f) => f.severity === severity && !f.resolution).length;
  return {
    summary: {
      documents: documents.length,
      exercises: { published: exercises.filter((e) => e.status === 'published').length, withheld: exercises.filter((e) => e.status === 'withheld').length },
      advice: { published: advice.filter((a) => a.status === 'published').length, withheld: advice.filter((a) => a.status === 'withheld').length },
      flags: { error: count('error'), warning: count('warning'), info: count('info') },
      resolvedFlags: flags.filter((f) => f.resolution).length,
      duplicatesDropped: outcome.duplicates.length,
      boilerplateBlocks: documents.reduce((n, doc) => n + doc.boilerplate.length, 0),
      nearDuplicateCandidatePairs: outcome.stats.reduce((n, s) => n + s.candidatePairs, 0),
      staleDirectives: staleDirectives.length,
    },
    flags,
    withheld: [...exercises, ...advice].filter((r) => r.status === 'withheld').map((r) => ({
      record: r.id, kind: r.kind, name: r.kind === 'exercise' ? r.name : r.heading ?? r.topic,
      file: r.source.file, line: r.source.lines.start, reasons: r.withheldReasons ?? [],
    })),
    duplicates: outcome.duplicates,
    dedupeStats: outcome.stats,
    boilerplate: documents.flatMap((doc) => doc.boilerplate.map((b) => ({ ...b, document: doc.id, file: doc.file.path }))),
    staleDirectives,
  };
}
