// The CLI in-process: usage, options, exit codes, report formats and colour.
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';
import { captureIo, cleanupAll, makeContentDir, makeTempDir, VALID_DOCUMENT } from '../helpers/content-dir.js';

afterAll(cleanupAll);

const ANSI = /\u001b\[/;
const COMMAND_NAMES = Object.keys(COMMANDS);
// `audience: [toddlers]` is line 4; `toddlers` starts at column 12.
const BAD_DOCUMENT = VALID_DOCUMENT.replace('audience: [pregnancy]', 'audience: [toddlers]');

async function run(argv: string[], env: Record<string, string | undefined> = {}, isTTY = false) {
  const cli = captureIo(env, isTTY);
  const code = await main(argv, cli.io);
  return { code, stdout: cli.stdout, stderr: cli.stderr };
}

describe('usage', () => {
  it.each([['--help'], ['-h'], ['help']])('top-level %s prints usage listing every command, exit 0', async (flag) => {
    const { code, stdout } = await run([flag]);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: guidance <command>');
    for (const name of COMMAND_NAMES) expect(stdout).toContain(name);
  });

  it('no command prints usage to stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: guidance <command>');
  });

  it.each(COMMAND_NAMES.flatMap((name) => [[name, '--help'], [name, '-h']]))('%s %s prints its usage, exit 0', async (name, flag) => {
    const { code, stdout } = await run([name, flag]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: guidance ${name}`);
    expect(stdout).toContain('--content DIR');
    expect(stdout).toMatch(/Exit codes: 0 [\s\S]*1 [\s\S]*2 /);
  });

  it('unknown command exits 2 and names the known commands', async () => {
    const { code, stderr } = await run(['biuld']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command `biuld`');
    for (const name of COMMAND_NAMES) expect(stderr).toContain(name);
  });

  it.each(COMMAND_NAMES)('%s: unknown option exits 2 with the command name in the message', async (name) => {
    const { code, stderr } = await run([name, '--bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain(`guidance ${name}:`);
    expect(stderr).toContain('--bogus');
    expect(stderr).toContain(`guidance ${name} --help`);
  });

  it.each(COMMAND_NAMES)('%s: unknown --format exits 2', async (name) => {
    const { code, stderr } = await run([name, '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`guidance ${name}: unknown --format xml, expected one of: text, json`));
  });

  it('build --outputs bogus exits 2 and writes nothing', async () => {
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT });
    const temp = await makeTempDir();
    const { code, stderr } = await run(['build', '--content', content.dir, '--out', temp.path('dist'), '--outputs', 'json,bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain('guidance build: unknown output bogus');
    expect(stderr).toContain('json');
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(temp.dir)).toEqual([]);
  });

  // `rules test` reads no document: it has no threads to set.
  it.each(COMMAND_NAMES.filter((name) => name !== 'rules'))('%s --jobs takes a whole number from 1 to 64, else exits 2', async (name) => {
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT });
    for (const bad of ['0', 'two', '1.5', '65']) {
      const { code, stderr } = await run([name, '--content', content.dir, '--jobs', bad]);
      expect(code).toBe(2);
      expect(stderr).toContain(`--jobs ${bad} is not a whole number from 1 to 64`);
    }
    const { code } = await run(['lint', '--content', content.dir, '--jobs', '1']);
    expect(code).toBe(0);
  });
});

describe('diagnostics', () => {
  it('lint --format json prints valid JSON with path, line, column and ruleId, exit 1', async () => {
    const content = await makeContentDir({ 'a.md': BAD_DOCUMENT });
    const { code, stdout } = await run(['lint', '--content', content.dir, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Array<{ path: string; messages: Array<Record<string, unknown>> }>;
    const file = report.find((entry) => entry.path.endsWith('/a.md'));
    expect(file?.messages).toEqual([expect.objectContaining({ severity: 'error', line: 4, column: 12, ruleId: 'front-matter', source: 'guidance' })]);
  });

  it('build --format json prints only JSON on stdout (the summary goes to stderr), exit 1', async () => {
    const content = await makeContentDir({ 'a.md': BAD_DOCUMENT });
    const temp = await makeTempDir();
    const { code, stdout, stderr } = await run(['build', '--content', content.dir, '--out', temp.path('dist'), '--format', 'json']);
    expect(code).toBe(1);
    const messages = (JSON.parse(stdout) as Array<{ messages: Array<Record<string, unknown>> }>).flatMap((f) => f.messages);
    expect(messages).toContainEqual(expect.objectContaining({ line: 4, column: 12, ruleId: 'front-matter' }));
    expect(stderr).toContain('build failed');
  });

  it('build --format json of good content is valid JSON with no errors, exit 0', async () => {
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT });
    const temp = await makeTempDir();
    const { code, stdout } = await run(['build', '--content', content.dir, '--out', temp.path('dist'), '--format', 'json']);
    expect(code).toBe(0);
    const messages = (JSON.parse(stdout) as Array<{ messages: Array<{ severity: string }> }>).flatMap((f) => f.messages);
    expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('a content error exits 1 and names the file and line:column in text', async () => {
    const content = await makeContentDir({ 'a.md': BAD_DOCUMENT });
    const temp = await makeTempDir();
    const { code, stderr } = await run(['build', '--content', content.dir, '--out', temp.path('dist')]);
    expect(code).toBe(1);
    expect(stderr).toContain(content.path('a.md'));
    expect(stderr).toMatch(/\b4:12\b.*error.*front-matter/);
    expect(stderr).toContain('left unchanged');
  });

  it('lint prints `file:line:column` on one line, as its usage promises', async () => {
    const content = await makeContentDir({ 'a.md': BAD_DOCUMENT });
    const { code, stdout } = await run(['lint', '--content', content.dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${content.path('a.md')}:4:12`);
  });
});

describe('colour', () => {
  const cases: Array<[string, Record<string, string>, boolean]> = [
    ['non-TTY', {}, false],
    ['TTY with NO_COLOR=1', { NO_COLOR: '1' }, true],
    ['TTY with TERM=dumb', { TERM: 'dumb' }, true],
  ];
  it.each(cases)('%s: build and lint output has no ANSI escapes', async (_label, env, isTTY) => {
    const content = await makeContentDir({ 'a.md': BAD_DOCUMENT });
    const temp = await makeTempDir();
    const built = await run(['build', '--content', content.dir, '--out', temp.path('dist')], env, isTTY);
    const linted = await run(['lint', '--content', content.dir], env, isTTY);
    expect(built.code).toBe(1);
    expect(linted.code).toBe(1);
    for (const text of [built.stdout, built.stderr, linted.stdout, linted.stderr]) expect(text).not.toMatch(ANSI);
    expect(linted.stdout).toContain('front-matter');
  });

  it('a TTY without NO_COLOR does get colour (so the checks above can see escapes)', async () => {
    const content = await makeContentDir({ 'a.md': BAD_DOCUMENT });
    const linted = await run(['lint', '--content', content.dir], {}, true);
    expect(linted.stdout).toMatch(ANSI);
  });
});
