// Every handout carries complete "When to stop" and "Who should not exercise" sections, from the
// project's house documents (content/house), cited, first and as written; what the quoted sources
// add comes after, without repeats.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandouts, type Handout, type Section } from '../../src/handout/index.js';
import { hasSafetyList } from '../../src/handout/safety.js';
import { SAFETY_LEADS } from '../../src/handout/words.js';
import { handoutMarkdown } from '../../src/write/markdown/markdown-writer.js';
import { renderHandoutPdf } from '../../src/write/pdf/render.js';
import { clone, pageTexts, readPdf, realContent, squash, type RealContent } from './helpers.js';

let real: RealContent;
let handouts: Handout[];

beforeAll(async () => {
  real = await realContent();
  handouts = buildHandouts(real.dataset, real.config);
});

const section = (handout: Handout, id: string): Section => handout.sections.find((s) => s.id === id)!;
const listItems = (s: Section): string[] => s.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text.toLowerCase()) : []));

describe('safety sections', () => {
  it('are in every handout, each with a list, and never the fallback sentence', async () => {
    expect(handouts.map((h) => h.id)).toEqual(['pregnancy', 'after-birth']);
    for (const handout of handouts) {
      for (const id of ['when-to-stop', 'who-should-not']) {
        const s = section(handout, id);
        expect(hasSafetyList(s), `${handout.id} ${id}`).toBe(true);
        const texts = JSON.stringify(s);
        expect(texts).not.toContain(SAFETY_LEADS.noWarningSigns);
        expect(texts).not.toContain(SAFETY_LEADS.noContraindications);
      }
      const pdf = squash(pageTexts(await readPdf(await renderHandoutPdf(handout, 'a4'))).join(' '));
      const md = handoutMarkdown(handout);
      for (const title of ['When to stop', 'Who should not exercise']) {
        expect(pdf).toContain(squash(title));
        expect(md).toContain(`## ${title}`);
      }
    }
  });

  it('name the key warning signs and contraindications of the guidelines for each audience', () => {
    const [pregnancy, after] = handouts as [Handout, Handout];
    const stop = listItems(section(pregnancy, 'when-to-stop')).join('\n');
    for (const sign of [/bleeding/, /fluid leaking/, /contractions/, /dizzy/, /chest/, /short of breath/, /headache/, /calf/]) expect(stop).toMatch(sign);
    const not = listItems(section(pregnancy, 'who-should-not')).join('\n');
    for (const condition of [/cervix/, /waters have broken/, /labour has started early/, /placenta praevia/, /pre-eclampsia/, /three or more babies/]) expect(not).toMatch(condition);
    const afterStop = listItems(section(after, 'when-to-stop')).join('\n');
    for (const sign of [/chest/, /breathing/, /seizure/, /hurting yourself/, /soaks a pad/, /not healing/, /leg/, /38 degrees/, /headache/]) expect(afterStop).toMatch(sign);
    expect(listItems(section(after, 'who-should-not')).join('\n')).toMatch(/caesarean/);
  });

  it('cite the guidelines, and name the house documents as written from them in the sources', () => {
    for (const handout of handouts) {
      expect(JSON.stringify(section(handout, 'when-to-stop'))).toMatch(/\((?:2018|2019|2020)\)/);
      expect(JSON.stringify(handout.sections.at(-1))).toMatch(/Written for this handout in plain words from: [^"]*ACOG Committee Opinion 804/);
    }
  });

  it('fall back to our own sentence when no document lists signs, so the section is never missing', () => {
    const dataset = clone(real.dataset);
    dataset.advice = dataset.advice.filter((a) => a.topic !== 'warning-signs');
    const s = section(buildHandouts(dataset, real.config)[1]!, 'when-to-stop');
    expect(hasSafetyList(s)).toBe(false);
    expect(JSON.stringify(s)).toContain(SAFETY_LEADS.noWarningSigns);
  });

  it('print the house list first, then only what the sources add', () => {
    const s = section(handouts[0]!, 'when-to-stop');
    const lists = s.blocks.filter((b) => b.kind === 'list');
    expect(lists.length).toBe(2);
    expect(lists[0]!.kind === 'list' && lists[0]!.items[0]!.source).toMatch(/^house-pregnancy-safety--/);
    const all = listItems(s);
    expect(new Set(all).size).toBe(all.length);
  });
});
