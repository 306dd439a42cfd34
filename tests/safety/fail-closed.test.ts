// Safety checking fails closed: a build or lint that loads no rule is an error; the package's
// default rules apply to any content folder; content/rules may add to or replace them (reported).
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compile } from '../../src/pipeline/compile.js';
import { loadContent } from '../../src/pipeline/load-content.js';
import { DATASET_YAML, messages, ruleFiles } from '../helpers/compile-text.js';

const DOC = `---
title: Heat
language: en
audience: [pregnancy]
---

# Heat

## Advice

A long soak in the hot tub eases every ache when you are expecting.
`;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const input = (extra: { rules?: Array<{ path: string; bytes: Uint8Array }>; defaultRules?: Array<{ path: string; bytes: Uint8Array }> }) => ({
  contentDir: 'content',
  documents: [{ path: 'content/heat.md', bytes: bytes(DOC) }],
  datasetConfig: { path: 'content/dataset.yaml', bytes: bytes(DATASET_YAML) },
  rules: extra.rules ?? [],
  ...(extra.defaultRules ? { defaultRules: extra.defaultRules } : {}),
});

describe('fail closed', () => {
  test('no default rules and no content rules: an error, and the build is not ok', async () => {
    const result = await compile(input({ defaultRules: [] }));
    expect(result.ok).toBe(false);
    expect(messages(result)).toContainEqual(expect.stringMatching(/^content\/rules:1:1 rule-file\/no-rules error no safety rule was loaded/));
  });
  test('rule files that all fail to load: the same error, after their own', async () => {
    const result = await compile(input({ rules: [{ path: 'content/rules/bad.yaml', bytes: bytes('rules: []\n') }] }));
    expect(result.ok).toBe(false);
    expect(messages(result).map((m) => m.split(' ')[1])).toEqual(expect.arrayContaining(['rule-file/schema', 'rule-file/no-rules']));
  });
  test('the defaults alone flag the unsafe sentence', async () => {
    const result = await compile(input({ defaultRules: ruleFiles() }));
    expect(result.ok).toBe(true);
    expect(result.dataset?.advice.flatMap((a) => a.flags.map((f) => f.rule))).toContain('hot-environment');
  });
  test('a content rule with a default id replaces it and the override is reported as information', async () => {
    const environment = readFileSync('content/rules/environment.yaml', 'utf8').replace(/severity: error/u, 'severity: warning');
    const result = await compile(input({ defaultRules: ruleFiles(), rules: [{ path: 'content/rules/local.yaml', bytes: bytes(environment) }] }));
    const overrides = messages(result).filter((m) => m.includes('rule-file/override'));
    expect(overrides[0]).toMatch(/^content\/rules\/local\.yaml:\d+:\d+ rule-file\/override info rule hot-environment replaces the package's default rule/);
    expect(result.dataset?.advice.flatMap((a) => a.flags).find((f) => f.rule === 'hot-environment')?.severity).toBe('warning');
  });
  test('an in-memory compile given no rule inputs at all checks no claims and reports nothing about rules', async () => {
    const result = await compile(input({}));
    expect(messages(result).filter((m) => m.includes('rule-file/'))).toEqual([]);
  });
  test('loadContent gives the package defaults to a folder without rules, and a folder\'s own rules as content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'i18-rules-'));
    writeFileSync(join(dir, 'heat.md'), DOC);
    const bare = await loadContent(dir);
    expect(bare.rules).toEqual([]);
    expect(bare.defaultRules?.map((f) => f.path.split('/').pop())).toEqual(ruleFiles().map((f) => f.path.split('/').pop()));
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'local.yaml'), 'concepts:\n  calm:\n    - breathe calmly\n');
    expect((await loadContent(dir)).rules.map((f) => f.path.split('/').pop())).toEqual(['local.yaml']);
    const own = await loadContent('content');
    expect(own.rules).toEqual([]);
    expect(own.defaultRules?.map((f) => f.path)).toEqual(ruleFiles().map((f) => f.path));
  });
});
