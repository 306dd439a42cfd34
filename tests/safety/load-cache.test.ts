// Rule files parsed ahead of time (src/safety/rule-file-cache.ts, lib/safety/rule-files.cjs): a
// load from the kept parse gives the same rules, places and diagnostics as a parse of the text,
// for the package's rule files and for files with problems; files whose parse says anything are
// never kept; the module made by `npm run compile` holds every default rule file.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { cacheRuleFile, ruleFilesModule, ruleTextKey, type CachedRuleFile } from '../../src/safety/rule-file-cache.js';
import { readRuleFile, type ParsedRuleFile } from '../../src/safety/rule-file.js';
import { ruleFiles } from './catalogue.js';

const RULE = [
  'rules:', '  - id: hot-tub', '    severity: warning', '    stages: [trimester-2, trimester-3]', '    match:',
  '      - hot tub', '    message: Hot tubs raise core temperature; remove the advice.',
  '    rationale: A hot tub raises core temperature within minutes.', '    citation: ACOG Committee Opinion 804 (2020)',
  '    examples:', '      trigger:', '        - text: Relax in a hot tub.', '        - text: A hot tub eases the back.',
  '      pass:', '        - text: A warm bath is fine.', '        - text: Avoid hot tubs.',
  '  - id: sauna', '    severity: error', '    stages: [trimester-1]', '    match:', '      - sit ~2 sauna',
  '    message: Saunas raise core temperature.', '    rationale: Heat raises core temperature.', '    citation: ACOG (2020)',
  '    examples:', '      trigger:', '        - text: Sit in the sauna.', '        - text: Sit a while in a sauna.',
  '      pass:', '        - text: Sit in the shade.', '        - text: Skip the sauna.', '',
].join('\n');

/** Every path of a value, depth first (keys and indexes), for comparing places. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** What a parsed file says, places included: rules, concepts, diagnostics, and every place. */
function summary(parsed: ParsedRuleFile, data: unknown): unknown {
  const paths = pathsOf(data);
  return {
    rules: parsed.rules, concepts: parsed.concepts, diagnostics: parsed.diagnostics,
    places: paths.map((p) => parsed.placeOf(p)),
    keys: paths.filter((p) => typeof p.at(-1) === 'string').map((p) => parsed.placeOf(p, true)),
    missing: [parsed.placeOf(['rules', 0, 'no-such-key']), parsed.placeOf(['rules', 99]), parsed.placeOf(['concepts', 'none'], true)],
  };
}

function expectSameAsParse(path: string, text: string, cached: CachedRuleFile): void {
  const data = JSON.parse(cached.json) as unknown;
  expect(summary(readRuleFile(path, text, cached), data)).toEqual(summary(readRuleFile(path, text), data));
}

describe('a rule file parsed ahead of time', () => {
  it('each package rule file is kept, and reads back as its parse: rules, concepts, places of every key and value', () => {
    const files = ruleFiles();
    expect(files.length).toBeGreaterThan(3);
    for (const { path, text } of files) {
      const cached = cacheRuleFile(text);
      expect(cached, path).toBeDefined();
      expectSameAsParse(path, text, cached!);
    }
  });

  it('the place of each rule is kept (a compiled rule carries it), and is the parse\'s place', () => {
    const cached = cacheRuleFile(RULE)!;
    expect(cached.rules).toEqual([[2, 5], [17, 5]]);
    expect(readRuleFile('r.yaml', RULE, cached).placeOf(['rules', 1])).toEqual({ file: 'r.yaml', line: 17, column: 5 });
  });

  it('a schema error in a kept file is still an error at its line, with the same message', () => {
    const text = RULE.replace('    severity: error', '    severity: fatal').replace('    citation: ACOG (2020)', '    citation: ACOG (2020)\n    colour: red');
    const cached = cacheRuleFile(text);
    expect(cached).toBeDefined();
    const parsed = readRuleFile('r.yaml', text, cached);
    expect(parsed.diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([[25, 5, 'schema'], [18, 15, 'schema']]);
    expect(parsed.rules.map((r) => r.spec.id)).toEqual(['hot-tub']);
    expectSameAsParse('r.yaml', text, cached!);
  });

  it('a file whose parse says anything is never kept: YAML errors, duplicate keys, warnings, alias cycles, a list at the top', () => {
    expect(cacheRuleFile('rules:\n  - id: [unclosed\n')).toBeUndefined();
    expect(cacheRuleFile(`${RULE}rules: []\n`)).toBeUndefined();
    expect(cacheRuleFile(`%FOO bar\n---\n${RULE}`)).toBeUndefined();
    expect(cacheRuleFile('a: &a [*a]\n')).toBeUndefined();
    expect(cacheRuleFile('- rules\n')).toBeUndefined();
    expect(cacheRuleFile(RULE)).toBeDefined();
  });

  it('the module for `npm run compile` keys each file by the hash of its text and loads as CommonJS', () => {
    const texts = [RULE, 'rules:\n  - id: [unclosed\n'];
    const dir = mkdtempSync(join(tmpdir(), 'guidance-rule-files-'));
    try {
      const file = join(dir, 'rule-files.cjs');
      writeFileSync(file, ruleFilesModule(texts));
      const module = createRequire(import.meta.url)(file) as { format: number; yaml: string; files: Record<string, CachedRuleFile> };
      expect(Object.keys(module.files)).toEqual([ruleTextKey(RULE)]);
      expect(module.files[ruleTextKey(RULE)]).toEqual(cacheRuleFile(RULE));
      expect(module.yaml).toMatch(/^\d+\.\d+\.\d+$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
