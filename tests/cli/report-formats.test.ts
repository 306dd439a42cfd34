// The report formats: SARIF 2.1.0 with stable rule ids and fingerprints, GitHub annotations with
// the full list in the step summary, and the --fail-on gate.
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { rationaleOnce } from '../../src/cli/report-view.js';
import { textReport } from '../../src/cli/text-report.js';
import { lint } from '../../src/pipeline/build.js';
import { captureIo, cleanupAll, makeContentDir, makeTempDir } from '../helpers/content-dir.js';
import { ruleFiles } from '../helpers/compile-text.js';

afterAll(cleanupAll);

const DOC = `---
title: Findings
language: en
audience: [pregnancy]
---

## Tips

A hot yoga class is a great way to loosen up.

These stretches are completely safe.

As your baby grows, your back works harder.

As your baby grows, your back works harder.
`;

async function contentWith(doc: string) {
  const rules = Object.fromEntries(ruleFiles().map((f) => [f.path.replace('content/', ''), f.bytes]));
  return makeContentDir({ 'a.md': doc, ...rules });
}

async function run(args: string[], doc = DOC, env: Record<string, string> = {}) {
  const content = await contentWith(doc);
  const io = captureIo(env);
  const code = await main([...args, '--content', content.dir], io.io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('text', () => {
  it('is written file by file, the pieces making the whole report', async () => {
    const content = await makeContentDir({
      'a.md': DOC, 'b.md': DOC.replace('Findings', 'More findings'),
      ...Object.fromEntries(ruleFiles().map((f) => [f.path.replace('content/', ''), f.bytes])),
    });
    const writes: string[] = [];
    // lint prints the text report on stdout.
    const io = { stdout: { write: (chunk: string) => { writes.push(chunk); return true; } }, stderr: { write: () => true }, env: {} };
    await main(['lint', '--verbose', '--content', content.dir], io);
    const { files } = await lint({ contentDir: content.dir });
    const whole = textReport(rationaleOnce(files), { color: false });
    // One piece per file with messages, then the summary line.
    const withMessages = files.filter((file) => file.messages.length > 0);
    expect(withMessages.length).toBeGreaterThanOrEqual(2);
    expect(writes.join('')).toBe(whole);
    expect(writes.filter((w) => whole.includes(w))).toHaveLength(writes.length);
    expect(writes.length).toBe(withMessages.length + 1);
    expect(writes.at(-1)).toMatch(/^\d+ messages \(/);
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with one rule entry per rule id and a location for every result', async () => {
    const { code, stdout } = await run(['lint', '--format', 'sarif', '--fail-on', 'never', '--verbose']);
    expect(code).toBe(0);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    const ids = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['hot-environment', 'absolute-safety', 'duplicate']));
    for (const result of run0.results) {
      expect(ids).toContain(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(result.partialFingerprints['guidance/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
  });

  it('keeps fingerprints when lines move', async () => {
    const content = await contentWith(DOC);
    const fingerprints = async (doc: string) => {
      await writeFile(content.path('a.md'), doc);
      const io = captureIo();
      await main(['lint', '--format', 'sarif', '--fail-on', 'never', '--content', content.dir], io.io);
      const results = JSON.parse(io.stdout).runs[0].results as Array<{ ruleId: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
      return results.filter((r) => r.ruleId !== 'duplicate').map((r) => ({ id: `${r.ruleId} ${r.partialFingerprints['guidance/v1']}`, line: r.locations[0]!.physicalLocation.region.startLine }));
    };
    const before = await fingerprints(DOC);
    const after = await fingerprints(DOC.replace('## Tips\n', '## Tips\n\nA new first paragraph about walking every day.\n'));
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.map((r) => r.line)).toEqual(before.map((r) => r.line + 2));
  });
});

describe('github', () => {
  it('prints one annotation per message and writes the full list to the step summary', async () => {
    const dir = await makeTempDir();
    const summary = dir.path('summary.md');
    const { stdout } = await run(['lint', '--format', 'github', '--fail-on', 'never', '--verbose'], DOC, { GITHUB_STEP_SUMMARY: summary });
    const lines = stdout.trim().split('\n');
    expect(lines.some((l) => /^::error file=.*a\.md,line=9,col=\d+,title=hot-environment::/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('::warning ') && l.includes('title=absolute-safety'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::notice '))).toBe(true);
    const table = await readFile(summary, 'utf8');
    expect(table).toContain('| severity | place | message | rule |');
    expect(table.split('\n').filter((l) => /^\| (error|warning|info) \|/.test(l))).toHaveLength(lines.length);
  });

  it('escapes newlines, percent signs, commas and colons', async () => {
    const { githubReport } = await import('../../src/cli/github-report.js');
    const { VFile } = await import('vfile');
    const file = new VFile({ path: 'a,b:c.md' });
    file.message('50% done\nnext', { place: { line: 2, column: 3 }, ruleId: 'r' }).fatal = undefined;
    expect(githubReport([file])).toBe('::notice file=a%2Cb%3Ac.md,line=2,col=3,title=r::50%25 done%0Anext\n');
  });
});

describe('--fail-on', () => {
  it('decides the exit code of lint and build', async () => {
    expect((await run(['lint'])).code).toBe(1); // an error flag (hot yoga), default error
    expect((await run(['lint', '--fail-on', 'never'])).code).toBe(0);
    const out = await makeTempDir();
    expect((await run(['build', '--out', out.path('dist')])).code).toBe(0); // default never
    expect((await run(['build', '--out', out.path('dist'), '--fail-on', 'warning'])).code).toBe(1);
    const safe = DOC.replace('A hot yoga class is a great way to loosen up.\n', '');
    expect((await run(['lint', '--fail-on', 'error'], safe)).code).toBe(0);
    expect((await run(['lint', '--fail-on', 'warning'], safe)).code).toBe(1);
    expect((await run(['lint', '--fail-on', 'sometimes'])).code).toBe(2);
  });
});
