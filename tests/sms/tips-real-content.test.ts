import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types.js';
import { compile, type CompileResult } from '../../src/pipeline/compile.js';
import { SAFETY_CUE } from '../../src/sms/exercise-tips.js';
import { septetLength } from '../../src/sms/gsm7.js';
import { normalizeForSms } from '../../src/sms/sms-normalize.js';
import { smsTipsWriter, type SmsWriterContext } from '../../src/sms/sms-writer.js';
import { CSV_COLUMNS, tipsCsv, tipsJson, tipsTxt } from '../../src/sms/tip-serialize.js';
import { piecesOf } from '../../src/write/writer.js';
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

  it('give every published exercise one tip with its name and the safety cue, or list it as untipped with a reason', () => {
    for (const segments of [1, 3]) {
      const set = generateTips(data, { segments });
      for (const exercise of data.exercises.filter((e) => e.status === 'published')) {
        const tips = set.tips.filter((tip) => tip.record === exercise.id);
        const untipped = set.untipped.filter((u) => u.record === exercise.id);
        expect(tips.length + untipped.length, exercise.id).toBe(1);
        const main = tips[0];
        if (!main) continue;
        expect(main.kind).toBe('exercise');
        expect(main.text.startsWith(`${normalizeForSms(exercise.name).text}:`)).toBe(true);
        expect(main.text.endsWith(SAFETY_CUE)).toBe(true);
        expect(main.stages).toEqual(exercise.stages);
        if (exercise.dosage) expect(main.source.fields.some((f) => f === 'dosage' || f.startsWith('steps/')), exercise.id).toBe(true);
      }
    }
    // Three parts hold all but the exercises that cannot stand alone (no position, no instruction).
    expect(generateTips(data, { segments: 3 }).tips.filter((tip) => tip.kind === 'exercise').length).toBeGreaterThanOrEqual(18);
  });

  it('say the week in every tip of an exercise to avoid after a week, at 1, 2 and 3 parts', () => {
    const late = data.exercises.filter((e) => e.status === 'published' && e.avoidAfterWeek !== undefined);
    expect(late.length).toBeGreaterThan(0);
    for (const segments of [1, 2, 3]) {
      const set = generateTips(data, { segments });
      for (const exercise of late) {
        const tips = set.tips.filter((tip) => tip.record === exercise.id);
        if (segments > 1) expect(tips.length, exercise.id).toBeGreaterThan(0);
        for (const tip of tips) expect(tip.text, tip.id).toMatch(new RegExp(`(?<!\\d)${exercise.avoidAfterWeek}(?!\\d)`));
      }
    }
  });

  it('send no tip for Marjariasana, whose only step names a movement without saying how, nor for Adho Mukha Shvanasana, which gives no position', () => {
    const set = generateTips(data, { segments: 3 });
    expect(set.untipped.find((u) => u.record === 'back-exercises-after-childbirth--marjariasana')?.reason).toMatch(/no step is an instruction to move/);
    expect(set.untipped.find((u) => u.record === 'back-exercises-after-childbirth--adho-mukha-shvanasana')?.reason).toMatch(/no starting position/);
    expect(set.tips.some((tip) => /Pulling and bending on all fours/.test(tip.text))).toBe(false);
  });

  it('never schedule a tip about fetal movements in trimester-1', () => {
    const set = generateTips(data, { segments: 2 });
    const fetal = set.tips.filter((tip) => /fetal movements/i.test(tip.text));
    expect(fetal.length).toBeGreaterThan(0);
    for (const tip of fetal) expect(tip.stages, tip.id).not.toContain('trimester-1');
  });

  it('break multi-part exercise tips between sentences, never leaving the safety cue alone in a part', () => {
    for (const segments of [2, 3]) {
      const set = generateTips(data, { segments });
      const multi = set.tips.filter((t) => t.kind === 'exercise' && t.parts.length > 1);
      expect(multi.length).toBeGreaterThan(10);
      for (const tip of multi) {
        for (const part of tip.parts) {
          expect(part, tip.id).toMatch(/[.!?:]["')]*$/);
          expect(part, tip.id).not.toMatch(/^\(\d+\/\d+\) Stop if it hurts\.$/);
        }
      }
    }
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
  it('is run by the pipeline and writes tips.txt, tips.csv and tips.json (and the schedule dataset.yaml asks for)', () => {
    expect(result.outputs.map((f) => f.path).filter((p) => p.startsWith('sms/tips')).sort()).toEqual(['sms/tips.csv', 'sms/tips.json', 'sms/tips.txt']);
  });

  it('writes one line and one CSV row per SMS part, and the report in JSON, reading smsSegments from the context', async () => {
    const context = { config: {}, schemas: new Map(), report: {}, written: [], options: { smsSegments: 2 } } as unknown as SmsWriterContext;
    const files = await smsTipsWriter.write(data, context);
    // A file's pieces are made as they are taken, once: each is read once here.
    const texts = new Map(files.map((f) => [f.path, Buffer.concat([...piecesOf(f.data)]).toString('utf8')]));
    const file = (path: string): string => texts.get(path)!;
    // Written piece by piece, the files are the texts the serialisers give whole.
    const set = generateTips(data, { segments: 2 });
    expect(file('sms/tips.txt')).toBe(tipsTxt(set));
    expect(file('sms/tips.csv')).toBe(tipsCsv(set));
    expect(file('sms/tips.json')).toBe(tipsJson(set));
    const json = JSON.parse(file('sms/tips.json')) as TipSet & { budget: { maxParts: number }; counts: Record<string, number> };
    expect(json.budget.maxParts).toBe(2);
    expect(json.tips.some((tip) => tip.segments === 2)).toBe(true);
    expect(Array.isArray(json.untipped) && Array.isArray(json.rejected)).toBe(true);
    expect(json.counts['total']).toBe(json.tips.length);
    const parts = json.tips.flatMap((tip) => tip.parts.map((text, i) => ({ tip, part: i + 1, text })));
    const lines = file('sms/tips.txt').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(parts.map(({ tip, text }) => `${tip.id}\t${text}`));
    for (const line of lines) expect(line.split('\t')).toHaveLength(2);
    const rows = parseCsv(file('sms/tips.csv'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS).toEqual(['id', 'part', 'parts', 'stages', 'text', 'record', 'lines', 'encoding', 'septets', 'segments']);
    expect(rows).toHaveLength(parts.length + 1);
    rows.slice(1).forEach((row, i) => {
      const { tip, part, text } = parts[i]!;
      expect(row).toEqual([
        tip.id, String(part), String(tip.parts.length), tip.stages.join(';'), text, tip.record,
        `${tip.source.lines.start}-${tip.source.lines.end}`, 'GSM-7', String(septetLength(text)), '1',
      ]);
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
    // A breath-hold step holds the whole exercise back from readers (src/review/reader-policy.ts).
    expect(all).not.toContain('Side stretch');
    expect(fixture.dataset?.exercises.find((e) => e.id === 'input--side-stretch')?.withheldReasons?.join(' ')).toMatch(/breath-hold/);
    // The bridge's supine step holds it back from every reader output, so it is not untipped but withheld.
    expect(fixture.dataset?.exercises.find((e) => e.id === 'input--glute-bridge')?.status).toBe('withheld');
    expect(json.untipped).toEqual([
      { record: 'input--wall-push', reason: expect.stringContaining('U+221E') },
    ]);
    expect(json.rejected).toEqual([{ record: 'input--wall-push', field: 'name', char: '\u{221E}', codePoint: 'U+221E' }]);
    expect(json.tips.find((tip) => tip.kind === 'warning-signs')?.text)
      .toBe('Stop exercising and call your midwife or doctor if: you bleed from the vagina; fluid leaks from the vagina; you feel dizzy or faint.');
  });
});
