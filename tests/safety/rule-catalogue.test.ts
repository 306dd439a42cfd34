import { describe, expect, test } from 'vitest';
import { runRuleExamples } from '../../src/safety/index.js';
import { catalogue, ruleFiles } from './catalogue.js';

const P = ['trimester-1', 'trimester-2', 'trimester-3'];
const ALL = [...P, 'postpartum'];
const T23 = ['trimester-2', 'trimester-3'];

/** The starting catalogue of the safety evidence file: id → severity and stages. */
const EXPECTED: Record<string, { severity: string; stages: string[] }> = {
  'stop-sign-dismissed': { severity: 'error', stages: ALL },
  'contraindication-override': { severity: 'error', stages: P },
  'hot-environment': { severity: 'error', stages: P },
  'heat-on-abdomen': { severity: 'warning', stages: P },
  'breath-hold': { severity: 'warning', stages: ALL },
  supine: { severity: 'warning', stages: T23 },
  prone: { severity: 'warning', stages: T23 },
  'deep-twist': { severity: 'warning', stages: P },
  overstretch: { severity: 'warning', stages: ALL },
  inversion: { severity: 'warning', stages: T23 },
  'contact-or-fall-risk': { severity: 'error', stages: P },
  scuba: { severity: 'error', stages: P },
  'weight-loss-pregnancy': { severity: 'error', stages: P },
  abortifacient: { severity: 'error', stages: ALL },
  'absolute-safety': { severity: 'warning', stages: ALL },
  'cure-guarantee': { severity: 'warning', stages: ALL },
  'outcome-overclaim': { severity: 'warning', stages: ALL },
  'early-postpartum-load': { severity: 'warning', stages: ['postpartum'] },
  'caesarean-load': { severity: 'error', stages: ['postpartum'] },
  'diastasis-absolute-claim': { severity: 'warning', stages: ['postpartum'] },
  // The rules of the clinical review of issue 18.
  'abdominal-pressure': { severity: 'warning', stages: T23 },
  'lumbar-overarch': { severity: 'warning', stages: T23 },
  'work-to-exhaustion': { severity: 'warning', stages: ALL },
  // From the second trimester (issue 18, second round): pelvic girdle pain often starts mid-pregnancy.
  'pelvic-girdle-load': { severity: 'warning', stages: T23 },
  'postpartum-twist': { severity: 'warning', stages: ['postpartum'] },
  'weakened-contraindication': { severity: 'error', stages: P },
  'picture-reference': { severity: 'warning', stages: ALL },
  'insufficient-activity': { severity: 'info', stages: ALL },
};

describe('rule catalogue (content/rules)', () => {
  test('loads with no diagnostics', () => {
    expect(ruleFiles().length).toBeGreaterThanOrEqual(4);
    expect(catalogue().diagnostics).toEqual([]);
  });

  test('covers the starting catalogue with its severity and stages', () => {
    const byId = new Map(catalogue().rules.map((rule) => [rule.id, rule]));
    for (const [id, want] of Object.entries(EXPECTED)) {
      const rule = byId.get(id);
      expect(rule, id).toBeDefined();
      expect({ id, severity: rule?.severity, stages: [...(rule?.stages ?? [])] }).toEqual({ id, ...want });
    }
  });

  test('every rule has at least twelve trigger and twelve pass examples, all different, and a citation without a URL', () => {
    for (const rule of catalogue().rules) {
      expect(rule.examples.trigger.length, rule.id).toBeGreaterThanOrEqual(12);
      expect(rule.examples.pass.length, rule.id).toBeGreaterThanOrEqual(12);
      const texts = [...rule.examples.trigger, ...rule.examples.pass].map((e) => `${e.text} ${e.stages?.join() ?? ''} ${e.position ?? ''}`);
      expect(new Set(texts).size, rule.id).toBe(texts.length);
      expect(rule.citation, rule.id).not.toMatch(/https?:|www\./);
    }
  });
});

describe('every example of every rule', () => {
  const results = runRuleExamples(catalogue().rules);
  test('there are examples', () => expect(results.length).toBeGreaterThanOrEqual(28 * 24));
  test.each(results.map((r) => [`${r.rule} ${r.expected}: ${r.example}`, r] as const))('%s', (_name, result) => {
    expect(result.ok).toBe(true);
  });
});
