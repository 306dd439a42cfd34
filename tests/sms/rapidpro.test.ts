// The RapidPro/TextIt export: valid against the structure RapidPro's campaign import reads (a JSON
// Schema derived from nyaruka/rapidpro, see tests/fixtures/sms/rapidpro-export.schema.json), offsets
// in weeks from the right date field, the base language in every message, deterministic UUIDs.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types.js';
import { rapidProExport, rapidProLanguage, uuidV5 } from '../../src/sms/rapidpro.js';
import { buildSchedule, DEFAULT_SCHEDULE, type Schedule } from '../../src/sms/schedule.js';
import { generateTips } from '../../src/sms/tips.js';
import { compileRealContent } from '../helpers/real-content.js';
import { advice } from './tip-records.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sms/rapidpro-export.schema.json', import.meta.url), 'utf8'));

interface Event { uuid: string; offset: number; unit: string; message: Record<string, string>; base_language: string; relative_to: { key: string } }
interface Campaign { uuid: string; name: string; group: { uuid: string; name: string }; events: Event[] }

describe('the RapidPro export', () => {
  let schedule: Schedule;
  let exported: { campaigns: Campaign[]; groups: Array<{ uuid: string }>; fields: Array<{ key: string }> };
  beforeAll(async () => {
    const real = (await compileRealContent()).dataset!;
    const signs = advice({ id: 'test-doc--after-birth-signs', stages: ['postpartum'], items: ['you bleed heavily;', 'your calf is swollen and sore.'] });
    const data: Dataset = { ...real, advice: [...real.advice, signs] };
    schedule = buildSchedule(generateTips(data, { segments: 3 }), data, { ...DEFAULT_SCHEDULE, repeatGapWeeks: 2 });
    exported = rapidProExport(schedule) as unknown as typeof exported;
  });

  it('matches the structure RapidPro imports', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(exported), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // Hostile shapes the schema must refuse: it can fail.
    expect(validate({ ...exported, version: '11' })).toBe(false);
    const broken = structuredClone(exported);
    broken.campaigns[0]!.events[0]!.unit = 'weeks';
    expect(validate(broken)).toBe(false);
  });

  it('has one campaign per timeline, each event a week offset from the due date or the birth date, in every base language', () => {
    expect(exported.campaigns.map((c) => c.name)).toEqual(['Back care in pregnancy', 'Back care after birth']);
    const [pregnancy, after] = exported.campaigns;
    expect(pregnancy!.events.every((e) => e.relative_to.key === 'edd' && e.unit === 'W')).toBe(true);
    expect(after!.events.every((e) => e.relative_to.key === 'baby_birth_date' && e.unit === 'W')).toBe(true);
    expect(Math.min(...pregnancy!.events.map((e) => e.offset))).toBe(4 - 40);
    expect(Math.max(...pregnancy!.events.map((e) => e.offset))).toBe(0);
    expect(Math.min(...after!.events.map((e) => e.offset))).toBe(0);
    expect(Math.max(...after!.events.map((e) => e.offset))).toBe(11);
    expect(pregnancy!.events.length + after!.events.length).toBe(schedule.messages.length);
    for (const e of [...pregnancy!.events, ...after!.events]) {
      expect(Object.keys(e.message)).toContain(e.base_language);
      expect(e.message[e.base_language]).not.toMatch(/^\(\d+\/\d+\)/);
    }
    expect(exported.fields.map((f) => f.key)).toEqual(['edd', 'baby_birth_date']);
  });

  it('gives unique, version-5 UUIDs that are the same on every run', () => {
    const uuids = [...exported.campaigns.flatMap((c) => [c.uuid, c.group.uuid, ...c.events.map((e) => e.uuid)])];
    expect(new Set(uuids).size).toBe(uuids.length);
    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.stringify(rapidProExport(schedule))).toBe(JSON.stringify(exported));
    // RFC 4122 appendix vector (DNS namespace, "www.example.com").
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('keys messages by ISO 639-3 codes', () => {
    expect(['en', 'ru', 'pt-BR', 'swa', 'xx'].map(rapidProLanguage)).toEqual(['eng', 'rus', 'por', 'swa', 'und']);
  });
});
