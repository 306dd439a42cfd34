// The default rules compiled ahead of time (src/safety/rule-set-cache.ts): kept as data and
// restored, they are the rules a load compiles (phrases, word forms, expressions, places in the
// files of this load) and flag exactly the same sentences; a set of files that has anything to
// say when loaded is never kept; the key changes with any file's text, origin or order.
import { describe, expect, it } from 'vitest';
import { checkSentence, loadRules, runRuleExamples } from '../../src/safety/index.js';
import { compileRuleSets, restoreRules, ruleSetKey } from '../../src/safety/rule-set-cache.js';
import { ruleFiles } from './catalogue.js';

const defaults = () => ruleFiles().map((f) => ({ ...f, origin: 'default' as const }));

/** Sentences that touch many rules: every example of every rule, in a few contexts. */
function sentences(rules: ReturnType<typeof loadRules>['rules']): string[] {
  return [...new Set(rules.flatMap((r) => [...r.examples.trigger, ...r.examples.pass].map((e) => e.text)))];
}

describe('rules compiled ahead of time', () => {
  it('restore to the rules a load compiles, placed in the files of this load', () => {
    const files = defaults();
    const loaded = loadRules(files);
    const { sets } = compileRuleSets(files, loadRules);
    const json = sets[ruleSetKey(files)];
    expect(json).toBeDefined();
    // The same texts under other names (a package installed elsewhere): the names of this load.
    const elsewhere = files.map((f) => ({ ...f, path: `node_modules/pkg/${f.path}` }));
    const restored = restoreRules(JSON.parse(json!), elsewhere);
    expect(restored.map((r) => r.source.file)).toEqual(loaded.rules.map((r) => `node_modules/pkg/${r.source.file}`));
    const named = restored.map((r) => ({ ...r, source: { ...r.source, file: r.source.file.replace('node_modules/pkg/', '') } }));
    expect(named).toEqual(loaded.rules);
  });

  it('flag exactly the sentences the compiled rules flag, at the same places', () => {
    const files = defaults();
    const loaded = loadRules(files).rules;
    const restored = restoreRules(JSON.parse(compileRuleSets(files, loadRules).sets[ruleSetKey(files)]!), files);
    expect(runRuleExamples(restored)).toEqual(runRuleExamples(loaded));
    const stages = [...new Set(loaded.flatMap((r) => r.stages))];
    const found = (rules: typeof loaded, text: string) => checkSentence(text, { stages }, rules).map((m) => [m.rule.id, m.index, m.length, m.evidence, m.via]);
    const texts = sentences(loaded);
    expect(texts.length).toBeGreaterThan(100);
    let flagged = 0;
    for (const text of texts) {
      const expected = found(loaded, text);
      flagged += expected.length;
      expect(found(restored, text), text).toEqual(expected);
    }
    expect(flagged).toBeGreaterThan(50);
  });

  it('a set of files with anything to say is never kept; nor is an empty one', () => {
    const files = defaults();
    const broken = [...files, { path: 'extra.yaml', text: 'rules: []\n', origin: 'content' as const }];
    expect(compileRuleSets(broken, loadRules).sets).toEqual({});
    const override = [...files, { ...files[0]!, path: 'copy.yaml', origin: 'content' as const, text: files[0]!.text.replace(/message: /, 'message: Changed. ') }];
    expect(loadRules(override).diagnostics.length).toBeGreaterThan(0);
    expect(compileRuleSets(override, loadRules).sets).toEqual({});
    expect(compileRuleSets([], loadRules).sets).toEqual({});
  });

  it('the key is of every file\'s text, origin and place in the order, not of its name', () => {
    const files = defaults();
    const key = ruleSetKey(files);
    expect(ruleSetKey(files.map((f) => ({ ...f, path: `other/${f.path}` })))).toBe(key);
    expect(ruleSetKey(files.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\n` } : f)))).not.toBe(key);
    expect(ruleSetKey(files.map((f, i) => (i === 0 ? { ...f, origin: 'content' as const } : f)))).not.toBe(key);
    expect(ruleSetKey([...files].reverse())).not.toBe(key);
  });
});
