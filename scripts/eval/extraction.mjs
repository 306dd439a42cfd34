// `npm run eval` suite: exercise extraction on the development corpus (tests/eval/extraction/<case>/
// input.md + expected.yaml). Each case is compiled alone by lib's compile with the real rule files;
// the produced records are matched to the expected ones (scripts/eval/extraction-match.mjs) and
// the suite prints recall, precision, dosage and position accuracy, a table per case, then every
// miss, extra record and wrong field with its file and line, so an engineer can act on it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExpectedError, evaluateCase, parseExpected, showField, summarise, TARGETS, DOSAGE_FIELDS } from './extraction-match.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS = join(ROOT, 'tests/eval/extraction');
const DATASET_YAML = 'name: extraction-eval\ntitle: Extraction evaluation\nversion: 1.0.0\ndate: "2026-01-01"\n';
const encode = (text) => new TextEncoder().encode(text);

/** The corpus cases in name order: { name, dir, inputPath, expectedPath }. */
export function listCases(corpus = CORPUS) {
  return readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    .map((name) => ({ name, dir: join(corpus, name), inputPath: join(corpus, name, 'input.md'), expectedPath: join(corpus, name, 'expected.yaml') }));
}

/** Reads every case's expected.yaml; throws ExpectedError listing all problems of all cases. */
export function loadCases(corpus = CORPUS) {
  const problems = [];
  const cases = [];
  for (const item of listCases(corpus)) {
    const shown = relative(ROOT, item.expectedPath);
    if (!existsSync(item.inputPath)) problems.push(`${relative(ROOT, item.inputPath)}:1:1 missing input.md`);
    if (!existsSync(item.expectedPath)) { problems.push(`${shown}:1:1 missing expected.yaml`); continue; }
    try {
      cases.push({ ...item, input: existsSync(item.inputPath) ? readFileSync(item.inputPath, 'utf8') : '', expected: parseExpected(readFileSync(item.expectedPath, 'utf8'), shown) });
    } catch (error) {
      if (!(error instanceof ExpectedError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ExpectedError(problems);
  return cases;
}

function ruleInputs() {
  const dir = join(ROOT, 'content/rules');
  return readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort()
    .map((name) => ({ path: `content/rules/${name}`, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** Compiles one case's input alone; its records, or the compile's error messages. */
export async function compileCase(compile, item, rules) {
  const path = `content/${item.name}.md`;
  const result = await compile({
    contentDir: 'content',
    documents: [{ path, bytes: encode(item.input) }],
    datasetConfig: { path: 'content/dataset.yaml', bytes: encode(DATASET_YAML) },
    rules,
  }, { outputs: [], jobs: 1 });
  const errors = result.files.flatMap((file) => file.messages.filter((m) => m.fatal === true)
    .map((m) => `${file.path === path ? relative(ROOT, item.inputPath) : file.path}:${m.line ?? 0}:${m.column ?? 0} ${m.ruleId ?? ''} ${m.reason}`));
  return {
    exercises: result.dataset?.exercises ?? [],
    advice: result.dataset?.advice ?? [],
    errors: result.dataset ? [] : errors,
  };
}

/** The line of input.md where an expected exercise is named (its name, an alias, or its first word). */
function lineOfName(input, exercise) {
  const lines = input.split('\n');
  // After the front matter, whose title may hold the name too.
  const body = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  for (const name of [exercise.name, ...exercise.aliasNames, exercise.name.split(/\s+/)[0]]) {
    const index = lines.findIndex((line, i) => i >= body && line.toLowerCase().replace(/[’‘]/g, "'").includes(name.toLowerCase()));
    if (index >= 0) return index + 1;
  }
  return 1;
}

const pct = (value) => `${(value * 100).toFixed(1)}%`;
const pad = (text, width) => String(text).padEnd(width);
const padLeft = (text, width) => String(text).padStart(width);
const recordLine = (record, field) => {
  const positions = record.source?.positions ?? {};
  const key = field && Object.keys(positions).find((k) => k === field || k.startsWith(`${field}/`));
  return (key && positions[key]?.line) ?? record.source?.lines?.start ?? 0;
};

/** The report lines of evaluated cases: figures, table, then every finding with its place. */
export function reportLines(evaluated, metrics) {
  const lines = [];
  const mark = (value, target) => `${pct(value)}${target === undefined ? '' : value >= target ? ' ✓' : ` ✗ (target ≥ ${pct(target)})`}`;
  lines.push(`${evaluated.length} cases, ${metrics.expected} expected exercises, ${metrics.produced} exercise records produced, ${metrics.matched} matched`);
  lines.push(`exercise recall     ${mark(metrics.recall, TARGETS.recall)}  (${metrics.matched}/${metrics.expected})`);
  lines.push(`exercise precision  ${mark(metrics.precision, TARGETS.precision)}  (${metrics.matched}/${metrics.produced})`);
  lines.push(`dosage accuracy     ${mark(metrics.dosage, TARGETS.dosage)}  (${metrics.dosageRight}/${metrics.dosageChecked} matched exercises with every expected field right)`);
  lines.push(`  per field: ${DOSAGE_FIELDS.filter((f) => metrics.fields[f].total > 0).map((f) => `${f} ${metrics.fields[f].right}/${metrics.fields[f].total}`).join(', ')}`);
  lines.push(`position accuracy   ${mark(metrics.position)}  (${metrics.positionRight}/${metrics.positionChecked})`);
  lines.push(`advice found        ${mark(metrics.advice)}  (${metrics.adviceFound}/${metrics.adviceTotal}, topic right ${metrics.adviceTopicRight})`);
  lines.push(`notExercises made exercises: ${metrics.notExercises}; notInReaderText in published records: ${metrics.readerLeaks}`);
  lines.push('');
  const width = Math.max(4, ...evaluated.map((e) => e.item.name.length));
  lines.push(`${pad('case', width)}  exp  got  hit miss extra dosage  pos  advice  leaks  shape`);
  for (const { item, result, errors } of evaluated) {
    const dosageRight = result.dosage.filter((d) => d.ok).length;
    const positionRight = result.position.filter((p) => p.ok).length;
    lines.push(`${pad(item.name, width)}  ${padLeft(result.pairs.length + result.missed.length, 3)}  ${padLeft(result.pairs.length + result.extra.length, 3)}  ${padLeft(result.pairs.length, 3)}  ${padLeft(result.missed.length, 3)}  ${padLeft(result.extra.length, 4)}  ${padLeft(`${dosageRight}/${result.dosage.length}`, 5)}  ${padLeft(`${positionRight}/${result.position.length}`, 4)}  ${padLeft(`${result.advice.filter((a) => a.found).length}/${result.advice.length}`, 6)}  ${padLeft(result.readerLeaks.length + result.notExercises.length, 5)}  ${errors.length ? 'COMPILE ERRORS · ' : ''}${item.expected.shape}`);
  }
  const findings = [];
  for (const { item, result, errors } of evaluated) {
    const input = relative(ROOT, item.inputPath);
    for (const error of errors) findings.push(`compile error  ${error}`);
    for (const miss of result.missed) findings.push(`missed         ${input}:${lineOfName(item.input, miss)}  "${miss.name}" (${relative(ROOT, item.expectedPath)}:${miss.line})`);
    for (const record of result.extra) findings.push(`extra          ${input}:${recordLine(record)}  "${record.name}" (${record.steps?.length ?? 0} steps)`);
    for (const check of result.dosage.filter((d) => !d.ok)) {
      findings.push(`wrong dosage   ${input}:${recordLine(check.produced, 'dosage')}  "${check.expected.name}": ${check.fields.filter((f) => !f.ok).map(showField).join('; ')}  [text: ${check.produced.dosage?.text ?? 'none'}]`);
    }
    for (const check of result.position.filter((p) => !p.ok)) {
      findings.push(`wrong position ${input}:${recordLine(check.produced, 'position')}  "${check.expected.name}": ${check.produced.position ?? '—'} (expected ${check.expected.position})`);
    }
    for (const hit of result.notExercises) findings.push(`not exercise   ${input}:${recordLine(hit.record)}  "${hit.record.name}" is listed in notExercises ("${hit.name}")`);
    for (const leak of result.readerLeaks) findings.push(`reader text    ${input}:${recordLine(leak.record)}  "${leak.text}" in published ${leak.record.kind} "${leak.record.name ?? leak.record.heading ?? leak.record.id}"`);
    for (const advice of result.advice.filter((a) => !a.found || !a.topicOk)) {
      findings.push(advice.found
        ? `advice topic   ${input}:${recordLine(advice.record)}  "${advice.contains}": ${advice.record.topic} (expected ${advice.topic})`
        : `advice missing ${input}  "${advice.contains}"${advice.record ? ` (inside exercise "${advice.record.name}")` : ''}`);
    }
  }
  if (findings.length > 0) lines.push('', ...findings);
  return lines;
}

export async function run() {
  const name = 'extraction (development corpus)';
  let cases;
  try {
    cases = loadCases();
  } catch (error) {
    if (!(error instanceof ExpectedError)) throw error;
    return { name, lines: ['malformed expected.yaml:', ...error.problems], ok: false };
  }
  const { compile } = await import('../../lib/pipeline/compile.js');
  const rules = ruleInputs();
  const evaluated = [];
  for (const item of cases) {
    const produced = await compileCase(compile, item, rules);
    evaluated.push({ item, errors: produced.errors, result: evaluateCase(item.expected, produced) });
  }
  const metrics = summarise(evaluated.map((e) => e.result));
  const anyErrors = evaluated.some((e) => e.errors.length > 0);
  return { name, lines: reportLines(evaluated, metrics), ok: metrics.ok && !anyErrors };
}
