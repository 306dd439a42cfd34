// The extraction evaluation's matcher and metrics on small made-up inputs, and the corpus's
// well-formedness. The recall/precision/dosage targets are `npm run eval`'s exit code, not a test:
// the engine they measure changes under them.
import { describe, expect, it } from 'vitest';
import {
  compareDosage, evaluateCase, ExpectedError, matchExercises, nameSimilarity, parseExpected, summarise,
  type Expected, type ExpectedExercise, type Produced, type ProducedExercise,
} from '../../scripts/eval/extraction-match.mjs';
import { CORPUS, listCases, loadCases, reportLines } from '../../scripts/eval/extraction.mjs';
import { compile } from '../../src/pipeline/compile.js';
import { DATASET_YAML, ruleFiles } from '../helpers/compile-text.js';

const want = (name: string, extra: Partial<ExpectedExercise> = {}): ExpectedExercise => ({ name, aliasNames: [], ...extra });
const made = (name: string, extra: Partial<ProducedExercise> = {}): ProducedExercise => ({ kind: 'exercise', name, status: 'published', ...extra });
const expectation = (exercises: ExpectedExercise[], extra: Partial<Expected> = {}): Expected => ({
  shape: 'test', exercises, advice: [], notInReaderText: [], notExercises: [], ...extra,
});
const produced = (exercises: ProducedExercise[], advice: Produced['advice'] = []): Produced => ({ exercises, advice });

describe('name similarity', () => {
  it('ignores case, punctuation, plurals and filler words', () => {
    expect(nameSimilarity('Pelvic tilts', 'pelvic-tilt')).toBe(1);
    expect(nameSimilarity('A stretch for the back', 'back stretch')).toBe(1);
  });
  it('scores a name held in a longer one highly, unrelated names low', () => {
    expect(nameSimilarity('Pelvic tilt', 'Pelvic tilts lying down')).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity('Heel slides', 'Chin tucks')).toBe(0);
    expect(nameSimilarity('Side stretch', 'Seated hamstring stretch')).toBeLessThan(0.5);
  });
});

describe('matching', () => {
  it('pairs every expected exercise with its record when extraction is perfect', () => {
    const result = evaluateCase(
      expectation([want('Bird dog', { position: 'all-fours', dosage: { repetitions: { min: 6, max: 6 }, perSide: true } }), want('Clam')]),
      produced([made('Clams'), made('Bird dog', { position: 'all-fours', dosage: { text: '6 each side', repetitions: { min: 6, max: 6 }, perSide: true } })]),
    );
    expect(result.missed).toEqual([]);
    expect(result.extra).toEqual([]);
    expect(result.pairs.map((p) => [p.expected.name, p.produced.name])).toEqual([['Bird dog', 'Bird dog'], ['Clam', 'Clams']]);
    const metrics = summarise([result]);
    expect(metrics).toMatchObject({ recall: 1, precision: 1, dosage: 1, position: 1, ok: true });
  });

  it('counts a missed exercise against recall only', () => {
    const result = evaluateCase(expectation([want('Heel slides'), want('Dead bug')]), produced([made('Heel slides')]));
    expect(result.missed.map((e) => e.name)).toEqual(['Dead bug']);
    const metrics = summarise([result]);
    expect(metrics.recall).toBe(0.5);
    expect(metrics.precision).toBe(1);
    expect(metrics.ok).toBe(false);
  });

  it('counts an extra record against precision only', () => {
    const result = evaluateCase(expectation([want('Heel slides')]), produced([made('Heel slides'), made('Getting out of bed')]));
    expect(result.extra.map((e) => e.name)).toEqual(['Getting out of bed']);
    const metrics = summarise([result]);
    expect(metrics.recall).toBe(1);
    expect(metrics.precision).toBe(0.5);
  });

  it('accepts an alias name and the record\'s own aliases', () => {
    const byAlias = matchExercises([want('Cobra', { aliasNames: ['Bhujangasana'] })], [made('Bhujangasana')]);
    expect(byAlias.pairs).toHaveLength(1);
    const byRecordAlias = matchExercises([want('Legs up the wall')], [made('Viparita Karani', { aliases: ['legs up the wall'] })]);
    expect(byRecordAlias.pairs).toHaveLength(1);
  });

  it('matches one to one, best score first, so two similar names do not share a record', () => {
    const result = matchExercises(
      [want('Side stretch'), want('Standing side stretch')],
      [made('Standing side stretch')],
    );
    expect(result.pairs.map((p) => p.expected.name)).toEqual(['Standing side stretch']);
    expect(result.missed.map((e) => e.name)).toEqual(['Side stretch']);
  });

  it('does not pair names below the threshold', () => {
    const result = matchExercises([want('Wall push-ups')], [made('Seated twist')]);
    expect(result.pairs).toEqual([]);
  });
});

describe('dosage and position', () => {
  it('finds the one wrong field of a dosage and ignores fields nobody expected', () => {
    const checks = compareDosage(
      { holdSeconds: { min: 5, max: 5 }, repetitions: { min: 10, max: 10 } },
      { holdSeconds: { min: 5, max: 5 }, repetitions: { min: 8, max: 10 }, sets: { min: 2, max: 2 } },
    );
    expect(checks.map((c) => [c.field, c.ok])).toEqual([['holdSeconds', true], ['repetitions', false]]);
  });

  it('reads an absent perSide as false', () => {
    expect(compareDosage({ perSide: true }, {})[0]?.ok).toBe(false);
    expect(compareDosage({ perSide: false }, {})[0]?.ok).toBe(true);
  });

  it('counts a pair with a wrong field as a wrong dosage, per field too', () => {
    const result = evaluateCase(
      expectation([want('Glute bridge', { dosage: { sets: { min: 3, max: 3 }, repetitions: { min: 10, max: 10 } } }), want('Chin tucks', { position: 'sitting' })]),
      produced([made('Glute bridge', { dosage: { text: '3 x 10', sets: { min: 3, max: 3 } } }), made('Chin tucks', { position: 'standing' })]),
    );
    const metrics = summarise([result]);
    expect(metrics.dosage).toBe(0);
    expect(metrics.fields.sets).toEqual({ right: 1, total: 1 });
    expect(metrics.fields.repetitions).toEqual({ right: 0, total: 1 });
    expect(metrics.position).toBe(0);
    expect(metrics.ok).toBe(false);
  });
});

describe('reader text, notExercises and advice', () => {
  it('reports a caption in a published record, not in a withheld one', () => {
    const expected = expectation([], { notInReaderText: ['Photo: Getty'] });
    const leak = evaluateCase(expected, produced([], [{ kind: 'advice', text: 'Nice stretch. photo: getty', status: 'published' }]));
    expect(leak.readerLeaks).toHaveLength(1);
    const withheld = evaluateCase(expected, produced([], [{ kind: 'advice', text: 'Photo: Getty', status: 'withheld' }]));
    expect(withheld.readerLeaks).toHaveLength(0);
  });

  it('reports a notExercises name that became an exercise', () => {
    const result = evaluateCase(expectation([], { notExercises: ['Getting out of bed'] }), produced([made('Getting out of bed')]));
    expect(result.notExercises).toHaveLength(1);
  });

  it('finds advice by a phrase and checks its topic', () => {
    const result = evaluateCase(
      expectation([], { advice: [{ topic: 'warning-signs', contains: 'gush of fluid' }, { contains: 'not there' }] }),
      produced([], [{ kind: 'advice', topic: 'faq', items: ['Bleeding or a gush of  fluid'], status: 'published' }]),
    );
    expect(result.advice.map((a) => [a.found, a.topicOk])).toEqual([[true, false], [false, true]]);
  });
});

describe('expected.yaml', () => {
  it('reads a valid file', () => {
    const parsed = parseExpected('shape: leaflet\nexercises:\n  - name: Bird dog\n    position: all-fours\n    dosage: { perSide: true, sets: { min: 1, max: 2 } }\n', 'x.yaml');
    expect(parsed.exercises[0]).toMatchObject({ name: 'Bird dog', position: 'all-fours', dosage: { perSide: true, sets: { min: 1, max: 2 } } });
  });

  it.each([
    ['an unknown position', 'shape: s\nexercises:\n  - name: A\n    position: lying\n', 'x.yaml:4:15'],
    ['a range without max', 'shape: s\nexercises:\n  - name: A\n    dosage:\n      sets: { min: 2 }\n', 'x.yaml:5:13'],
    ['an unknown dosage field', 'shape: s\nexercises:\n  - name: A\n    dosage: { reps: { min: 1, max: 1 } }\n', 'x.yaml:4:15'],
    ['broken YAML', 'shape: s\nexercises: [\n', 'x.yaml:'],
    ['a missing name', 'shape: s\nexercises:\n  - position: standing\n', 'x.yaml:3:5'],
    ['no exercises key', 'shape: s\n', 'x.yaml:1:1'],
  ])('refuses %s with file:line:column', (_label, text, place) => {
    let error: unknown;
    try {
      parseExpected(text, 'x.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).problems.some((problem) => problem.startsWith(place))).toBe(true);
  });
});

describe('the report', () => {
  it('names each miss, extra record and wrong field with its file and line', () => {
    const input = '---\ntitle: Heel slides\n---\n\n## Heel slides\n\nSlide.\n\n## Chin tucks\n\nTuck.\n';
    const expected = expectation([want('Heel slides', { line: 3, dosage: { repetitions: { min: 8, max: 8 } } }), want('Dead bug', { line: 6 })]);
    const result = evaluateCase(expected, produced([
      made('Heel slides', { dosage: { text: '6 times', repetitions: { min: 6, max: 6 } }, source: { lines: { start: 5, end: 7 }, positions: { 'dosage/text': { line: 7, column: 1 } } } }),
      made('Chin tucks', { source: { lines: { start: 9, end: 11 } } }),
    ]));
    const item = { name: 'case-a', dir: `${CORPUS}/case-a`, inputPath: `${CORPUS}/case-a/input.md`, expectedPath: `${CORPUS}/case-a/expected.yaml`, input, expected };
    const lines = reportLines([{ item, result, errors: [] }], summarise([result]));
    expect(lines.find((line) => line.startsWith('exercise recall'))).toContain('50.0%');
    expect(lines).toContain('missed         tests/eval/extraction/case-a/input.md:1  "Dead bug" (tests/eval/extraction/case-a/expected.yaml:6)');
    expect(lines).toContain('extra          tests/eval/extraction/case-a/input.md:9  "Chin tucks" (0 steps)');
    expect(lines.find((line) => line.startsWith('wrong dosage'))).toContain('case-a/input.md:7  "Heel slides": repetitions 6 (expected 8)');
  });
});

describe('the development corpus', () => {
  // Read in the tests, so a malformed expected.yaml fails them with its file:line instead of
  // failing the whole file (and hiding the matcher's tests).
  let loaded: ReturnType<typeof loadCases> | undefined;
  const corpus = (): ReturnType<typeof loadCases> => (loaded ??= loadCases());

  it('has at least 24 cases and 80 expected exercises, every expected.yaml valid', () => {
    const cases = corpus();
    expect(listCases().length).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(24);
    expect(cases.reduce((total, item) => total + item.expected.exercises.length, 0)).toBeGreaterThanOrEqual(80);
  });

  it('has unique expected names within a case', () => {
    const cases = corpus();
    for (const item of cases) {
      const names = item.expected.exercises.map((e) => e.name.toLowerCase());
      expect(new Set(names).size, item.name).toBe(names.length);
    }
  });

  it('names every expected exercise somewhere in its input', () => {
    const cases = corpus();
    for (const item of cases) {
      const text = item.input.toLowerCase().replace(/[’‘]/g, "'");
      for (const exercise of item.expected.exercises) {
        const named = [exercise.name, ...exercise.aliasNames].some((name) => text.includes(name.toLowerCase()));
        expect(named, `${item.name}: "${exercise.name}"`).toBe(true);
      }
    }
  });

  it('has inputs that read and check without errors (front matter included)', async () => {
    const cases = corpus();
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    // No writers: the evaluation reads records, and a writer's refusal (a glyph the PDF fonts
    // lack in pasted clutter) is the writers' concern, not the corpus's.
    const result = await compile({
      contentDir: 'content',
      documents: cases.map((item) => ({ path: `content/${item.name}.md`, bytes: encode(item.input) })),
      datasetConfig: { path: 'content/dataset.yaml', bytes: encode(DATASET_YAML) },
      rules: ruleFiles(),
    }, { outputs: [], jobs: 1 });
    const errors = result.files.flatMap((file) => file.messages.filter((m) => m.fatal === true).map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`));
    expect(errors).toEqual([]);
    expect(result.dataset?.sources.map((source) => source.id).sort()).toEqual(cases.map((item) => item.name).sort());
  });
});
