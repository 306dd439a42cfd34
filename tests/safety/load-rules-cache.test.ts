// loadRules takes a rule file's parse from the kept parses (rule-file-cache.ts) when there is one
// of its text: the package's rule files load without a YAML parse, to the same rules and places;
// a file that has something to say is parsed, and its diagnostics are those of a parse.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ parses: 0, kept: new Map<string, unknown>() }));

vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>();
  return { ...yaml, parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => { state.parses += 1; return yaml.parseDocument(...args); } };
});

vi.mock('../../src/safety/rule-file-cache.js', async (original) => {
  const cache = await original<typeof import('../../src/safety/rule-file-cache.js')>();
  return { ...cache, cachedRuleFile: (text: string) => state.kept.get(text) };
});

const { cacheRuleFile } = await import('../../src/safety/rule-file-cache.js');
const { loadRules } = await import('../../src/safety/index.js');
const { ruleFiles } = await import('./catalogue.js');

/** Files under a name of their own: loadRules keeps its results per set of files. */
const named = (tag: string, files: Array<{ path: string; text: string }>) => files.map((f) => ({ ...f, path: `${tag}/${f.path}` }));
const unnamed = <T extends { file: string }>(list: T[], tag: string): T[] => list.map((d) => ({ ...d, file: d.file.replace(`${tag}/`, '') }));

beforeEach(() => {
  state.parses = 0;
  state.kept.clear();
});

describe('loading kept rule files', () => {
  it('the package rule files load with no YAML parse, to the same rules as a load that parses', () => {
    const files = ruleFiles();
    const parsed = loadRules(named('parsed', files));
    expect(state.parses).toBe(files.length);
    for (const { text } of files) state.kept.set(text, cacheRuleFile(text));
    state.parses = 0;
    const kept = loadRules(named('kept', files));
    expect(state.parses).toBe(0);
    expect(kept.rules.length).toBeGreaterThan(10);
    expect(kept.diagnostics).toEqual([]);
    const plain = (rules: typeof kept.rules, tag: string) => rules.map((r) => ({ ...r, source: { ...r.source, file: r.source.file.replace(`${tag}/`, '') } }));
    expect(plain(kept.rules, 'kept')).toEqual(plain(parsed.rules, 'parsed'));
  });

  it('a duplicate rule id across kept files is an error at the id, found by parsing that file then', () => {
    const [first] = ruleFiles();
    const copy = { path: 'content/rules/copy.yaml', text: first!.text };
    const parsed = loadRules(named('p', [first!, copy]));
    state.kept.set(first!.text, cacheRuleFile(first!.text));
    state.parses = 0;
    const kept = loadRules(named('k', [first!, copy]));
    expect(state.parses).toBeGreaterThan(0);
    expect(kept.diagnostics.some((d) => d.code === 'duplicate-id' || d.code === 'duplicate-concept')).toBe(true);
    expect(unnamed(kept.diagnostics, 'k').map((d) => ({ ...d, message: d.message.replaceAll('k/', '') })))
      .toEqual(unnamed(parsed.diagnostics, 'p').map((d) => ({ ...d, message: d.message.replaceAll('p/', '') })));
  });
});
