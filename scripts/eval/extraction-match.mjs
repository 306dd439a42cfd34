// The pure part of the extraction evaluation: reading a case's expected.yaml, matching the
// exercise records a compile produced to the expected ones, and the metrics over all cases.
// Takes data and returns data; the files and the compile are scripts/eval/extraction.mjs's.
import { isMap, isSeq, isScalar, LineCounter, parseDocument } from 'yaml';

/** Below this name similarity a produced record is not the expected exercise. */
export const MATCH_THRESHOLD = 0.5;
export const TARGETS = { recall: 0.95, precision: 0.95, dosage: 0.95 };
export const POSITIONS = ['standing', 'sitting', 'kneeling', 'all-fours', 'side-lying', 'supine', 'prone', 'mixed'];
export const RANGE_FIELDS = ['repetitions', 'sets', 'holdSeconds', 'durationSeconds', 'breathCycles', 'timesPerDay', 'timesPerWeek'];
export const FLAG_FIELDS = ['perSide', 'perDirection'];
export const DOSAGE_FIELDS = [...RANGE_FIELDS, ...FLAG_FIELDS];
const ADVICE_TOPICS = ['warning-signs', 'contraindications', 'when-to-exercise', 'general-rules', 'self-care', 'faq', 'benefits', 'background'];

// Words that carry no identity in an exercise name ("Stretch on the bed" is "stretch bed").
const FILLER = new Set(['a', 'an', 'the', 'on', 'of', 'with', 'to', 'your', 'in', 'and', 'for', 'at', 'from', 'into', 'pose', 'exercise', 'exercises']);

// ---------------------------------------------------------------------------------------------
// expected.yaml

export class ExpectedError extends Error {
  /** @param {string[]} problems each `file:line:column message` */
  constructor(problems) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/**
 * Reads an expected.yaml. Throws ExpectedError listing every problem as `file:line:column message`.
 * @param {string} text
 * @param {string} file the path shown in messages
 */
export function parseExpected(text, file) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems = [];
  const at = (node) => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push(`${file}:${line}:${col} YAML: ${error.message.split('\n')[0]}`);
  }
  if (problems.length > 0) throw new ExpectedError(problems);
  const root = doc.contents;
  if (!isMap(root)) throw new ExpectedError([`${at(root)} expected a mapping with shape:, exercises:, advice:, notInReaderText:, notExercises:`]);

  const keys = new Set(['shape', 'exercises', 'advice', 'notInReaderText', 'notExercises']);
  const result = { shape: '', exercises: [], advice: [], notInReaderText: [], notExercises: [] };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!keys.has(key)) { problems.push(`${at(pair.key)} unknown key "${key}", expected one of ${[...keys].join(', ')}`); continue; }
    const value = pair.value;
    if (key === 'shape') {
      if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') problems.push(`${at(value ?? pair.key)} shape: expected a short label`);
      else result.shape = value.value;
    } else if (key === 'notInReaderText' || key === 'notExercises') {
      result[key] = stringList(value ?? pair.key, key, at, problems);
    } else if (!isSeq(value)) {
      problems.push(`${at(value ?? pair.key)} ${key}: expected a list (use [] for none)`);
    } else if (key === 'exercises') {
      result.exercises = value.items.map((item) => readExercise(item, at, problems)).filter(Boolean);
    } else {
      result.advice = value.items.map((item) => readAdvice(item, at, problems)).filter(Boolean);
    }
  }
  if (!root.items.some((pair) => isScalar(pair.key) && pair.key.value === 'shape')) problems.push(`${file}:1:1 missing shape: (a short label of the document's shape)`);
  if (!root.items.some((pair) => isScalar(pair.key) && pair.key.value === 'exercises')) problems.push(`${file}:1:1 missing exercises: (use [] when the document has none)`);
  if (problems.length > 0) throw new ExpectedError(problems);
  return result;
}

function stringList(node, key, at, problems) {
  if (!isSeq(node) || !node.items.every((item) => isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '')) {
    problems.push(`${at(node)} ${key}: expected a list of non-empty strings`);
    return [];
  }
  return node.items.map((item) => item.value);
}

function readExercise(node, at, problems) {
  if (!isMap(node)) { problems.push(`${at(node)} exercise: expected a mapping with name:`); return undefined; }
  const where = at(node);
  // The expected.yaml line of the entry, for the report of a miss.
  const line = Number(where.split(':').at(-2));
  const exercise = { name: '', aliasNames: [], line };
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    if (key === 'name') {
      if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') problems.push(`${at(value ?? pair.key)} name: expected the exercise's name`);
      else exercise.name = value.value;
    } else if (key === 'aliasNames') {
      exercise.aliasNames = stringList(value ?? pair.key, 'aliasNames', at, problems);
    } else if (key === 'position') {
      if (!isScalar(value) || !POSITIONS.includes(value.value)) problems.push(`${at(value ?? pair.key)} position: expected one of ${POSITIONS.join(', ')}`);
      else exercise.position = value.value;
    } else if (key === 'dosage') {
      exercise.dosage = readDosage(value ?? pair.key, at, problems);
    } else {
      problems.push(`${at(pair.key)} unknown exercise key "${key}", expected name, aliasNames, position, dosage`);
    }
  }
  if (!exercise.name) { problems.push(`${where} exercise without a name`); return undefined; }
  return exercise;
}

function readDosage(node, at, problems) {
  if (!isMap(node)) { problems.push(`${at(node)} dosage: expected a mapping of ${DOSAGE_FIELDS.join(', ')}`); return undefined; }
  const dosage = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    if (FLAG_FIELDS.includes(key)) {
      if (!isScalar(value) || typeof value.value !== 'boolean') problems.push(`${at(value ?? pair.key)} ${key}: expected true or false`);
      else dosage[key] = value.value;
    } else if (RANGE_FIELDS.includes(key)) {
      const min = isMap(value) ? value.get('min') : undefined;
      const max = isMap(value) ? value.get('max') : undefined;
      const extra = isMap(value) ? value.items.filter((p) => !['min', 'max'].includes(String(p.key?.value))) : [];
      if (typeof min !== 'number' || typeof max !== 'number' || min > max || min < 0 || extra.length > 0) {
        problems.push(`${at(value ?? pair.key)} ${key}: expected { min: N, max: N } with 0 <= min <= max`);
      } else dosage[key] = { min, max };
    } else {
      problems.push(`${at(pair.key)} unknown dosage field "${key}", expected one of ${DOSAGE_FIELDS.join(', ')}`);
    }
  }
  if (Object.keys(dosage).length === 0) { problems.push(`${at(node)} dosage: give at least one field, or leave dosage out`); return undefined; }
  return dosage;
}

function readAdvice(node, at, problems) {
  if (!isMap(node)) { problems.push(`${at(node)} advice: expected a mapping with contains:`); return undefined; }
  const advice = { contains: '' };
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    if (key === 'contains' && isScalar(value) && typeof value.value === 'string' && value.value.trim() !== '') advice.contains = value.value;
    else if (key === 'topic' && isScalar(value) && ADVICE_TOPICS.includes(value.value)) advice.topic = value.value;
    else problems.push(`${at(value ?? pair.key)} advice ${key}: expected contains: "a phrase of its text" and optional topic: one of ${ADVICE_TOPICS.join(', ')}`);
  }
  if (!advice.contains) { problems.push(`${at(node)} advice without contains:`); return undefined; }
  return advice;
}

// ---------------------------------------------------------------------------------------------
// Names

/** The identifying words of a name: lower case, no accents or punctuation, simple singulars. */
export function nameTokens(name) {
  return [...new Set(name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !FILLER.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)))];
}

/**
 * Similarity of two names in [0, 1]: the larger of the Dice overlap of their words and 0.85 times
 * how much of the shorter name the longer one holds ("pelvic tilt" in "pelvic tilts lying down").
 */
export function nameSimilarity(a, b) {
  const x = nameTokens(a);
  const y = new Set(nameTokens(b));
  if (x.length === 0 || y.size === 0) return 0;
  const shared = x.filter((word) => y.has(word)).length;
  const dice = (2 * shared) / (x.length + y.size);
  const containment = shared / Math.min(x.length, y.size);
  return Math.max(dice, 0.85 * containment);
}

/** Best similarity between an expected exercise (name, aliasNames) and a produced record (name, aliases). */
export function exerciseSimilarity(expected, produced) {
  const wanted = [expected.name, ...(expected.aliasNames ?? [])];
  const given = [produced.name, ...(produced.aliases ?? [])];
  let best = 0;
  for (const w of wanted) for (const g of given) best = Math.max(best, nameSimilarity(w, g));
  return best;
}

/**
 * One-to-one matching, greedy by best score (ties: the earlier expected, then the earlier
 * produced), of pairs at or above the threshold.
 */
export function matchExercises(expected, produced, threshold = MATCH_THRESHOLD) {
  const candidates = [];
  expected.forEach((e, i) => produced.forEach((p, j) => {
    const score = exerciseSimilarity(e, p);
    if (score >= threshold) candidates.push({ i, j, score });
  }));
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const usedE = new Set();
  const usedP = new Set();
  const pairs = [];
  for (const c of candidates) {
    if (usedE.has(c.i) || usedP.has(c.j)) continue;
    usedE.add(c.i);
    usedP.add(c.j);
    pairs.push({ expected: expected[c.i], produced: produced[c.j], score: c.score });
  }
  pairs.sort((a, b) => expected.indexOf(a.expected) - expected.indexOf(b.expected));
  return {
    pairs,
    missed: expected.filter((_, i) => !usedE.has(i)),
    extra: produced.filter((_, j) => !usedP.has(j)),
  };
}

// ---------------------------------------------------------------------------------------------
// Dosage and position

/** Each expected dosage field against the produced one: { field, expected, actual, ok }. */
export function compareDosage(expected, produced) {
  return Object.entries(expected ?? {}).map(([field, want]) => {
    const actual = produced?.[field];
    const ok = FLAG_FIELDS.includes(field)
      ? (actual === true) === want
      : actual !== undefined && actual.min === want.min && actual.max === want.max;
    return { field, expected: want, actual, ok };
  });
}

const showValue = (value) => (value === undefined ? '—' : typeof value === 'object' ? (value.min === value.max ? `${value.min}` : `${value.min}–${value.max}`) : String(value));
export const showField = (check) => `${check.field} ${showValue(check.actual)} (expected ${showValue(check.expected)})`;

// ---------------------------------------------------------------------------------------------
// One case

const readerText = (record) => [
  record.name, record.heading, record.text, record.startingPosition, record.dosage?.text,
  ...(record.items ?? []), ...(record.steps ?? []), ...(record.cues ?? []), ...(record.cautions ?? []), ...(record.benefits ?? []),
].filter((value) => typeof value === 'string');

const squash = (text) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

/**
 * Evaluates one case: `expected` from parseExpected, `produced` the compile's exercise and advice
 * records of the case's document.
 */
export function evaluateCase(expected, produced) {
  const { pairs, missed, extra } = matchExercises(expected.exercises, produced.exercises);
  const dosage = pairs.filter((pair) => pair.expected.dosage).map((pair) => {
    const fields = compareDosage(pair.expected.dosage, pair.produced.dosage);
    return { ...pair, fields, ok: fields.every((f) => f.ok) };
  });
  const position = pairs.filter((pair) => pair.expected.position).map((pair) => ({ ...pair, ok: pair.produced.position === pair.expected.position }));
  const notExercises = expected.notExercises.flatMap((name) => produced.exercises
    .filter((record) => nameSimilarity(name, record.name) >= 0.8)
    .map((record) => ({ name, record })));
  const published = [...produced.exercises, ...produced.advice].filter((record) => record.status !== 'withheld');
  const readerLeaks = expected.notInReaderText.flatMap((text) => published
    .filter((record) => readerText(record).some((value) => squash(value).includes(squash(text))))
    .map((record) => ({ text, record })));
  const advice = expected.advice.map((want) => {
    const holders = [...produced.advice, ...produced.exercises].filter((record) => readerText(record).some((value) => squash(value).includes(squash(want.contains))));
    const asAdvice = holders.find((record) => record.kind === 'advice');
    return { ...want, found: Boolean(asAdvice), topicOk: !want.topic || asAdvice?.topic === want.topic, record: asAdvice ?? holders[0] };
  });
  return { pairs, missed, extra, dosage, position, notExercises, readerLeaks, advice };
}

// ---------------------------------------------------------------------------------------------
// Metrics over cases

const ratio = (part, whole) => (whole === 0 ? 1 : part / whole);

/** Totals and rates over case results. */
export function summarise(results) {
  const sum = (pick) => results.reduce((total, result) => total + pick(result), 0);
  const expected = sum((r) => r.pairs.length + r.missed.length);
  const produced = sum((r) => r.pairs.length + r.extra.length);
  const matched = sum((r) => r.pairs.length);
  const dosageChecked = sum((r) => r.dosage.length);
  const dosageRight = sum((r) => r.dosage.filter((d) => d.ok).length);
  const fields = Object.fromEntries(DOSAGE_FIELDS.map((field) => {
    const checks = results.flatMap((r) => r.dosage.flatMap((d) => d.fields.filter((f) => f.field === field)));
    return [field, { right: checks.filter((f) => f.ok).length, total: checks.length }];
  }));
  const positionChecked = sum((r) => r.position.length);
  const positionRight = sum((r) => r.position.filter((p) => p.ok).length);
  const adviceTotal = sum((r) => r.advice.length);
  const adviceFound = sum((r) => r.advice.filter((a) => a.found).length);
  const adviceTopicRight = sum((r) => r.advice.filter((a) => a.found && a.topicOk).length);
  const metrics = {
    expected, produced, matched,
    recall: ratio(matched, expected),
    precision: ratio(matched, produced),
    dosage: ratio(dosageRight, dosageChecked), dosageRight, dosageChecked, fields,
    position: ratio(positionRight, positionChecked), positionRight, positionChecked,
    advice: ratio(adviceFound, adviceTotal), adviceFound, adviceTopicRight, adviceTotal,
    notExercises: sum((r) => r.notExercises.length),
    readerLeaks: sum((r) => r.readerLeaks.length),
  };
  metrics.ok = metrics.recall >= TARGETS.recall && metrics.precision >= TARGETS.precision && metrics.dosage >= TARGETS.dosage;
  return metrics;
}
