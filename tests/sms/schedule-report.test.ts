// A schedule that is not fit to send fails the build with its own rule id and what to do, at
// dataset.yaml — not with the font advice of a character no font covers.
import { describe, expect, it } from 'vitest';
import { DATASET_YAML, ruleFiles } from '../helpers/compile-text.js';

const ONE_EXERCISE = `---
title: One stretch
language: en
audience: [pregnancy]
---

# One stretch

## Side bend

Stand with your feet apart. Slide one hand down the side of your leg, then come back up. Repeat 5 times each side.
`;

describe('an SMS schedule that is not fit to send', () => {
  it('is an sms-schedule error at dataset.yaml that says what to publish or narrow', async () => {
    const config = `${DATASET_YAML}sms:\n  schedule: {}\n`;
    const { compile } = await import('../../src/pipeline/compile.js');
    const encode = (text: string) => new TextEncoder().encode(text);
    const result = await compile({
      contentDir: 'content',
      documents: [{ path: 'content/one.md', bytes: encode(ONE_EXERCISE) }],
      datasetConfig: { path: 'content/dataset.yaml', bytes: encode(config) },
      rules: ruleFiles(),
    }, { outputs: ['sms'], jobs: 1 });
    expect(result.ok).toBe(false);
    const messages = result.files.filter((f) => f.path === 'content/dataset.yaml').flatMap((f) => f.messages);
    const schedule = messages.find((m) => m.ruleId === 'sms-schedule');
    expect(schedule?.reason).toMatch(/not fit to send/);
    expect(schedule?.note).toMatch(/warning-signs advice for every stage/);
    expect(messages.some((m) => m.ruleId === 'unrenderable')).toBe(false);
  });

});
