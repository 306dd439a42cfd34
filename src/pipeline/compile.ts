// The pure pipeline: content bytes → records → checks → validation → output files.
// It never touches the file system, never prints and never exits.
import { VFile } from 'vfile';
import type { Dataset, DatasetConfig } from '../model/types.js';
import { readYamlData } from '../read/yaml-data.js';
import { settingsText } from '../read/check-limits.js';
import { hasErrors, report } from '../report/diagnostics.js';
import { loadSchemas } from '../validate/schema-registry.js';
import { validateDataset } from '../validate/validate-dataset.js';
import type { OutputFile, WriterOptions, WrittenFile } from '../write/writer.js';
import { contentHash } from './content-hash.js';
import { runWriters, selectedWriters } from './run-writers.js';
import { runChecks } from '../checks/run-checks.js';
import { checkInProcess, type RecordChecker } from '../checks/record-checks.js';
import type { Report } from '../checks/report-data.js';
import type { ExerciseGroupSpec } from '../checks/groups.js';
import { loadRules, type CompiledRule, type RuleSource } from '../safety/index.js';
import type { ContentInput, InputFile } from './inputs.js';
import { assembleDocuments, byPath as inPathOrder, readDocuments } from './read-documents.js';
import { LARGE_BUILD } from './large-build.js';
import { PoolSet, resolveJobs } from './worker-pool.js';
import { contentRelative, relocateReport } from './source-path.js';
import { Timings } from './timings.js';
import { applyRevisions, REVISION_RULE } from '../review/revisions.js';
import { APPROVAL_RULE, applySignOff } from '../review/sign-off.js';
import { syncWithheld } from '../review/report-sync.js';
import { readReviewFile, readRevisionFiles } from '../review/review-inputs.js';
import type { Placed } from '../review/yaml-entries.js';
import type { Approval, RevisionEntry } from '../model/types.js';

export interface CompileOptions {
  /** Output groups to write (`json`, …); all when absent. */
  outputs?: readonly string[];
  /** Called as documents are read, for progress on long runs. */
  onProgress?: (done: number, total: number) => void;
  /** Collects the time spent per stage (for the benchmark). */
  timings?: Timings;
  /** Paper size, SMS parts: options of the reader-facing writers. */
  writerOptions?: WriterOptions;
  /**
   * Threads that read and check documents: 1 runs everything on this thread; by default one
   * per core (up to 8) from 64 documents on 4 or more cores, from 2,000 on 2 or 3. The output is the same bytes either way.
   */
  jobs?: number;
  /**
   * Receives each output file as soon as it is made, as bytes in pieces that follow one another,
   * made as they are taken (a large file is never whole in memory); the result then holds none
   * (a large build writes its outputs as they come instead of keeping them all in memory).
   */
  onOutput?: (file: OutputPieces) => void | Promise<void>;
  /**
   * The caller gives the input up: each document's bytes are let go (set to empty) once the
   * documents are read, so a large build does not hold the content twice (bytes and text).
   * For callers that made the input for this one compile (`build`, `check`, `lint`).
   */
  releaseInput?: boolean;
  /**
   * Called as each stage ends: `read` (every document read), `dedupe` (repeats removed; its
   * working data is garbage now), `checks` (every record checked), `validate`. For progress, or
   * for a caller that manages its own process's memory (the CLI collects garbage after `dedupe`
   * in a large build). The library itself never touches the process.
   */
  onStageEnd?: (stage: PipelineStage) => void;
  /**
   * Keep records out of reader outputs until a clinician approved their current text in
   * content/reviews.yaml (they are withheld with the reason).
   */
  requireReview?: boolean;
}

/** The stages `onStageEnd` reports, in order. */
export type PipelineStage = 'read' | 'dedupe' | 'checks' | 'validate';

/** An output file as bytes in pieces, for `onOutput`: take them once, in order, before it returns. */
export interface OutputPieces {
  path: string;
  pieces: Iterable<Uint8Array>;
}

/** An output file as bytes. */
export interface OutputBytes extends OutputFile {
  data: Uint8Array;
}

export interface CompileResult {
  /** Every file that has messages or was read, in path order. */
  files: VFile[];
  dataset?: Dataset;
  report?: Report;
  /** Output files as bytes, in writer order; empty when the content has errors or `onOutput` took them. */
  outputs: OutputBytes[];
  /** Every output made (also those given to `onOutput`): path, size and digest. */
  written: WrittenFile[];
  ok: boolean;
  /** Threads that read and checked the documents (1: this one alone). */
  threads: number;
}

const schemaUrl = 'https://guidance.example/schemas/dataset.schema.json';

export async function compile(input: ContentInput, options: CompileOptions = {}): Promise<CompileResult> {
  const extra: VFile[] = [];
  const config = readConfig(input, extra);
  const rules = readRules(input, extra);
  const groups = readGroups(input, extra);
  const revisions = readRevisionFiles(input.revisions ?? [], extra);
  const approvals = readReviewFile(input.reviews, extra);
  const timings = options.timings ?? new Timings();
  for (const writer of selectedWriters(options.outputs)) writer.prepare?.();
  const jobs = resolveJobs(options.jobs, input.documents.length);
  const ruleTexts = ruleSources(input);
  const pools = new PoolSet(jobs, ruleTexts);
  try {
    return await compileWith(input, options, { config, rules, groups, timings, extra, pools, revisions, approvals });
  } finally {
    await pools.closeAll();
  }
}

interface Loaded {
  config: DatasetConfig | undefined;
  rules: CompiledRule[];
  groups: ExerciseGroupSpec[];
  timings: Timings;
  extra: VFile[];
  /** Worker threads, when they are used (else this thread does the work). */
  pools: PoolSet;
  revisions: Array<Placed<RevisionEntry>>;
  approvals: Array<Placed<Approval>>;
}

async function compileWith(input: ContentInput, options: CompileOptions, { config, rules, groups, timings, extra, pools, revisions, approvals }: Loaded): Promise<CompileResult> {
  // Each file named inside the content folder (see source-path.ts), on copies: the caller's
  // input is not changed, except that a build lets go of the bytes once read.
  const inContent = contentRelative(input.contentDir);
  const named = (file: InputFile): InputFile => ({ ...file, name: file.name ?? inContent(file.path) });
  const documentsIn = input.documents.map(named);
  // Of the bytes as given, before they may be let go.
  const hash = contentHash([...documentsIn, ...[input.datasetConfig, ...input.rules, input.exerciseGroups, ...(input.revisions ?? []), input.reviews].filter((f) => f !== undefined).map(named)]);
  const readers = pools.start();
  const threads = readers?.size ?? 1;
  const read = readers
    ? assembleDocuments(await readers.read(inPathOrder(documentsIn), options.onProgress), timings)
    : readDocuments(documentsIn, options.onProgress, timings);
  // A large build reads and checks on pools of their own: after reading, a worker's heap is
  // mostly garbage that it would keep while this thread works alone (10,000 documents on two
  // threads peaked at 1.51 GB with one pool kept to the end, 1.36 GB with it closed after the
  // checks, 1.23 GB with a pool for each). The checkers start with the checks: started before
  // the duplicate search, they add their heaps to its peak, the build's highest (about 80 MB).
  // A smaller build keeps one pool: new workers take about half a second to start (1,000
  // documents on two threads: 6.98–7.04 s at 475–487 MB with one pool, 7.43–7.62 s at
  // 404–408 MB with two, where memory is no trouble).
  const poolPerPhase = input.documents.length >= LARGE_BUILD;
  if (poolPerPhase) await pools.close(readers);
  let checkers = poolPerPhase ? undefined : readers;
  const checker: RecordChecker | undefined = readers && (async (jobs) => {
    checkers ??= pools.start();
    return checkers ? checkers.checker()(jobs) : checkInProcess(rules)(jobs);
  });
  const { documents, files } = read;
  options.onStageEnd?.('read');
  if (options.releaseInput) for (const document of [...input.documents, ...documentsIn]) document.bytes = new Uint8Array(0);
  const allFiles = [...extra, ...files];
  if (input.documents.length === 0) {
    const file = new VFile({ path: input.contentDir });
    report(file, 'No content documents, expected at least one `*.md` file', {
      ruleId: 'no-content', severity: 'error', note: 'Add markdown documents to the content folder or pass --content DIR.',
    });
    allFiles.push(file);
  }
  // Reviewers' revisions change the records before any check, so the replacement text is what
  // the duplicate search and the rules read.
  for (const problem of applyRevisions(documents.flatMap((doc) => [...doc.exercises, ...doc.advice]), revisions)) {
    const file = allFiles.find((f) => f.path === problem.file)!;
    report(file, problem.message, { ruleId: REVISION_RULE, severity: 'error', place: { line: problem.line, column: 1 }, note: problem.note });
  }
  // The documents that could be read are checked even when others could not, so one broken
  // file does not hide the findings of the rest; nothing is written then.
  const blocked = !config || hasErrors(allFiles);
  const findings = await runChecks(documents.map((doc) => ({ ...doc, stages: doc.source.stages, language: doc.source.language, ...(doc.source.kind ? { kind: doc.source.kind } : {}) })), rules, groups, {
    timings,
    ...(checker ? { checker } : {}),
    ...(options.onStageEnd ? { onStageEnd: options.onStageEnd } : {}),
  });
  await pools.close(checkers);
  // Sign-off reads the records as readers will get them, so it comes after the checks.
  const signOffRecords = documents.flatMap((doc) => [...doc.exercises, ...doc.advice]);
  for (const problem of applySignOff(signOffRecords, approvals, { requireReview: options.requireReview === true })) {
    const file = allFiles.find((f) => f.path === problem.file)!;
    report(file, problem.message, { ruleId: APPROVAL_RULE, severity: 'warning', place: { line: problem.line, column: 1 }, note: problem.note });
  }
  if (options.requireReview) syncWithheld(findings, signOffRecords);
  options.onStageEnd?.('checks');
  if (blocked) return { files: sortFiles(allFiles), outputs: [], written: [], ok: false, threads };
  // Messages are made: the report names files inside the content folder, as the records do.
  relocateReport(findings, inContent);

  const dataset: Dataset = {
    $schema: schemaUrl,
    dataset: {
      name: config.name,
      title: config.title,
      version: config.version,
      date: config.date,
      contentHash: hash,
    },
    sources: documents.map((doc) => doc.source),
    exercises: documents.flatMap((doc) => doc.exercises),
    advice: documents.flatMap((doc) => doc.advice),
  };
  // Records name their file inside the content folder; their messages go to the file as read.
  // A path as read wins over a name inside the content folder that happens to spell the same.
  const byPath = new Map([...allFiles.map((file) => [inContent(file.path), file] as const), ...allFiles.map((file) => [file.path, file] as const)]);
  const fileFor = (path: string): VFile => {
    let file = byPath.get(path);
    if (!file) {
      file = new VFile({ path });
      byPath.set(path, file);
      allFiles.push(file);
    }
    return file;
  };
  const valid = timings.time('validate', () => validateDataset(dataset, fileFor));
  options.onStageEnd?.('validate');
  if (!valid) return { files: sortFiles(allFiles), dataset, outputs: [], written: [], ok: false, threads };

  const context = { config, schemas: loadSchemas(), report: findings, options: options.writerOptions ?? {} };
  const run = await runWriters(selectedWriters(options.outputs), dataset, context, timings, options.onOutput);
  if ('failure' in run) {
    const { error, writer } = run.failure;
    const record = (error as { record?: unknown }).record;
    if (typeof record !== 'string') throw error;
    const character = (error as { character?: unknown }).character;
    const advice = (error as { advice?: { ruleId: string; note: string } }).advice;
    reportWriterError(dataset, record, writer, (error as Error).message, (path) => fileFor(path === 'content' ? input.datasetConfig?.path ?? path : path), typeof character === 'string' ? character : undefined, advice);
    return { files: sortFiles(allFiles), dataset, report: findings, outputs: [], written: [], ok: false, threads };
  }
  const { outputs, written } = run;
  return { files: sortFiles(allFiles), dataset, report: findings, outputs, written, ok: true, threads };
}

function readConfig(input: ContentInput, files: VFile[]): DatasetConfig | undefined {
  const path = input.datasetConfig?.path ?? `${input.contentDir.replace(/\/$/, '')}/dataset.yaml`;
  const file = new VFile({ path });
  files.push(file);
  if (!input.datasetConfig) {
    report(file, 'Missing dataset settings, expected `dataset.yaml` in the content folder', {
      ruleId: 'dataset-config', severity: 'error',
      note: 'Create it with name, title, version and date (the content\'s date, printed on handouts).',
    });
    return undefined;
  }
  const text = settingsText(input.datasetConfig, file);
  if (text === undefined) return undefined;
  return readYamlData<DatasetConfig>(text, file, {
    schema: 'dataset-config', ruleId: 'dataset-config', firstLine: 1, label: 'Dataset settings',
    note: 'Keys: name (slug), title, version (x.y.z), date (YYYY-MM-DD), license (name, title), description.',
  });
}

/** A writer could not render a record's text: an error at the record's place in the content. */
function reportWriterError(dataset: Dataset, recordId: string, writer: string, message: string, fileFor: (path: string) => VFile, character?: string, advice?: { ruleId: string; note: string }): void {
  const record = [...dataset.exercises, ...dataset.advice].find((r) => r.id === recordId);
  const sourceId = recordId.startsWith('source:') ? recordId.slice('source:'.length) : undefined;
  const source = sourceId ? dataset.sources.find((s) => s.id === sourceId) : undefined;
  const file = fileFor(record?.source.file ?? source?.file ?? 'content');
  report(file, `Cannot write ${writer}: ${message}`, {
    ruleId: advice?.ruleId ?? 'unrenderable', severity: 'error',
    place: placeOfCharacter(String(file.value ?? ''), character, record?.source.lines.start ?? 1),
    note: advice?.note ?? 'Replace or remove the character, or add a font that covers it.',
  });
}

/** The first place of `character` in the text at or after `fromLine` (else the line itself). */
function placeOfCharacter(text: string, character: string | undefined, fromLine: number): { line: number; column: number } {
  if (!character || !text) return { line: fromLine, column: 1 };
  const lines = text.split('\n');
  for (let i = Math.max(0, fromLine - 1); i < lines.length; i += 1) {
    const column = lines[i]!.indexOf(character);
    if (column !== -1) return { line: i + 1, column: column + 1 };
  }
  const anywhere = lines.findIndex((line) => line.includes(character));
  return anywhere === -1 ? { line: fromLine, column: 1 } : { line: anywhere + 1, column: lines[anywhere]!.indexOf(character) + 1 };
}

/** The default and content rule files as text, each with its origin (see loadRules). */
function ruleSources(input: ContentInput, files?: VFile[]): RuleSource[] {
  const out: RuleSource[] = [];
  const add = (rule: InputFile, origin: 'default' | 'content'): void => {
    const file = new VFile({ path: rule.path });
    // The package's default files are listed only when they have something to say.
    if (files && origin === 'content') files.push(file);
    const text = settingsText(rule, file);
    if (files && origin === 'default' && file.messages.length > 0) files.push(file);
    if (text !== undefined) out.push({ path: rule.path, text, origin });
  };
  for (const rule of input.defaultRules ?? []) add(rule, 'default');
  for (const rule of input.rules) add(rule, 'content');
  return out;
}

function readRules(input: ContentInput, files: VFile[]): CompiledRule[] {
  const loaded = loadRules(ruleSources(input, files));
  for (const d of loaded.diagnostics) {
    const file = files.find((f) => f.path === d.file) ?? new VFile({ path: d.file });
    if (!files.includes(file)) files.push(file);
    report(file, d.message, { ruleId: `rule-file/${d.code}`, severity: d.severity, place: { line: d.line, column: d.column } });
  }
  // Fail closed: a build or lint that was meant to check safety claims and loaded no rule would
  // pass every unsafe sentence silently.
  if (loaded.rules.length === 0 && (input.defaultRules !== undefined || input.rules.length > 0)) {
    const path = `${input.contentDir}/rules`;
    const file = files.find((f) => f.path === path) ?? new VFile({ path });
    if (!files.includes(file)) files.push(file);
    report(file, 'no safety rule was loaded (the package\'s default rules are missing or broken, and content/rules/ adds none that load); expected at least one valid rule, so that unsafe sentences are flagged: reinstall the package or fix the rule files reported above', { ruleId: 'rule-file/no-rules', severity: 'error', place: { line: 1, column: 1 } });
  }
  return loaded.rules;
}

function readGroups(input: ContentInput, files: VFile[]): ExerciseGroupSpec[] {
  if (!input.exerciseGroups) return [];
  const file = new VFile({ path: input.exerciseGroups.path });
  files.push(file);
  const text = settingsText(input.exerciseGroups, file);
  if (text === undefined) return [];
  return readYamlData<{ groups: ExerciseGroupSpec[] }>(text, file, {
    schema: 'exercise-groups', ruleId: 'exercise-groups', firstLine: 1, label: 'Exercise groups',
    note: 'Each group: `id` (slug) and `names` (list of names).',
  })?.groups ?? [];
}

function sortFiles(files: VFile[]): VFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
