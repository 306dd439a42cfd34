import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types.js';
import { compile, type CompileResult } from '../../src/pipeline/compile.js';
import { SAFETY_CUE } from '../../src/sms/exercise-tips.js';
import { normalizeForSms } from '../../src/sms/sms-normalize.js';
import { smsTipsWriter, type SmsWriterContext } from '../../src/sms/sms-writer.js';
import { CSV_COLUMNS } from '../../src/sms/tip-serialize.js';
import type { TipSet } from '../../src/sms/tip-types.js';
import { generateTips } from '../../src/sms/tips.js';
import { AUDIENCE_STAGES, type Audience } from '../../src/model/types.js';
import { DATASET_YAML, ruleFiles } from '../helpers/compile-text.js';
import { compileRealContent } from '../helpers/real-content.js';
import { expectWithinBudget } from './tip-assertions.js';

let result: CompileResult;
let data: Dataset;
beforeAll(async () => {
  result = await compileRealContent();
  data = result.dataset!;
});

/** A minimal RFC 4180 reader: rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}

describe('tips from the real content', () => {
  it('stay within budget and GSM-7 at 1, 2 and 3 parts', () => {
    for (const segments of [1, 2, 3]) expectWithinBudget(generateTips(data, { segments }), segments);
  });

  it('give every published exercise a tip with its name, dosage and the safety cue, or list it as untipped with a reason', () => {
    const set = generateTips(data);
    for (const exercise of data.exercises.filter((e) => e.status === 'published')) {
      const tips = set.tips.filter((tip) => tip.record === exercise.id);
      const untipped = set.untipped.filter((u) => u.record === exercise.id);
      expect(tips.length > 0 ? untipped.length === 0 : untipped.length === 1, exercise.id).toBe(true);
      const main = tips.find((tip) => tip.kind === 'exercise');
      if (!main) continue;
      expect(main.text.startsWith(`${normalizeForSms(exercise.name).text}:`)).toBe(true);
      expect(main.text.endsWith(SAFETY_CUE)).toBe(true);
      expect(main.stages).toEqual(exercise.stages);
      if (exercise.dosage) expect(main.source.fields.some((f) => f === 'dosage' || f.startsWith('steps/')), exercise.id).toBe(true);
    }
    expect(set.tips.filter((tip) => tip.kind === 'exercise').length).toBeGreaterThanOrEqual(15);
  });

  it('never come from a withheld record or quote an error- or warning-flagged sentence', () => {
    const set = generateTips(data, { segments: 3 });
    const withheld = new Set([...data.exercises, ...data.advice].filter((r) => r.status === 'withheld').map((r) => r.id));
    const flagged = [...data.exercises, ...data.advice].flatMap((r) => r.flags)
      .filter((f) => !f.resolution && f.severity !== 'info').map((f) => normalizeForSms(f.evidence).text);
    expect(flagged.length).toBeGreaterThan(0);
    for (const tip of set.tips) {
      expect(withheld.has(tip.record)).toBe(false);
      for (const evidence of flagged) expect(tip.text, tip.id).not.toContain(evidence);
    }
  });

  it('cover each audience with warning signs, or report the gap', () => {
    const set = generateTips(data);
    for (const audience of ['pregnancy', 'postpartum'] as Audience[]) {
      const covered = set.tips.some((tip) => tip.kind === 'warning-signs' && tip.stages.some((s) => AUDIENCE_STAGES[audience].includes(s)));
      const gap = set.gaps.some((g) => g.audience === audience && g.kind === 'warning-signs');
      expect(covered !== gap, audience).toBe(true);
    }
  });
});

describe('the SMS writer', () => {
  it('is run by the pipeline and writes tips.txt, tips.csv and tips.json', () => {
    expect(result.outputs.map((f) => f.path).filter((p) => p.startsWith('sms/')).sort()).toEqual(['sms/tips.csv', 'sms/tips.json', 'sms/tips.txt']);
  });

  it('writes one tip a line, a CSV row a tip, and the report in JSON, reading smsSegments from the context', async () => {
    const context = { config: {}, schemas: new Map(), report: {}, written: [], options: { smsSegments: 2 } } as unknown as SmsWriterContext;
    const files = await smsTipsWriter.write(data, context);
    const file = (path: string): string => String(files.find((f) => f.path === path)?.data);
    const json = JSON.parse(file('sms/tips.json')) as TipSet & { budget: { maxParts: number }; counts: Record<string, number> };
    expect(json.budget.maxParts).toBe(2);
    expect(json.tips.some((tip) => tip.segments === 2)).toBe(true);
    expect(Array.isArray(json.untipped) && Array.isArray(json.rejected)).toBe(true);
    expect(json.counts['total']).toBe(json.tips.length);
    const lines = file('sms/tips.txt').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(json.tips.map((tip) => tip.parts.join(' ')));
    const rows = parseCsv(file('sms/tips.csv'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(json.tips.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[0]).toBe(json.tips[i]?.id);
      expect(row[3]).toBe(lines[i]);
    });
  });
});

describe('tips from a compiled fixture with real rules', () => {
  it('leave out flagged sentences, withheld advice and UCS-2 names, and say why', async () => {
    const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
    const fixture = await compile({
      contentDir: 'content',
      documents: [{ path: 'content/input.md', bytes: new Uint8Array(readFileSync(new URL('../fixtures/sms/input.md', import.meta.url))) }],
      datasetConfig: { path: 'content/dataset.yaml', bytes: bytes(DATASET_YAML) },
      rules: ruleFiles(),
    }, { outputs: ['sms'] });
    expect(fixture.ok).toBe(true);
    const json = JSON.parse(String(fixture.outputs.find((f) => f.path === 'sms/tips.json')?.data)) as TipSet;
    const all = json.tips.map((tip) => tip.text).join('\n');
    expect(all).not.toMatch(/hold your breath/i);
    expect(all).not.toMatch(/push through/i);
    expect(all).toContain('Side stretch: Sit tall on a chair');
    expect(json.untipped).toEqual([
      { record: 'input--glute-bridge', reason: expect.stringContaining('body position is flagged (supine)') },
      { record: 'input--wall-push', reason: expect.stringContaining('U+1F642') },
    ]);
    expect(json.rejected).toEqual([{ record: 'input--wall-push', field: 'name', char: '\u{1F642}', codePoint: 'U+1F642' }]);
    expect(json.tips.find((tip) => tip.kind === 'warning-signs')?.text)
      .toBe('Stop exercising and call your midwife or doctor if: you bleed from the vagina; fluid leaks from the vagina; you feel dizzy or faint.');
  });
});
