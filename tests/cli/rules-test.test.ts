// `guidance rules test` runs the examples of every rule (the defaults and content/rules) and names
// each failing example at its file:line:column; a build or lint never runs them (a broken example
// does not stop a build), while a malformed rule file is still an error at its line on both.
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo, cleanupAll, makeContentDir, VALID_DOCUMENT } from '../helpers/content-dir.js';

afterAll(cleanupAll);

/** A content rule file; `trigger` and `pass` are the example sentences, in order. */
function ruleFile(trigger: string[], pass: string[], extra = ''): string {
  return [
    'rules:',
    '  - id: sauna-heat',
    '    severity: warning',
    '    stages: [trimester-1, trimester-2, trimester-3]',
    '    match:',
    '      - sauna|steam_room',
    '    message: Saunas and steam rooms raise core temperature; remove the advice.',
    '    rationale: Heat stress raises core temperature within minutes.',
    '    citation: ACOG Committee Opinion 804 (2020)',
    ...(extra ? [extra] : []),
    '    examples:',
    '      trigger:',
    ...trigger.map((t) => `        - text: ${t}`),
    '      pass:',
    ...pass.map((t) => `        - text: ${t}`),
    '',
  ].join('\n');
}

const GOOD = ruleFile(['Relax in the sauna after a walk.', 'A steam room eases the back.'], ['Rest in a cool room.', 'Skip the sauna until after birth.']);
// "a hot bath" is not a sauna (the trigger fails), "sauna" is named in the pass example (it is flagged).
const BROKEN = ruleFile(['Relax in the sauna after a walk.', 'Sit in a hot bath.'], ['Rest in a cool room.', 'The sauna is lovely.']);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const capture = captureIo();
  const code = await main(argv, capture.io);
  return { code, stdout: capture.stdout, stderr: capture.stderr };
}

describe('guidance rules test', () => {
  it('passes when every example does what it says, counting the default rules too', async () => {
    const { dir } = await makeContentDir({ 'rules/heat.yaml': GOOD });
    const result = await run(['rules', 'test', '--content', dir]);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
    const [, passed, total, rules] = /(\d+) of (\d+) examples of (\d+) rules do what they say\n$/.exec(result.stderr) ?? [];
    expect(passed).toBe(total);
    expect(Number(rules)).toBeGreaterThan(1);
  });

  it('names each failing example at the line and column of its text, and exits 1', async () => {
    const { dir } = await makeContentDir({ 'rules/heat.yaml': BROKEN });
    const result = await run(['rules', 'test', '--content', dir]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n').filter((line) => /heat\.yaml:\d+:\d+/.test(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/rules\/heat\.yaml:13:17 +error +trigger example of sauna-heat is not flagged: "Sit in a hot bath\."; expected the rule to flag it .* rule-example\/trigger$/);
    expect(lines[1]).toMatch(/rules\/heat\.yaml:16:17 +error +pass example of sauna-heat is flagged: "The sauna is lovely\."; expected the rule to leave it alone .* rule-example\/pass$/);
    expect(result.stderr).toMatch(/; 2 failed\n$/);
    // Any report format: the same two, as data.
    const json = await run(['rules', 'test', '--content', dir, '--format', 'json']);
    expect(json.code).toBe(1);
    const messages = (JSON.parse(json.stdout) as Array<{ messages: Array<{ line: number; column: number; ruleId: string }> }>).flatMap((f) => f.messages);
    expect(messages.map((m) => [m.line, m.column, m.ruleId])).toEqual([[13, 17, 'rule-example/trigger'], [16, 17, 'rule-example/pass']]);
  });

  it('a broken example does not stop lint: examples are not run on the build path', async () => {
    const { dir } = await makeContentDir({ 'rules/heat.yaml': BROKEN, 'doc.md': VALID_DOCUMENT });
    const result = await run(['lint', '--content', dir, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/example/);
  });

  it('a malformed rule file is an error at its line for rules test and for lint alike', async () => {
    const { dir } = await makeContentDir({ 'rules/heat.yaml': ruleFile(['Relax in the sauna.', 'A steam room eases.'], ['Rest.', 'Cool down.'], '    colour: red'), 'doc.md': VALID_DOCUMENT });
    const tested = await run(['rules', 'test', '--content', dir]);
    expect(tested.code).toBe(1);
    expect(tested.stdout).toMatch(/rules\/heat\.yaml:10:5 +error +unknown key `colour`/);
    const linted = await run(['lint', '--content', dir, '--format', 'json']);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toMatch(/"line":\s*10/);
    expect(linted.stdout).toMatch(/unknown key `colour`/);
  });

  it('the package\'s own rules: every example does what it says', async () => {
    const result = await run(['rules', 'test']);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/(\d+) of \1 examples of \d+ rules do what they say\n$/);
  }, 30_000);

  it('without the subcommand it is a usage error', async () => {
    expect((await run(['rules'])).code).toBe(2);
    expect((await run(['rules', 'run'])).code).toBe(2);
    expect((await run(['rules', 'test', 'again'])).code).toBe(2);
  });
});
