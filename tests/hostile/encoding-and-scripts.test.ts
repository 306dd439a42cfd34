// Bytes and characters: invalid UTF-8, NUL, BOM, CRLF, lone CR; right-to-left and other scripts in
// an English document; bidi override characters. Each input is a clear diagnostic or a safe build.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { cliBuild, errorsIn, filesContaining, HOSTILE_TIMEOUT, type CliBuild } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
/** `extra` becomes line 16 (VALID_DOCUMENT has 14 lines). */
const withBlock = (extra: string): string => `${VALID_DOCUMENT}\n${extra}\n`;

interface ExerciseJson { exercises: Array<{ name: string; status: string; steps?: string[]; flags: Array<{ rule: string; severity: string }> }>; advice: Array<{ text?: string; status: string; flags: Array<{ rule: string }> }> }
const datasetOf = (outputs: Map<string, Buffer>): ExerciseJson => JSON.parse(outputs.get('json/exercises.json')!.toString('utf8')) as ExerciseJson;
/** The records of a build, with its temporary content folder's path replaced (records name their file). */
const recordsOf = (run: CliBuild): unknown => {
  const text = run.outputs.get('json/exercises.json')!.toString('utf8').split(run.contentDir).join('<content>');
  const { exercises, advice } = JSON.parse(text) as ExerciseJson;
  return { exercises, advice };
};

describe('bytes', () => {
  it('invalid UTF-8 (0xFF on line 12) is an invalid-encoding error at its line, exit 1, nothing written', async () => {
    const bytes = Buffer.concat([utf8(VALID_DOCUMENT.slice(0, VALID_DOCUMENT.indexOf('1. Start'))), Buffer.from([0x31, 0x2e, 0x20, 0xff, 0xfe]), utf8('\n')]);
    const run = await cliBuild({ 'a.md': bytes });
    expect(run.code).toBe(1);
    expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'a.md', line: 12, ruleId: 'invalid-encoding', message: expect.stringContaining('0xFF') })]);
    expect(run.outputs.size).toBe(0);
  }, HOSTILE_TIMEOUT);

  it('an overlong UTF-8 encoding of "/" (0xC0 0xAF) is rejected, not decoded', async () => {
    const run = await cliBuild({ 'a.md': Buffer.concat([utf8(withBlock('Path ')), Buffer.from([0xc0, 0xaf])]) });
    expect(run.code).toBe(1);
    expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'a.md', ruleId: 'invalid-encoding', line: 17 })]);
  }, HOSTILE_TIMEOUT);

  it('a NUL byte is an invalid-encoding error at its line and column, exit 1', async () => {
    const run = await cliBuild({ 'a.md': withBlock('Sit\u0000 down.') });
    expect(run.code).toBe(1);
    expect(errorsIn(run)).toEqual([expect.objectContaining({ file: 'a.md', line: 16, column: 4, ruleId: 'invalid-encoding', message: expect.stringContaining('NUL') })]);
    expect(run.outputs.size).toBe(0);
  }, HOSTILE_TIMEOUT);

  it('a UTF-8 BOM is accepted: the same dataset as without it, and no U+FEFF in any output', async () => {
    const plain = await cliBuild({ 'a.md': VALID_DOCUMENT });
    const bom = await cliBuild({ 'a.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(VALID_DOCUMENT)]) });
    expect(bom.code).toBe(0);
    expect(bom.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(recordsOf(bom)).toEqual(recordsOf(plain));
    expect(filesContaining(bom, '\uFEFF')).toEqual([]);
  }, HOSTILE_TIMEOUT);

  it('CRLF line endings build the same records as LF, and no CR reaches an output', async () => {
    const plain = await cliBuild({ 'a.md': VALID_DOCUMENT });
    const crlf = await cliBuild({ 'a.md': VALID_DOCUMENT.replace(/\n/g, '\r\n') });
    expect(crlf.code).toBe(0);
    expect(recordsOf(crlf)).toEqual(recordsOf(plain));
    expect(filesContaining(crlf, '\r')).toEqual([]);
  }, HOSTILE_TIMEOUT);

  it('lone CR line endings build the same records as LF, with the same line numbers', async () => {
    const plain = await cliBuild({ 'a.md': VALID_DOCUMENT });
    const cr = await cliBuild({ 'a.md': VALID_DOCUMENT.replace(/\n/g, '\r') });
    expect(cr.code).toBe(0);
    expect(recordsOf(cr)).toEqual(recordsOf(plain));
    expect(filesContaining(cr, '\r')).toEqual([]);
  }, HOSTILE_TIMEOUT);
});

describe('scripts and directions', () => {
  it('an Arabic sentence in an English step is a foreign-language flag at its line; the exercise is withheld', async () => {
    const doc = VALID_DOCUMENT.replace('3. Breathe out and round your back.', '3. Breathe out and round your back. اجلسي على الكرسي وأبقي ظهرك مستقيماً ثم تنفسي ببطء.');
    const run = await cliBuild({ 'a.md': doc });
    expect(run.code).toBe(0);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ file: 'a.md', line: 14, ruleId: 'foreign-language', severity: 'error', message: expect.stringContaining('Arabic') }));
    const [exercise] = datasetOf(run.outputs).exercises;
    expect(exercise?.flags).toContainEqual(expect.objectContaining({ rule: 'foreign-language', severity: 'error' }));
    expect(exercise?.status).toBe('withheld');
  }, HOSTILE_TIMEOUT);

  it('a Hebrew sentence in an English paragraph is a foreign-language flag at its line', async () => {
    const run = await cliBuild({ 'a.md': withBlock('Sit upright on a firm chair. שבי על הכיסא והשאירי את הגב ישר ונשמי לאט.') });
    expect(run.code).toBe(0);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ file: 'a.md', line: 16, ruleId: 'foreign-language', message: expect.stringContaining('Hebrew') }));
    expect(datasetOf(run.outputs).advice.some((a) => a.flags.some((f) => f.rule === 'foreign-language') && a.status === 'withheld')).toBe(true);
  }, HOSTILE_TIMEOUT);

  it('a Chinese sentence and a Russian sentence in an English paragraph are each flagged', async () => {
    const run = await cliBuild({ 'a.md': withBlock('Sit upright on a firm chair. 请坐在椅子上并保持背部挺直。 Сядьте на стул и держите спину прямо.') });
    expect(run.code).toBe(0);
    const flags = run.diagnostics.filter((d) => d.ruleId === 'foreign-language');
    expect(flags.map((d) => d.line)).toEqual([16, 16]);
  }, HOSTILE_TIMEOUT);

  it('a U+202E right-to-left override is a bidi-control warning at its column and is absent from every output', async () => {
    const run = await cliBuild({ 'a.md': withBlock('Breathe out \u202Eylwols\u202C and relax.') });
    expect(run.code).toBe(0);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ file: 'a.md', line: 16, column: 13, ruleId: 'bidi-control', severity: 'warning', message: expect.stringContaining('U+202E') }));
    expect(filesContaining(run, '\u202E')).toEqual([]);
    expect(filesContaining(run, '\u202C')).toEqual([]);
  }, HOSTILE_TIMEOUT);

  it('a U+2066 isolate inside an exercise step is a bidi-control warning and absent from every output', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT.replace('round your back', '\u2066round\u2069 your back') });
    expect(run.code).toBe(0);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ line: 14, column: 20, ruleId: 'bidi-control' }));
    expect(filesContaining(run, '\u2066')).toEqual([]);
  }, HOSTILE_TIMEOUT);

  // BUG: src/pipeline/read-documents.ts:93-99 (sourceOf) copies front-matter strings (`title`,
  // `notes`, `license`, `source.name`) as written, without the invisible-character cleaning body
  // text gets (src/normalize/inline-text.ts:96 `clean`). The U+202E is warned about (bidi-control,
  // 2:17) and then written to json/exercises.json, json/datapackage.json and md/pregnancy.md.
  it('a U+202E in the front-matter title is warned about and absent from every output', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT.replace('title: Gentle back exercises', 'title: Gentle back \u202Eexercises') });
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ line: 2, column: 20, ruleId: 'bidi-control' }));
    expect(filesContaining(run, '\u202E')).toEqual([]);
  }, HOSTILE_TIMEOUT);

  // BUG: src/read/sections.ts:38 takes heading text with mdast-util-to-string and never cleans it,
  // so a U+202E in `## Cat-cow \u202Estretch` (warned, 10:12) reaches the exercise name, `heading`
  // and `source.headings` in json/exercises.json and json/exercises.jsonl.
  it('a U+202E in a heading is warned about and absent from every output', async () => {
    const run = await cliBuild({ 'a.md': VALID_DOCUMENT.replace('## Cat-cow stretch', '## Cat-cow \u202Estretch') });
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ line: 10, column: 12, ruleId: 'bidi-control' }));
    expect(filesContaining(run, '\u202E')).toEqual([]);
  }, HOSTILE_TIMEOUT);

  it('combining marks, emoji and curly quotes build without errors', async () => {
    const run = await cliBuild({ 'a.md': withBlock('Sit “tall” on a chair 🙂 and breathe — café̃ style, z̷a̷l̷g̷o̷ text.') });
    expect(run.code).toBe(0);
    expect(errorsIn(run).filter((d) => d.ruleId !== 'foreign-language')).toEqual([]);
  }, HOSTILE_TIMEOUT);
});
