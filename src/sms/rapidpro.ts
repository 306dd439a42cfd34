/**
 * The schedule as a RapidPro / TextIt definitions export (version 13) that a
 * programme imports: one campaign per timeline, each a group of contacts and
 * message events at offsets in weeks from a contact date field, the expected
 * delivery date in pregnancy and the baby's birth date after it.
 *
 * Format read from nyaruka/rapidpro:
 * - temba/campaigns/models.py (`Campaign.import_campaigns`, `as_export_def`,
 *   `CampaignEvent`): a campaign is `uuid`, `name`, `group` {uuid, name},
 *   `events`; an event is `uuid`, `offset` (negative: before the date),
 *   `unit` (M, H, D, W), `event_type` (M: a message, F: a flow),
 *   `delivery_hour` (-1 or 0-23), `message` (language code → text),
 *   `relative_to` {key, label}, `start_mode` (I, S, P) and, for a message,
 *   `base_language`; the importer creates the date field from key and label.
 * - media/test_flows/campaign_import_with_translations.json and
 *   media/test_flows/the_clinic.json: the top level `version` "13", `site`,
 *   `flows`, `campaigns`, `triggers`; message keys are ISO 639-3 ("eng").
 * The top-level `fields` ({key, name, type}) and `groups` ({uuid, name,
 * query}) lists follow newer exports; the campaign importer does not need them.
 *
 * Week offsets: pregnancy week w (gestational age w+0 to w+6) is w - 40 weeks
 * from the expected delivery date; week n after birth is n - 1 weeks from the
 * birth date. A message event holds the whole tip: the SMS channel joins a
 * multi-part text into one concatenated message, so no "(i/n)" markers.
 * UUIDs are name-based (RFC 4122 version 5) from a fixed namespace: the same
 * schedule gives the same file.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { iso6393 } from 'iso-639-3';
import type { Schedule, ScheduledMessage } from './schedule.js';

/** Namespace of every UUID in the export (a v4 UUID drawn once for this project). */
export const EXPORT_NAMESPACE = '6f1c0c8e-2f4e-4d7a-9a53-0b8e3c6d2a41';

/** A name-based UUID, RFC 4122 version 5 (SHA-1) in {@link EXPORT_NAMESPACE}. */
export function uuidV5(name: string, namespace = EXPORT_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const BY_ISO1 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6391!, l.iso6393]));
const ISO3 = new Set(iso6393.map((l) => l.iso6393));

/** RapidPro's language key: ISO 639-3 from a BCP 47 tag ("en", "pt-BR" → "eng", "por"); "und" when unknown. */
export function rapidProLanguage(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return BY_ISO1.get(primary) ?? (ISO3.has(primary) ? primary : 'und');
}

/** The contact field and group of each timeline. */
export const TIMELINES = Object.freeze({
  pregnancy: { campaign: 'Back care in pregnancy', group: 'Back care: pregnant', field: { key: 'edd', label: 'Expected Delivery Date' }, offset: (week: number) => week - 40 },
  postpartum: { campaign: 'Back care after birth', group: 'Back care: new mothers', field: { key: 'baby_birth_date', label: 'Baby Birth Date' }, offset: (week: number) => week - 1 },
});

/** One event of a message. */
function event(message: ScheduledMessage, hour: number): Record<string, unknown> {
  const timeline = TIMELINES[message.timeline];
  const language = rapidProLanguage(message.language);
  return {
    uuid: uuidV5(`event:${message.timeline}:${message.week}:${message.slot}:${message.tip}`),
    offset: timeline.offset(message.week),
    unit: 'W',
    event_type: 'M',
    delivery_hour: hour,
    message: { [language]: message.text },
    relative_to: { label: timeline.field.label, key: timeline.field.key },
    start_mode: 'P',
    base_language: language,
  };
}

/** The export as a value (two-space JSON of it is rapidpro.json). */
export function rapidProExport(schedule: Schedule, site = 'https://app.rapidpro.io'): Record<string, unknown> {
  const timelines = (['pregnancy', 'postpartum'] as const).filter((t) => schedule.messages.some((m) => m.timeline === t));
  const group = (t: keyof typeof TIMELINES) => ({ uuid: uuidV5(`group:${TIMELINES[t].group}`), name: TIMELINES[t].group });
  return {
    version: '13',
    site,
    flows: [],
    campaigns: timelines.map((t) => ({
      uuid: uuidV5(`campaign:${TIMELINES[t].campaign}`),
      name: TIMELINES[t].campaign,
      group: group(t),
      events: schedule.messages.filter((m) => m.timeline === t).map((m) => event(m, schedule.settings.deliveryHour)),
    })),
    triggers: [],
    fields: timelines.map((t) => ({ key: TIMELINES[t].field.key, name: TIMELINES[t].field.label, type: 'datetime' })),
    groups: timelines.map((t) => ({ ...group(t), query: null })),
  };
}
