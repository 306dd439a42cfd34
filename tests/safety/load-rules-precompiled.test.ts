// loadRules takes the rules compiled ahead of time for exactly its files (rule-set-cache.ts):
// no YAML parse, no lemmatising; any other set of files is parsed and compiled as before.
import { describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ parses: 0, tagged: 0, sets: undefined as Record<string, string> | undefined }));

vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>();
  return { ...yaml, parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => { state.parses += 1; return yaml.parseDocument(...args); } };
});

vi.mock('../../src/nlp/analyse.js', async (original) => {
  const nlp = await original<typeof import('../../src/nlp/analyse.js')>();
  return { ...nlp, analyse: (...args: Parameters<typeof nlp.analyse>) => { state.tagged += 1; return nlp.analyse(...args); } };
});

vi.mock('../../src/safety/rule-set-cache.js', async (original) => {
  const cache = await original<typeof import('../../src/safety/rule-set-cache.js')>();
  return {
    ...cache,
    precompiledRules: (files: Parameters<typeof cache.precompiledRules>[0]) => {
      const json = state.sets?.[cache.ruleSetKey(files)];
      return json === undefined ? undefined : cache.restoreRules(JSON.parse(json), files);
    },
  };
});

const { loadRules } = await import('../../src/safety/index.js');
const { compileRuleSets } = await import('../../src/safety/rule-set-cache.js');
const { ruleFiles } = await import('./catalogue.js');

describe('loading the default rules', () => {
  it('exactly the kept files: the kept rules, with no parse and no tagging; one more file: parsed and compiled', () => {
    const files = ruleFiles().map((f) => ({ ...f, origin: 'default' as const }));
    const compiled = loadRules(files.map((f) => ({ ...f, path: `fresh/${f.path}` })));
    // Under other names: loadRules keeps what it loaded per set of names and texts.
    state.sets = compileRuleSets(files.map((f) => ({ ...f, path: `gen/${f.path}` })), loadRules).sets;
    state.parses = 0;
    state.tagged = 0;
    const kept = loadRules(files);
    expect([state.parses, state.tagged]).toEqual([0, 0]);
    expect(kept.diagnostics).toEqual([]);
    expect(kept.rules.map((r) => ({ ...r, source: { ...r.source, file: `fresh/${r.source.file}` } }))).toEqual(compiled.rules);
    const extra = { path: 'content/rules/extra.yaml', text: 'concepts:\n  heat-source:\n    - sauna\n', origin: 'content' as const };
    const more = loadRules([...files, extra]);
    expect(state.parses).toBeGreaterThan(0);
    expect(more.rules).toHaveLength(kept.rules.length);
  });
});
