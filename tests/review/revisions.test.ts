// Revisions end to end through compile: a flagged step holds an exercise back; a revision of the
// sentence brings it back, checked by the same rules, with the source text and provenance kept;
// a revision whose original no longer exists is an error naming file:line and the record.
import { describe, expect, it } from 'vitest';
import { compileDocuments, messages } from '../helpers/compile-text.js';
import { gentleMoves, SEATED_SIDE_BEND } from '../helpers/gentle-moves.js';

const DOC = gentleMoves(SEATED_SIDE_BEND);
const ID = 'moves--seated-side-bend';

const revision = (original: string, replacement: string, field = 'steps/0'): string => `revisions:
  # A physiotherapist's correction
  - record: ${ID}
    field: ${field}
    original: "${original}"
    replacement: "${replacement}"
    reason: Breath holding raises pressure in the belly; breathing on is the safe cue.
    reviewer: A. Physio (PT)
    date: "2026-12-01"
`;

const md = (result: Awaited<ReturnType<typeof compileDocuments>>): string => String(result.outputs.find((o) => o.path === 'md/pregnancy.md')?.data ?? '');

describe('revisions', () => {
  it('hold a flagged exercise back, then bring it back when a revision replaces the sentence', async () => {
    const before = await compileDocuments({ 'moves.md': DOC }, { rulesDir: 'content/rules' });
    expect(before.dataset!.exercises.find((e) => e.id === ID)?.status).toBe('withheld');
    expect(md(before)).not.toContain('Seated side bend');

    const after = await compileDocuments({ 'moves.md': DOC }, {
      rulesDir: 'content/rules',
      revisions: { 'physio.yaml': revision('Lean slowly to one side and hold your breath at the top.', 'Lean slowly to one side and keep breathing.') },
    });
    expect(after.ok, messages(after).join('\n')).toBe(true);
    const exercise = after.dataset!.exercises.find((e) => e.id === ID)!;
    expect(exercise.status).toBe('published');
    expect(exercise.steps[0]).toBe('Lean slowly to one side and keep breathing.');
    expect(exercise.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(exercise.revisions).toEqual([{
      field: 'steps/0', original: 'Lean slowly to one side and hold your breath at the top.', replacement: 'Lean slowly to one side and keep breathing.',
      reason: expect.stringContaining('Breath holding'), reviewer: 'A. Physio (PT)', date: '2026-12-01', file: 'content/revisions/physio.yaml', line: 3,
    }]);
    expect(md(after)).toContain('Lean slowly to one side and keep breathing.');
    expect(md(after)).not.toMatch(/hold your breath/i);
  });

  it('check the replacement by the same rules: an unsafe replacement keeps the exercise held back', async () => {
    const result = await compileDocuments({ 'moves.md': DOC }, {
      rulesDir: 'content/rules',
      revisions: { 'r.yaml': revision('hold your breath at the top', 'stretch as far as you can') },
    });
    const exercise = result.dataset!.exercises.find((e) => e.id === ID)!;
    expect(exercise.steps[0]).toBe('Lean slowly to one side and stretch as far as you can.');
    expect(exercise.status).toBe('withheld');
    expect(exercise.withheldReasons!.join(' ')).toMatch(/overstretch/);
  });

  it('report a stale revision as an error naming file:line and the record, and write nothing', async () => {
    const result = await compileDocuments({ 'moves.md': DOC }, {
      rulesDir: 'content/rules',
      revisions: { 'old.yaml': revision('Lean to one side and hold your breath for ten seconds.', 'Lean to one side.') },
    });
    expect(result.ok).toBe(false);
    expect(result.outputs).toEqual([]);
    expect(messages(result)).toContainEqual(expect.stringMatching(
      new RegExp(`^content/revisions/old\\.yaml:3:1 stale-revision error Stale revision of \`${ID}\`: the original text “Lean to one side and hold your breath for ten seconds\\.” no longer exists in steps/0`)));
  });

  it('report a revision of a record that does not exist, and an invalid revision file at its line', async () => {
    const unknown = revision('x', 'y').replace(ID, 'moves--no-such-exercise');
    const result = await compileDocuments({ 'moves.md': DOC }, { rulesDir: 'content/rules', revisions: { 'a.yaml': unknown, 'b.yaml': 'revisions:\n  - record: moves--seated-side-bend\n    original: x\n' } });
    const all = messages(result);
    expect(all).toContainEqual(expect.stringMatching(/^content\/revisions\/a\.yaml:3:1 stale-revision error Stale revision: no record `moves--no-such-exercise`/));
    expect(all.some((m) => m.startsWith('content/revisions/b.yaml:2') && m.includes('revision-file error'))).toBe(true);
  });

  it('find the original in any field when no field is named, and keep the replacement of a whole field', async () => {
    const text = `revisions:
  - record: ${ID}
    original: Lean slowly to one side and hold your breath at the top.
    replacement: Lean slowly to one side, breathing in and out.
    reason: Safe breathing cue.
    reviewer: B. Midwife (RM)
    date: "2026-12-02"
`;
    const result = await compileDocuments({ 'moves.md': DOC }, { rulesDir: 'content/rules', revisions: { 'c.yaml': text } });
    const exercise = result.dataset!.exercises.find((e) => e.id === ID)!;
    expect(exercise.status).toBe('published');
    expect(exercise.revisions?.[0]).toMatchObject({ field: 'steps/0', line: 2, reviewer: 'B. Midwife (RM)' });
  });
});
