// CSV cells that a spreadsheet would run as a formula are neutralised, in the tips CSV as written.
import { describe, expect, it } from 'vitest';
import { csvField, neutralise } from '../../src/sms/csv-cell.js';
import { tipsCsv } from '../../src/sms/tip-serialize.js';
import { generateTips } from '../../src/sms/tips.js';
import { dataset, exercise } from './tip-records.js';

describe('CSV cells', () => {
  it('puts a quote mark before a cell that begins like a formula, and leaves others and numbers alone', () => {
    for (const hostile of ['=1+1', '+44 7700 900000', '-2+3', '@SUM(A1:A9)', '\t=cmd', '\r=cmd']) {
      expect(neutralise(hostile), JSON.stringify(hostile)).toBe(`'${hostile}`);
    }
    for (const plain of ['Lift your arms.', 'a=b', "'already quoted", '']) expect(neutralise(plain)).toBe(plain);
    expect(neutralise(-3)).toBe('-3');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('neutralises a tip whose text would start a formula, in tips.csv', () => {
    const record = exercise({ name: '=2+3', stages: ['trimester-2'] });
    const set = generateTips(dataset([record]));
    expect(set.tips).toHaveLength(1);
    const row = tipsCsv(set).split('\n')[1] ?? '';
    const cells = row.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g) ?? [];
    const text = cells[4]?.replace(/,$/, '') ?? '';
    expect(text.startsWith("'=2+3: Kneel")).toBe(true);
    for (const cell of cells) expect(cell.replace(/^"/, ''), row).not.toMatch(/^[=+\-@]/);
  });
});
