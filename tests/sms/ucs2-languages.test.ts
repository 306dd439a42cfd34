// Tips in a document's own language: a record in another language than English that GSM-7 cannot carry
// is sent in UCS-2, counted 70 UTF-16 units alone and 67 a part; English stays GSM-7 only.
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/sms/sms-segments.js';
import { rapidProExport } from '../../src/sms/rapidpro.js';
import { buildSchedule, DEFAULT_SCHEDULE } from '../../src/sms/schedule.js';
import { tipsCsv } from '../../src/sms/tip-serialize.js';
import { generateTips } from '../../src/sms/tips.js';
import { advice, dataset, exercise } from './tip-records.js';

// Our own Russian: "Cat and cow", "Stand on all fours, palms under the shoulders.", "On the exhale, round your back." …
const cat = exercise({
  id: 'ru-doc--koshka',
  language: 'ru',
  name: 'Кошка и корова',
  startingPosition: 'Встаньте на четвереньки, ладони под плечами.',
  steps: ['На выдохе округлите спину.', 'На вдохе вернитесь в исходное положение.'],
  dosage: { text: 'Повторите 8–10 раз.', repetitions: { min: 8, max: 10 } },
});
const signs = advice({
  id: 'ru-doc--trevozhnye-priznaki',
  language: 'ru',
  stages: ['trimester-1', 'trimester-2', 'trimester-3'],
  text: 'Прекратите занятие и позвоните врачу, если:',
  items: ['появилось кровотечение;', 'кружится голова;', 'болит в груди.'],
});

describe('tips in languages GSM-7 cannot carry', () => {
  it('sends a Russian exercise in UCS-2, in its own words, within 70 units alone or 67 a part', () => {
    for (const segments of [1, 2, 3]) {
      const set = generateTips(dataset([cat]), { segments });
      const tip = set.tips[0];
      if (segments === 1) {
        // 70 UTF-16 units hold no standalone exercise: reported, never cut.
        expect(set.tips).toEqual([]);
        expect(set.untipped[0]?.reason).toMatch(/need \d+ septets/);
        continue;
      }
      expect(tip, String(segments)).toBeDefined();
      expect(tip!.encoding).toBe('UCS-2');
      expect(tip!.text).toMatch(/^Кошка и корова: Встаньте на четвереньки/);
      expect(tip!.text).toContain('На выдохе округлите спину.');
      expect(set.rejected).toEqual([]);
      for (const part of tip!.parts) {
        const m = measure(part);
        expect(m.encoding).toBe('UCS-2');
        expect(part.length, part).toBeLessThanOrEqual(tip!.parts.length === 1 ? 70 : 67);
        expect(m.segments).toBe(1);
      }
      expect(tip!.septets).toBe(tip!.text.length);
    }
  });

  it('sends Russian warning signs in UCS-2 and keys them rus in the RapidPro export', () => {
    const data = dataset([], [signs]);
    const set = generateTips(data, { segments: 3 });
    expect(set.tips.length).toBeGreaterThan(0);
    for (const tip of set.tips) {
      expect(tip.encoding).toBe('UCS-2');
      for (const part of tip.parts) expect(part.length).toBeLessThanOrEqual(tip.parts.length === 1 ? 70 : 67);
    }
    expect(tipsCsv(set)).toContain(',UCS-2,');
    const schedule = buildSchedule(set, data, { ...DEFAULT_SCHEDULE, pregnancyWeeks: { from: 4, to: 6 }, postpartumWeeks: null, repeatGapWeeks: 0 });
    const campaigns = rapidProExport(schedule).campaigns as Array<{ events: Array<{ base_language: string; message: Record<string, string> }> }>;
    expect(campaigns[0]!.events[0]!.base_language).toBe('rus');
    expect(campaigns[0]!.events[0]!.message['rus']).toMatch(/^Прекратите занятие и позвоните врачу, если: появилось кровотечение[.;]/);
    for (const tip of set.tips) expect(tip.text).not.toMatch(/[A-Za-z]/);
  });

  it('keeps English GSM-7 only: a stray Cyrillic word is left out and reported, not sent in UCS-2', () => {
    const stray = exercise({ steps: ['Breathe in and let your belly drop gently.', 'Breathe out and round your back спину.'] });
    const set = generateTips(dataset([stray]), { segments: 3 });
    for (const tip of set.tips) expect(tip.encoding).toBe('GSM-7');
    expect(set.rejected.some((r) => r.char === 'с')).toBe(true);
  });
});
