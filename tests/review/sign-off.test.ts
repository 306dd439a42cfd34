// Sign-off end to end through compile: approvals by hash, a text change after approval makes the
// record unapproved again, --require-review keeps unapproved records out of reader outputs, the
// draft notice is in every handout and tips.json until every printed record is approved, and
// `guidance review` lists what needs review with file:line, why and hash.
import { describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/pipeline/compile.js';
import { reviewList } from '../../src/review/review-list.js';
import { reviewText } from '../../src/review/review-text.js';
import { DRAFT_NOTICE } from '../../src/review/sign-off.js';
import { compileDocuments, messages } from '../helpers/compile-text.js';
import { gentleMoves, SEATED_MARCH, wallSlide } from '../helpers/gentle-moves.js';
import { pageTexts, readPdf, squash } from '../handout/helpers.js';

const doc = (step: string): string => gentleMoves(wallSlide(step), SEATED_MARCH);
const SLIDE = 'moves--wall-slide';
const MARCH = 'moves--seated-march';

const output = (result: CompileResult, path: string): string => String(result.outputs.find((o) => o.path === path)?.data ?? '');

function approvals(result: CompileResult, ids: readonly string[]): string {
  const records = [...result.dataset!.exercises, ...result.dataset!.advice];
  return `approvals:\n${ids.map((id) => `  - record: ${id}\n    hash: "${records.find((r) => r.id === id)!.review!.hash}"\n    reviewer: Dr C. Linician (obstetrician)\n    date: "2026-12-03"\n`).join('')}`;
}

const compileWith = (step: string, reviews?: string, requireReview = false): Promise<CompileResult> =>
  compileDocuments({ 'moves.md': doc(step) }, { rulesDir: 'content/rules', ...(reviews !== undefined ? { reviews } : {}), ...(requireReview ? { requireReview } : {}) });

describe('clinical sign-off', () => {
  it('marks every record unapproved, with a hash, and prints the draft notice in each handout, PDF page and tips.json', async () => {
    const result = await compileWith('Slide down a little, then come back up.');
    expect(result.ok).toBe(true);
    for (const record of [...result.dataset!.exercises, ...result.dataset!.advice]) expect(record.review).toEqual({ status: 'unapproved', hash: expect.stringMatching(/^sha256:[0-9a-f]{16}$/) });
    expect(output(result, 'md/pregnancy.md')).toContain(`**${DRAFT_NOTICE}**`);
    // Every page of the PDF carries it (at the top, and on the title page in the tagged text too).
    const pdf = await readPdf(result.outputs.find((o) => o.path === 'pdf/pregnancy.pdf')!.data);
    expect(pdf.pages.length).toBeGreaterThan(2);
    pdf.pages.forEach((items, i) => expect(squash(items.map((item) => item.text).join('')), `page ${i + 1}`).toContain(squash(DRAFT_NOTICE)));
    expect(pageTexts(pdf)[0]).toContain(squash(`${DRAFT_NOTICE}. A clinician has approved 0 of the`));
    const tips = JSON.parse(output(result, 'sms/tips.json')) as { review: { draft: boolean; notice: string } };
    expect(tips.review).toMatchObject({ draft: true, notice: DRAFT_NOTICE });
  });

  it('approves records by hash; with every printed record approved the draft notice goes', async () => {
    const first = await compileWith('Slide down a little, then come back up.');
    const ids = [...first.dataset!.exercises, ...first.dataset!.advice].filter((r) => r.status === 'published').map((r) => r.id);
    const second = await compileWith('Slide down a little, then come back up.', approvals(first, ids));
    expect(second.ok, messages(second).join('\n')).toBe(true);
    expect(second.dataset!.exercises.find((e) => e.id === SLIDE)!.review).toMatchObject({ status: 'approved', reviewer: 'Dr C. Linician (obstetrician)', date: '2026-12-03' });
    expect(output(second, 'md/pregnancy.md')).not.toContain(DRAFT_NOTICE);
    expect(JSON.parse(output(second, 'sms/tips.json')).review).toEqual({ draft: false, approved: ids.length, records: ids.length });
  });

  it('makes an approved record unapproved when its text changes, and lists it as changed', async () => {
    const first = await compileWith('Slide down a little, then come back up.');
    const reviews = approvals(first, [SLIDE, MARCH]);
    const changed = await compileWith('Slide down a long way, then come back up.', reviews);
    const slide = changed.dataset!.exercises.find((e) => e.id === SLIDE)!;
    expect(slide.review).toMatchObject({ status: 'changed', approvedHash: first.dataset!.exercises.find((e) => e.id === SLIDE)!.review!.hash });
    expect(slide.review!.hash).not.toBe(slide.review!.approvedHash);
    expect(changed.dataset!.exercises.find((e) => e.id === MARCH)!.review!.status).toBe('approved');
    expect(output(changed, 'md/pregnancy.md')).toContain(DRAFT_NOTICE);
    const text = reviewText(reviewList(changed.dataset!, (file) => `content/${file}`));
    expect(text).toMatch(/Changed since approval — read again \(1\)\n {2}moves--wall-slide {2}\(exercise “Wall slide”\)\n {4}where: content\/moves\.md:10\n {4}why: {3}its reader text changed since Dr C\. Linician \(obstetrician\) approved it on 2026-12-03/);
    expect(text).toContain('step 1: Slide down a long way, then come back up.');
    expect(text).toContain(`hash:  ${slide.review!.hash}`);
  });

  it('keeps unapproved records out of every reader output with --require-review, and says why', async () => {
    const first = await compileWith('Slide down a little, then come back up.');
    const result = await compileWith('Slide down a little, then come back up.', approvals(first, [MARCH]), true);
    expect(result.ok).toBe(true);
    const slide = result.dataset!.exercises.find((e) => e.id === SLIDE)!;
    expect(slide.status).toBe('withheld');
    expect(slide.withheldReasons).toEqual([expect.stringMatching(/^Not clinically approved/)]);
    expect(result.dataset!.exercises.find((e) => e.id === MARCH)!.status).toBe('published');
    const md = output(result, 'md/pregnancy.md');
    expect(md).toContain('Seated march');
    expect(md).not.toContain('Wall slide');
    expect(output(result, 'sms/tips.txt')).not.toMatch(/wall slide/i);
    const report = JSON.parse(output(result, 'report.json')) as { withheld: Array<{ record: string }>; summary: { exercises: { withheld: number } } };
    expect(report.withheld.map((w) => w.record)).toContain(SLIDE);
    expect(report.summary.exercises.withheld).toBe(1);
  });

  it('warns about an approval of a record that no longer exists, at its file:line', async () => {
    const result = await compileWith('Slide down a little, then come back up.', 'approvals:\n  - record: moves--gone\n    hash: "sha256:0123456789abcdef"\n    reviewer: X\n    date: "2026-12-01"\n');
    expect(messages(result)).toContainEqual(expect.stringMatching(/^content\/reviews\.yaml:2:1 stale-approval warning Approval of `moves--gone`/));
  });
});
