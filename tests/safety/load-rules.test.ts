import { describe, expect, test } from 'vitest';
import { loadRules } from '../../src/safety/index.js';

/** A valid rule file with one rule; `extra` lines are added to the rule, `replace` edits lines. */
function ruleFile(options: { id?: string; extra?: string; replace?: [string, string][] } = {}): string {
  let text = [
    'rules:',
    `  - id: ${options.id ?? 'test-rule'}`,
    '    severity: warning',
    '    stages: [trimester-2, trimester-3]',
    '    patterns:',
    "      - '\\bhot\\s+tubs?\\b'",
    '    message: Hot tubs raise core temperature; remove the advice.',
    '    rationale: A hot tub raises core temperature within minutes.',
    '    citation: ACOG Committee Opinion 804 (2020)',
    '    examples:',
    '      trigger:',
    '        - text: Relax in a hot tub.',
    '        - text: A hot tub eases back pain.',
    '      pass:',
    '        - text: Avoid hot tubs.',
    '        - text: A warm bath is fine.',
    ...(options.extra ? [options.extra] : []),
  ].join('\n');
  for (const [from, to] of options.replace ?? []) text = text.replace(from, () => to);
  return `${text}\n`;
}

describe('loadRules', () => {
  test('a valid file loads one compiled rule with flags iu and no diagnostics', () => {
    const { rules, diagnostics } = loadRules([{ path: 'a.yaml', text: ruleFile() }]);
    expect(diagnostics).toEqual([]);
    expect(rules).toHaveLength(1);
    expect(rules[0]?.patterns[0]?.flags).toBe('iu');
    expect(rules[0]?.negatable).toBe(true);
    expect(rules[0]?.source).toEqual({ file: 'a.yaml', line: 2, column: 5 });
  });

  test('an unknown key is a schema error at the key, naming the expected keys', () => {
    const { rules, diagnostics } = loadRules([{ path: 'a.yaml', text: ruleFile({ extra: '    colour: red' }) }]);
    expect(rules).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'a.yaml', line: 17, column: 5, code: 'schema', severity: 'error', rule: 'test-rule' });
    expect(diagnostics[0]?.message).toMatch(/unknown key `colour`.*expected only: id, severity, language, stages/);
  });

  test('a bad severity is a schema error at the value, listing the allowed values', () => {
    const { diagnostics } = loadRules([{ path: 'a.yaml', text: ruleFile({ replace: [['severity: warning', 'severity: fatal']] }) }]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 15, code: 'schema' });
    expect(diagnostics[0]?.message).toMatch(/"fatal"; expected one of: error, warning, info/);
  });

  test('missing examples is a schema error at the rule', () => {
    const text = ruleFile().split('\n').slice(0, 9).join('\n');
    const { rules, diagnostics } = loadRules([{ path: 'a.yaml', text }]);
    expect(rules).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 5, code: 'schema' });
    expect(diagnostics[0]?.message).toMatch(/missing the required key `examples`/);
  });

  test('too few examples is a schema error at the list', () => {
    const { diagnostics } = loadRules([{ path: 'a.yaml', text: ruleFile({ replace: [['        - text: A warm bath is fine.', '']] }) }]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 15, code: 'schema' });
    expect(diagnostics[0]?.message).toMatch(/examples\.pass` has too few items; expected at least 2/);
  });

  test('a bad stage is a schema error at the stage, in rules and in examples', () => {
    const { diagnostics } = loadRules([{
      path: 'a.yaml',
      text: ruleFile({ replace: [['[trimester-2, trimester-3]', '[trimester-2, third-trimester]'], ['        - text: Avoid hot tubs.', '        - text: Avoid hot tubs.\n          stages: [pregnancy]']] }),
    }]);
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([[4, 27], [16, 20]]);
    expect(diagnostics[0]?.message).toMatch(/"third-trimester"; expected one of: trimester-1, trimester-2, trimester-3, postpartum/);
  });

  test('a URL as citation is a schema error saying what is expected', () => {
    const { diagnostics } = loadRules([{ path: 'a.yaml', text: ruleFile({ replace: [['ACOG Committee Opinion 804 (2020)', 'https://www.acog.org/2020']] }) }]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 9, column: 15 });
    expect(diagnostics[0]?.message).toMatch(/by name and year.*never a URL/);
  });

  test('YAML syntax errors are reported at their line, and duplicate keys too', () => {
    const broken = loadRules([{ path: 'b.yaml', text: 'rules:\n  - id: x\n    severity: [error\n' }]);
    expect(broken.rules).toEqual([]);
    expect(broken.diagnostics[0]).toMatchObject({ file: 'b.yaml', code: 'yaml-syntax', severity: 'error' });
    expect(broken.diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
    const dup = loadRules([{ path: 'c.yaml', text: ruleFile({ extra: '    severity: error' }) }]);
    expect(dup.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 17, column: 5 });
  });

  test('a file that is not a mapping of rules is a schema error at line 1', () => {
    const { diagnostics } = loadRules([{ path: 'd.yaml', text: '- just a list\n' }]);
    expect(diagnostics[0]).toMatchObject({ code: 'schema', line: 1, column: 1 });
    expect(diagnostics[0]?.message).toMatch(/expected object/);
  });

  test('duplicate rule ids across files are an error at the second id; the first rule stays', () => {
    const { rules, diagnostics } = loadRules([
      { path: 'one.yaml', text: ruleFile() },
      { path: 'two.yaml', text: ruleFile() },
    ]);
    expect(rules).toHaveLength(1);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'two.yaml', line: 2, column: 9, code: 'duplicate-id', rule: 'test-rule' })]);
    expect(diagnostics[0]?.message).toMatch(/already used at one\.yaml:2/);
  });

  test('invalid regex syntax is reported at the pattern; the other rules still load', () => {
    const bad = ruleFile({ id: 'bad-rule', replace: [["'\\bhot\\s+tubs?\\b'", "'(hot tub'"]] });
    const { rules, diagnostics } = loadRules([{ path: 'a.yaml', text: bad }, { path: 'b.yaml', text: ruleFile() }]);
    expect(rules.map((r) => r.id)).toEqual(['test-rule']);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'a.yaml', line: 6, column: 9, code: 'regex-syntax', rule: 'bad-rule' })]);
  });

  test.each([
    ['(a+)+$'],
    ['(\\w+\\s?)*x'],
    ['(a|a)*'],
    ['(x+x+)+y'],
    ['(.*a){20}'],
    ['(hot)\\s+\\1'],
    ['(?<=\\w+)tub'],
  ])('an unsafe pattern %s is rejected at load time', (pattern) => {
    const text = ruleFile({ replace: [["'\\bhot\\s+tubs?\\b'", `'${pattern}'`]] });
    const { rules, diagnostics } = loadRules([{ path: 'a.yaml', text }]);
    expect(rules).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 6, column: 9, code: 'regex-unsafe' })]);
  });

  test('unsafe expressions in unless and requires are rejected too', () => {
    const text = ruleFile({ extra: "    unless: ['(a+)+']\n    requires: ['\\bok\\b']" });
    const { diagnostics } = loadRules([{ path: 'a.yaml', text }]);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 17, code: 'regex-unsafe' })]);
    expect(diagnostics[0]?.message).toMatch(/`unless` 1 of rule test-rule: unsafe regular expression: nested quantifier/);
  });

  test('a pattern that matches empty text is rejected', () => {
    const { diagnostics } = loadRules([{ path: 'a.yaml', text: ruleFile({ replace: [["'\\bhot\\s+tubs?\\b'", "'x?'"]] }) }]);
    expect(diagnostics[0]?.message).toMatch(/matches empty text/);
  });
});
