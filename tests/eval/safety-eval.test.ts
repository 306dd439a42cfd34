// The safety evaluation (npm run eval): its metrics on small made-up results, its refusals, and
// the shape of the held-out corpus. The recall and false-flag targets are not asserted here: they
// are `npm run eval`'s exit code, measured on whatever rules the branch has.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { POSITIONS, STAGES } from '../../src/model/types.js';
import {
  CATALOGUE_RULE_IDS,
  formatProblem,
  nearRepeats,
  normaliseSentence,
  parseCorpusFile,
  ruleExamplesFromFiles,
  validateCorpus,
  type CorpusEntry,
} from '../../scripts/eval/safety-corpus.mjs';
import { formatReport, meetsTargets, scoreResults, type ScoredEntry } from '../../scripts/eval/safety-metrics.mjs';
import { run } from '../../scripts/eval/safety.mjs';

const CORPUS_DIR = 'tests/eval/safety';

async function yamlFiles(dir: string): Promise<Array<{ path: string; text: string }>> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (n) => ({ path: join(dir, n), text: await readFile(join(dir, n), 'utf8') })));
}

const entry = (text: string, expect: string[]): ScoredEntry => ({ text, expect, file: 'made-up.yaml', line: 1, stages: ['trimester-2'] });

describe('metrics', () => {
  const unsafeA = { ...entry('Lie flat on the floor face up.', ['supine']), why: 'flat on the back mid-pregnancy' };
  const unsafeB = entry('Hold the air in and strain.', ['breath-hold']);
  const unsafeBoth = entry('Face up on the floor, hold the air in.', ['supine', 'breath-hold']);
  const safe1 = entry('Sit on a chair.', []);
  const safe2 = entry('Stand by a wall.', []);

  test('a perfect rule set scores 100% recall and precision and no false flags', () => {
    const m = scoreResults([
      { entry: unsafeA, fired: ['supine'] },
      { entry: unsafeB, fired: ['breath-hold'] },
      { entry: unsafeBoth, fired: ['breath-hold', 'supine'] },
      { entry: safe1, fired: [] },
      { entry: safe2, fired: [] },
    ]);
    expect([m.sentences, m.unsafe, m.safe]).toEqual([5, 3, 2]);
    expect([m.sentenceRecall, m.fullRecall, m.precision, m.falseFlagRate]).toEqual([1, 1, 1, 0]);
    expect(m.rules.map((r) => [r.id, r.expected, r.caught, r.fired, r.falseFires, r.recall, r.precision])).toEqual([
      ['breath-hold', 2, 2, 2, 0, 1, 1],
      ['supine', 2, 2, 2, 0, 1, 1],
    ]);
    expect(m.misses).toEqual([]);
    expect(m.falseFlags).toEqual([]);
    expect(meetsTargets(m)).toBe(true);
  });

  test('a rule that over-fires lowers precision and raises the false-flag rate', () => {
    const m = scoreResults([
      { entry: unsafeA, fired: ['supine'] },
      { entry: unsafeB, fired: ['breath-hold', 'supine'] },
      { entry: safe1, fired: ['supine'] },
      { entry: safe2, fired: [] },
    ]);
    expect(m.sentenceRecall).toBe(1);
    expect(m.precision).toBe(2 / 4);
    expect(m.falseFlagRate).toBe(1 / 2);
    const supine = m.rules.find((r) => r.id === 'supine');
    expect(supine).toMatchObject({ expected: 1, caught: 1, fired: 3, falseFires: 2, recall: 1, precision: 1 / 3 });
    expect(m.falseFlags).toEqual([{ entry: safe1, fired: ['supine'] }]);
    expect(m.extraFires).toEqual([{ entry: unsafeB, unexpected: ['supine'] }]);
    expect(meetsTargets(m)).toBe(false);
    const report = formatReport(m).join('\n');
    expect(report).toContain('false flags on safe sentences (1)');
    expect(report).toContain(safe1.text);
  });

  test('a missed sentence lowers recall and is listed; a partly caught one counts for sentence recall only', () => {
    const m = scoreResults(
      [
        { entry: unsafeA, fired: [] },
        { entry: unsafeBoth, fired: ['supine'] },
        { entry: safe1, fired: [] },
      ],
      ['supine', 'breath-hold', 'scuba'],
    );
    expect(m.sentenceRecall).toBe(1 / 2);
    expect(m.fullRecall).toBe(0);
    expect(m.misses.map((x) => [x.entry.text, x.missing, x.caughtNone])).toEqual([
      [unsafeA.text, ['supine'], true],
      [unsafeBoth.text, ['breath-hold'], false],
    ]);
    // A rule listed but never expected nor fired is tabulated with no ratio rather than 0% or 100%.
    expect(m.rules.find((r) => r.id === 'scuba')).toMatchObject({ expected: 0, fired: 0, recall: undefined, precision: undefined });
    expect(meetsTargets(m)).toBe(false);
    const report = formatReport(m, { known: new Set(['supine']) }).join('\n');
    expect(report).toContain('made-up.yaml:1');
    expect(report).toContain('missing supine');
    expect(report).toContain('why: flat on the back mid-pregnancy');
    expect(report).toContain('breath-hold (not in rules)');
  });

  test('recall exactly at the target and false flags exactly at the limit meet the targets; nothing measured does not', () => {
    const unsafe = Array.from({ length: 20 }, (_, i) => ({ entry: entry(`unsafe ${i}`, ['supine']), fired: i === 0 ? [] : ['supine'] }));
    const safe = Array.from({ length: 50 }, (_, i) => ({ entry: entry(`safe ${i}`, []), fired: i === 0 ? ['supine'] : [] }));
    const m = scoreResults([...unsafe, ...safe]);
    expect([m.sentenceRecall, m.falseFlagRate]).toEqual([0.95, 0.02]);
    expect(meetsTargets(m)).toBe(true);
    expect(meetsTargets(scoreResults([]))).toBe(false);
  });
});

describe('corpus validation', () => {
  const valid = {
    stages: STAGES,
    positions: POSITIONS,
    ruleIds: ['supine', 'breath-hold'],
    examples: [{ rule: 'supine', text: 'Lie on your back, knees bent.' }],
  };
  const parse = (text: string) => parseCorpusFile('made-up.yaml', text);

  test('a sentence that repeats a rule example, up to case, quotes, punctuation and spacing, is refused at its line', () => {
    const { entries, problems } = parse(
      ['sentences:', '  - text: "Sit on a chair."', '    stages: [trimester-1]', '    expect: []', '  - text: "  LIE on your ‘back’ -- knees bent!! "', '    stages: [trimester-2]', '    expect: []', ''].join('\n'),
    );
    expect(problems).toEqual([]);
    const refused = validateCorpus(entries, valid);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ file: 'made-up.yaml', line: 5 });
    expect(refused[0]!.message).toContain('rule supine');
    expect(normaliseSentence('Lie on your “back”,  knees bent.')).toBe(normaliseSentence('lie on your back knees bent'));
  });

  test('an unknown rule id, stage or position is refused at its line and column', () => {
    const text = ['sentences:', '  - text: "Hold it in."', '    stages: [trimester-2, month-5]', '    position: upside-down', '    expect: [breath-hold, breath-holding]', '    why: made up', ''].join('\n');
    const { entries, problems } = parse(text);
    expect(problems).toEqual([]);
    const refused = validateCorpus(entries, valid).map(formatProblem);
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatch(/^made-up\.yaml:3:27: unknown stage `month-5`/);
    expect(refused[1]).toMatch(/^made-up\.yaml:4:15: unknown position `upside-down`/);
    expect(refused[2]).toMatch(/^made-up\.yaml:5:27: unknown rule id `breath-holding`/);
  });

  test('a sentence with a word or two swapped from a rule example is a near repeat; an unrelated one is not', () => {
    const { entries } = parse(
      ['sentences:', '  - text: "Lie on your back, knees bent and apart."', '    stages: [trimester-2]', '    expect: []', '  - text: "Sit on a firm chair."', '    stages: [trimester-1]', '    expect: []', ''].join('\n'),
    );
    const near = nearRepeats(entries, valid.examples);
    expect(near).toHaveLength(1);
    expect(formatProblem(near[0]!)).toMatch(/^made-up\.yaml:2:\d+: the sentence shares \d+% of its words with an example of rule supine/);
    expect(nearRepeats(entries, valid.examples, 0.95)).toEqual([]);
  });

  test('malformed entries and repeated sentences are problems, not silently skipped', () => {
    const { entries, problems } = parse(
      ['sentences:', '  - text: "Hold it in."', '    stages: [trimester-2]', '    expect: [breath-hold]', '  - text: ""', '    stages: []', '    expect: []', '    colour: red', '  - text: "Sit."', '    stages: [postpartum]', '    expect: []', '  - text: "sit"', '    stages: [postpartum]', '    expect: []', ''].join('\n'),
    );
    expect(problems.map((p) => p.line)).toEqual([2, 5, 6, 8]);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/no `why`[\s\S]*`text` is missing[\s\S]*`stages`[\s\S]*unknown key `colour`/);
    expect(entries.map((e) => e.text)).toEqual(['Sit.', 'sit']);
    expect(validateCorpus(entries, valid).map(formatProblem)).toEqual([expect.stringMatching(/^made-up\.yaml:12:\d+: the sentence repeats the entry at made-up\.yaml:9/)]);
    expect(parse('sentences: [').problems[0]!.message).toContain('YAML syntax');
    expect(parse('items: []').problems[0]!.message).toContain('no `sentences` list');
  });
});

describe('rule examples', () => {
  test('are read from the rule files whatever their shape: plain strings or entries with text', () => {
    const text = [
      'rules:',
      '  - id: one',
      '    examples:',
      '      trigger:',
      '        - text: First sentence.',
      '          stages: [trimester-2]',
      '        - Second sentence.',
      '      pass: [Third sentence.]',
      '  - id: two',
      '    patterns: [x]',
      '',
    ].join('\n');
    expect(ruleExamplesFromFiles([{ path: 'r.yaml', text }, { path: 'broken.yaml', text: 'rules: [' }])).toEqual([
      { rule: 'one', text: 'First sentence.' },
      { rule: 'one', text: 'Second sentence.' },
      { rule: 'one', text: 'Third sentence.' },
    ]);
  });
});

describe('npm run eval safety suite', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  test('refuses to score a corpus that repeats a rule example, naming the file and line', async () => {
    const example = ruleExamplesFromFiles(await yamlFiles('content/rules'))[0];
    expect(example).toBeDefined();
    dir = await mkdtemp(join(tmpdir(), 'safety-eval-'));
    const quoted = JSON.stringify(example!.text.toUpperCase());
    await writeFile(join(dir, 'leak.yaml'), `sentences:\n  - text: "Sit on a firm chair."\n    stages: [trimester-1]\n    expect: []\n  - text: ${quoted}\n    stages: [trimester-2]\n    expect: []\n`);
    const result = await run({ corpusDir: dir });
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toMatch(/^REFUSED/);
    expect(result.lines.join('\n')).toMatch(/leak\.yaml:5:\d+: the sentence repeats an example of rule /);
  });

  test('scores a clean corpus and prints the figures and the per-rule table', async () => {
    dir = await mkdtemp(join(tmpdir(), 'safety-eval-'));
    await writeFile(join(dir, 'tiny.yaml'), 'sentences:\n  - text: "Sit on a firm chair and breathe out slowly."\n    stages: [trimester-1]\n    expect: []\n');
    const result = await run({ corpusDir: dir });
    const text = result.lines.join('\n');
    expect(text).toContain('corpus: 1 sentences, 0 unsafe, 1 safe');
    expect(text).toMatch(/sentence recall: – /);
    expect(text).toMatch(/^rule +expected +caught +recall +fired +precision +false fires$/m);
    // No unsafe sentence: recall cannot be measured, so the targets are not met.
    expect(result.ok).toBe(false);
  });
});

describe('the held-out corpus', () => {
  async function corpus(): Promise<{ entries: CorpusEntry[]; problems: string[] }> {
    const entries: CorpusEntry[] = [];
    const problems: string[] = [];
    for (const file of await yamlFiles(CORPUS_DIR)) {
      const parsed = parseCorpusFile(file.path, file.text);
      entries.push(...parsed.entries);
      problems.push(...parsed.problems.map(formatProblem));
    }
    const examples = ruleExamplesFromFiles(await yamlFiles('content/rules'));
    problems.push(
      ...validateCorpus(entries, {
        stages: STAGES,
        positions: POSITIONS,
        ruleIds: [...CATALOGUE_RULE_IDS],
        examples,
      }).map(formatProblem),
    );
    return { entries, problems };
  }

  test('is well formed: valid stages, positions and catalogue ids, no rule example and no sentence repeated', async () => {
    const { entries, problems } = await corpus();
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(150);
  });

  test('has at least 4 unsafe sentences for every catalogue rule and at least 40% safe sentences', async () => {
    const { entries } = await corpus();
    const perRule = new Map<string, number>(CATALOGUE_RULE_IDS.map((id) => [id, 0]));
    for (const e of entries) for (const id of e.expect) perRule.set(id, (perRule.get(id) ?? 0) + 1);
    const thin = [...perRule].filter(([, n]) => n < 4);
    expect(thin).toEqual([]);
    const safe = entries.filter((e) => e.expect.length === 0).length;
    expect(safe / entries.length).toBeGreaterThanOrEqual(0.4);
  });

  test('stage-dependent rules are tested in and out of their stages', async () => {
    // A supine or prone sentence read after birth or in the first trimester is a safe case the
    // corpus must hold, else a rule that ignores stages would look perfect.
    const { entries } = await corpus();
    const early = entries.filter((e) => e.expect.length === 0 && (e.position === 'supine' || e.position === 'prone') && e.stages.every((s) => s === 'postpartum' || s === 'trimester-1'));
    expect(early.length).toBeGreaterThanOrEqual(2);
  });
});
