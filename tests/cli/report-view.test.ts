// What the reports show by default: errors and warnings, each rule's rationale once, info only
// with --verbose (json keeps everything); --quiet for errors only; SARIF help from the rules;
// --version; lint's `ok`; and a reader that closes the pipe early.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { lint } from '../../src/pipeline/build.js';
import { assertCompiledCli, BIN, ROOT } from '../helpers/child-build.js';
import { ruleFiles } from '../helpers/compile-text.js';
import { captureIo, cleanupAll, makeContentDir } from '../helpers/content-dir.js';

afterAll(cleanupAll);

// One error (a hot class), two findings of one warning rule (absolute safety) and a repeat (info).
const DOC = `---
title: Stretches for the evening
language: en
audience: [pregnancy]
---

## Evening routine

Book a heated vinyasa session at a hot yoga studio near you.

Rolling the shoulders slowly is completely safe for every mother.

The seated side bend is totally harmless, so repeat it often.

Drink a glass of water when you finish the routine.

Drink a glass of water when you finish the routine.
`;

const RULES = Object.fromEntries(ruleFiles().map((f) => [f.path.replace('content/', ''), f.bytes]));

async function run(args: string[], doc = DOC) {
  const content = await makeContentDir({ 'a.md': doc, ...RULES });
  const io = captureIo();
  const code = await main([...args, '--content', content.dir], io.io);
  return { code, stdout: io.stdout, stderr: io.stderr, dir: content.dir };
}

/** The rule with `id` in the real rule files, as written there. */
function ruleSpec(id: string): { rationale: string; citation: string; severity: string } {
  for (const file of ruleFiles()) {
    // A rule file may hold only concept lexicons (concepts.yaml), with no rules.
    const spec = (parse(Buffer.from(file.bytes).toString('utf8')) as { rules?: Array<{ id: string; rationale: string; citation: string; severity: string }> }).rules?.find((r) => r.id === id);
    if (spec) return spec;
  }
  throw new Error(`no rule ${id}`);
}

const findingLines = (text: string) => text.split('\n').filter((line) => /^\s+\S+:\d+:\d+\s+(error|warning|info)\s/.test(line));

describe('text report verbosity', () => {
  it('shows errors and warnings, hides info and says how many it hid', async () => {
    const all = await lint({ contentDir: (await run(['lint'])).dir });
    const infos = all.files.flatMap((f) => f.messages).filter((m) => m.fatal === undefined).length;
    expect(infos).toBeGreaterThan(0);
    const { stdout } = await run(['lint', '--fail-on', 'never']);
    const lines = findingLines(stdout);
    expect(lines.some((l) => /\serror\s/.test(l))).toBe(true);
    expect(lines.some((l) => /\swarning\s/.test(l))).toBe(true);
    expect(lines.some((l) => /\sinfo\s/.test(l))).toBe(false);
    expect(stdout).toContain(`${infos} info message${infos === 1 ? '' : 's'} not shown (--verbose shows`);
  });

  it('--verbose shows the info findings too and hides nothing', async () => {
    const { stdout } = await run(['lint', '--verbose', '--fail-on', 'never']);
    expect(findingLines(stdout).some((l) => /\sinfo\s+Duplicate/.test(l))).toBe(true);
    expect(stdout).not.toContain('not shown');
  });

  it('--quiet shows errors only, and the exit code still counts what it hid', async () => {
    const quiet = await run(['lint', '--quiet', '--fail-on', 'warning']);
    const lines = findingLines(quiet.stdout);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => /\serror\s/.test(l))).toBe(true);
    expect(quiet.stdout).toMatch(/2 warnings and \d+ info messages? not shown/);
    expect(quiet.code).toBe(1);
    const warningsOnly = await run(['lint', '--quiet', '--fail-on', 'warning'], DOC.replace(/^Book a heated.*$/m, 'Walk for ten minutes.'));
    expect(findingLines(warningsOnly.stdout)).toEqual([]);
    expect(warningsOnly.code).toBe(1);
  });

  it('--quiet with --verbose is a usage error', async () => {
    const { code, stderr } = await run(['lint', '--quiet', '--verbose']);
    expect(code).toBe(2);
    expect(stderr).toContain('--quiet and --verbose');
  });

  it("prints a rule's rationale once, under its first finding", async () => {
    const { stdout } = await run(['lint', '--fail-on', 'never']);
    const rationale = ruleSpec('absolute-safety').rationale.replace(/\s+/g, ' ').trim();
    const lines = stdout.split('\n');
    const findings = lines.flatMap((l, i) => (l.includes('absolute-safety') && /\swarning\s/.test(l) ? [i] : []));
    expect(findings).toHaveLength(2);
    expect(stdout.split(rationale).length - 1).toBe(1);
    expect(lines[findings[0]! + 1]!.trim()).toBe(rationale);
  });

  it('json keeps every message, info included', async () => {
    const { stdout } = await run(['lint', '--format', 'json', '--fail-on', 'never']);
    const severities = (JSON.parse(stdout) as Array<{ messages: Array<{ severity: string; note?: string }> }>).flatMap((f) => f.messages);
    expect(severities.some((m) => m.severity === 'info')).toBe(true);
    expect(severities.filter((m) => m.note).length).toBeGreaterThanOrEqual(2);
  });
});

describe('sarif', () => {
  it('names the version and home, leaves info out and gives each rule help from its rationale and citation', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { stdout } = await run(['lint', '--format', 'sarif', '--fail-on', 'never']);
    const driver = JSON.parse(stdout).runs[0].tool.driver;
    expect(driver.version).toBe(pkg.version);
    expect(new URL(driver.informationUri).protocol).toBe('https:');
    const results = JSON.parse(stdout).runs[0].results as Array<{ level: string; ruleId: string }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => r.level === 'note')).toBe(false);
    for (const id of ['absolute-safety', 'hot-environment']) {
      const spec = ruleSpec(id);
      const rule = driver.rules.find((r: { id: string }) => r.id === id);
      expect(rule.help.text).toContain(spec.rationale.trim());
      expect(rule.help.text).toContain(spec.citation.trim());
      expect(rule.defaultConfiguration.level).toBe(spec.severity);
    }
  });
});

describe('--version and lint ok', () => {
  it('--version prints the package version, exit 0', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const io = captureIo();
    expect(await main(['--version'], io.io)).toBe(0);
    expect(io.stdout).toBe(`guidance ${pkg.version}\n`);
  });

  it('lint() is ok only without error-severity messages, as the CLI exit code says', async () => {
    const withError = await run(['lint']);
    const bad = await lint({ contentDir: withError.dir });
    expect(bad.files.some((f) => f.messages.some((m) => m.fatal === true))).toBe(true);
    expect(bad.ok).toBe(false);
    expect(withError.code).toBe(1);
    const warningsOnly = await run(['lint'], DOC.replace(/^Book a heated.*$/m, 'Walk for ten minutes.'));
    const good = await lint({ contentDir: warningsOnly.dir });
    expect(good.files.some((f) => f.messages.some((m) => m.fatal === false))).toBe(true);
    expect(good.ok).toBe(true);
    expect(warningsOnly.code).toBe(0);
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends the CLI quietly with exit 0, no EPIPE stack trace', async () => {
    assertCompiledCli();
    // Enough findings that the report is several times a pipe's 64 KiB buffer.
    const paragraphs = Array.from({ length: 600 }, (_, i) => `Session ${i + 1}: every pose here is completely safe, warden ${(i * 7919).toString(36)}.`);
    const content = await makeContentDir({ 'a.md': `${DOC}\n${paragraphs.join('\n\n')}\n`, ...RULES });
    const child = spawn(process.execPath, [BIN, 'lint', '--format', 'json', '--content', content.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let received = 0;
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    // Like `head -c 1000`: read one chunk, then close the reading end.
    child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (exit) => resolve(exit));
    });
    expect(received).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  }, 60_000);
});
