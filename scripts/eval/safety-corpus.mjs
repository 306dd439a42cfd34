// The safety evaluation corpus (tests/eval/safety/*.yaml): YAML text → entries with their file and
// line, and every reason to refuse the corpus (a malformed entry, an unknown stage, position or
// rule id, a sentence that repeats a rule example or another entry). Pure: the caller reads the
// files and passes the text and what is valid; nothing here touches the disk.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/**
 * The rule ids of issue 18's catalogue. A corpus entry may expect one of these even when the rule
 * files do not define it yet (it then shows 0 recall), or any id the loaded rules define.
 */
export const CATALOGUE_RULE_IDS = Object.freeze([
  'abortifacient',
  'weight-loss-pregnancy',
  'absolute-safety',
  'cure-guarantee',
  'outcome-overclaim',
  'hot-environment',
  'heat-on-abdomen',
  'contact-or-fall-risk',
  'scuba',
  'supine',
  'prone',
  'deep-twist',
  'overstretch',
  'inversion',
  'breath-hold',
  'early-postpartum-load',
  'caesarean-load',
  'diastasis-absolute-claim',
  'stop-sign-dismissed',
  'contraindication-override',
  'abdominal-pressure',
  'lumbar-overarch',
  'work-to-exhaustion',
  'pelvic-girdle-load',
  'postpartum-twist',
  'weakened-contraindication',
  'picture-reference',
  'insufficient-activity',
]);

const ENTRY_KEYS = new Set(['text', 'stages', 'position', 'expect', 'why']);

/**
 * A sentence reduced to what makes it the same sentence: Unicode-compatible forms folded, lower
 * case, quotes, punctuation and symbols dropped, whitespace collapsed. Two sentences that differ
 * only in typography or capitals normalise to the same text.
 */
export function normaliseSentence(text) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Problems in file, line, column order, so reports read top to bottom. */
function byPlace(problems) {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function placeOf(file, lineCounter, node) {
  const offset = node && node.range ? node.range[0] : 0;
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, column: col };
}

function scalarList(node) {
  if (!isSeq(node)) return undefined;
  const out = [];
  for (const item of node.items) {
    if (!isScalar(item) || typeof item.value !== 'string') return undefined;
    out.push({ value: item.value, node: item });
  }
  return out;
}

/**
 * Read one corpus file: a mapping with a `sentences` list of entries. Returns the entries that are
 * well formed (with file, line and the place of each expected id) and a problem for every entry
 * that is not, at its line and column.
 */
export function parseCorpusFile(file, text) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems = [];
  const entries = [];
  const problem = (node, message) => problems.push({ ...placeOf(file, lineCounter, node), message });
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push({ file, line, column: col, message: `YAML syntax: ${error.message.split('\n')[0]}; expected valid YAML` });
  }
  if (doc.errors.length > 0) return { entries, problems };
  const root = doc.contents;
  const list = isMap(root) ? root.get('sentences', true) : undefined;
  if (!isSeq(list)) {
    problem(root, 'the file has no `sentences` list; expected a mapping with a `sentences:` list of entries');
    return { entries, problems };
  }
  for (const item of list.items) {
    if (!isMap(item)) {
      problem(item, 'an entry is not a mapping; expected keys text, stages, expect (and position, why)');
      continue;
    }
    let ok = true;
    const fail = (node, message) => {
      ok = false;
      problem(node ?? item, message);
    };
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!ENTRY_KEYS.has(key)) fail(pair.key, `unknown key \`${key}\`; expected only: ${[...ENTRY_KEYS].join(', ')}`);
    }
    const textNode = item.get('text', true);
    const sentence = isScalar(textNode) && typeof textNode.value === 'string' ? textNode.value.trim() : '';
    if (sentence === '') fail(textNode, '`text` is missing or empty; expected the sentence as a string');
    const stages = scalarList(item.get('stages', true));
    if (!stages || stages.length === 0) fail(item.get('stages', true), '`stages` is missing or not a list of names; expected e.g. [trimester-2, trimester-3]');
    const positionNode = item.get('position', true);
    if (positionNode !== undefined && !(isScalar(positionNode) && typeof positionNode.value === 'string')) {
      fail(positionNode, '`position` is not a name; expected one position such as supine');
    }
    const expect = scalarList(item.get('expect', true));
    if (!expect) fail(item.get('expect', true), '`expect` is missing or not a list of rule ids; expected [] for a safe sentence');
    const whyNode = item.get('why', true);
    const why = isScalar(whyNode) && typeof whyNode.value === 'string' ? whyNode.value : undefined;
    if (expect && expect.length > 0 && !why) fail(item, 'an unsafe entry has no `why`; expected a short clinical reason');
    if (!ok) continue;
    entries.push({
      file,
      ...placeOf(file, lineCounter, item),
      text: sentence,
      stages: stages.map((s) => s.value),
      ...(positionNode !== undefined ? { position: positionNode.value } : {}),
      expect: expect.map((e) => e.value),
      ...(why ? { why } : {}),
      places: {
        text: placeOf(file, lineCounter, textNode),
        stages: stages.map((s) => placeOf(file, lineCounter, s.node)),
        ...(positionNode !== undefined ? { position: placeOf(file, lineCounter, positionNode) } : {}),
        expect: expect.map((e) => placeOf(file, lineCounter, e.node)),
      },
    });
  }
  return { entries, problems: byPlace(problems) };
}

/**
 * Every reason to refuse well-formed entries: a stage, position or rule id not in `valid`, an id
 * expected twice in one entry, a sentence that repeats a rule example or an earlier entry (after
 * normaliseSentence). `examples` are the rule examples as { rule, text }.
 */
export function validateCorpus(entries, valid) {
  const problems = [];
  const stages = new Set(valid.stages);
  const positions = new Set(valid.positions);
  const ruleIds = new Set(valid.ruleIds);
  const exampleOf = new Map();
  for (const example of valid.examples) {
    const key = normaliseSentence(example.text);
    if (!exampleOf.has(key)) exampleOf.set(key, example.rule);
  }
  const firstEntry = new Map();
  for (const entry of entries) {
    const at = (place, message) => problems.push({ ...place, message });
    entry.stages.forEach((stage, i) => {
      if (!stages.has(stage)) at(entry.places.stages[i], `unknown stage \`${stage}\`; expected one of: ${valid.stages.join(', ')}`);
    });
    if (entry.position !== undefined && !positions.has(entry.position)) {
      at(entry.places.position, `unknown position \`${entry.position}\`; expected one of: ${valid.positions.join(', ')}`);
    }
    const seen = new Set();
    entry.expect.forEach((id, i) => {
      if (!ruleIds.has(id)) at(entry.places.expect[i], `unknown rule id \`${id}\`; expected one of the catalogue or the loaded rules: ${[...ruleIds].sort().join(', ')}`);
      if (seen.has(id)) at(entry.places.expect[i], `rule id \`${id}\` is expected twice; expected each id once`);
      seen.add(id);
    });
    const key = normaliseSentence(entry.text);
    const rule = exampleOf.get(key);
    if (rule !== undefined) {
      at(entry.places.text, `the sentence repeats an example of rule ${rule}; a held-out corpus must not repeat rule examples, write a new sentence`);
    }
    const first = firstEntry.get(key);
    if (first) at(entry.places.text, `the sentence repeats the entry at ${first.file}:${first.line}; expected every sentence once`);
    else firstEntry.set(key, entry);
  }
  return byPlace(problems);
}

/** Share of distinct words two normalised sentences have in common (Jaccard index). */
function wordOverlap(a, b) {
  const setA = new Set(a.split(' '));
  const setB = new Set(b.split(' '));
  let common = 0;
  for (const word of setA) if (setB.has(word)) common += 1;
  return common / (setA.size + setB.size - common);
}

/** Word overlap from which an entry is reported as a near repeat of a rule example. */
export const NEAR_REPEAT_OVERLAP = 0.7;

/**
 * Entries that are not repeats but share most of their words with a rule example (a word or two
 * swapped): a warning, not a refusal, since short instructions can share words by chance; a rule
 * author tuning on such an example would inflate the held-out score.
 */
export function nearRepeats(entries, examples, threshold = NEAR_REPEAT_OVERLAP) {
  const normalised = examples.map((e) => ({ ...e, key: normaliseSentence(e.text) }));
  const out = [];
  for (const entry of entries) {
    const key = normaliseSentence(entry.text);
    let best;
    for (const example of normalised) {
      if (example.key === key) continue;
      const overlap = wordOverlap(key, example.key);
      if (overlap >= threshold && (!best || overlap > best.overlap)) best = { overlap, example };
    }
    if (best) {
      out.push({ ...entry.places.text, message: `the sentence shares ${Math.round(best.overlap * 100)}% of its words with an example of rule ${best.example.rule} (“${best.example.text}”); consider rewording one of them` });
    }
  }
  return out;
}

/** Every string under a value: the sentences of an `examples` block, whatever its shape. */
function stringsIn(value, out) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === 'object') {
    // An example may carry its stages and position beside the text; only the text is a sentence.
    if (typeof value.text === 'string') out.push(value.text);
    else for (const item of Object.values(value)) stringsIn(item, out);
  }
  return out;
}

/**
 * The example sentences of every rule in rule files, read from the YAML itself rather than from
 * the compiled rules, so a rule that fails to load, or an engine that reshapes its examples, still
 * cannot leak an example into the corpus. Files that do not parse give nothing (the engine
 * reports them).
 */
export function ruleExamplesFromFiles(files) {
  const out = [];
  for (const file of files) {
    const doc = parseDocument(file.text);
    if (doc.errors.length > 0) continue;
    const data = doc.toJS();
    const rules = data && Array.isArray(data.rules) ? data.rules : [];
    for (const rule of rules) {
      if (!rule || typeof rule !== 'object' || rule.examples === undefined) continue;
      const id = typeof rule.id === 'string' ? rule.id : '(no id)';
      for (const text of stringsIn(rule.examples, [])) out.push({ rule: id, text });
    }
  }
  return out;
}

/** A problem as `file:line:column: message`. */
export function formatProblem(problem) {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}
