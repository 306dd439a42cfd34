// Warning flags as the reader sees them: the flagged sentence is left out, and one short
// reader-facing sentence per rule id is shown in a "Take care" box instead. The rule's own message is written for editors
// ("Offer a side-lying version…"); these sentences are written for the person exercising.
import type { GuidanceRecord } from '../model/types.js';
import { own } from './text.js';
import type { Caution } from './types.js';
import { LABELS } from './words.js';

export const READER_CAUTIONS: Readonly<Record<string, string>> = {
  // positions.yaml
  supine: 'Lying on your back: if you feel dizzy, light-headed or unwell, roll onto your side.',
  prone: 'Lying face down: stop if it presses on your bump or feels uncomfortable, and do the exercise on your side or on hands and knees instead.',
  'deep-twist': 'Twisting: turn gently from your upper back, keep the twist small and do not squeeze your belly.',
  overstretch: 'Stretch only as far as feels comfortable. Your joints are looser now, so do not push to your limit.',
  inversion: 'Head lower than your hips: come out of the position slowly and stop if you feel dizzy.',
  'breath-hold': 'Keep breathing evenly throughout. Do not hold your breath.',
  'abdominal-pressure': 'Leave room for your bump: do not press or lean on your belly.',
  'lumbar-overarch': 'Keep your lower back long and your belly gently drawn in; do not let it sag or arch deeply.',
  'pelvic-girdle-load': 'Keep your feet about hip-width apart and hold on to something for balance; stop if your pelvis hurts.',
  // environment.yaml
  'hot-environment': 'Exercise somewhere cool and airy, drink water and avoid getting overheated.',
  'heat-on-abdomen': 'Do not put heat packs or hot water bottles on your bump.',
  'contact-or-fall-risk': 'Avoid anything where you could fall or be knocked into.',
  scuba: 'Do not scuba dive while pregnant.',
  // claims.yaml
  abortifacient: 'Nothing in this handout is meant to end a pregnancy. If you are worried, call your midwife or doctor.',
  'weight-loss-pregnancy': 'Pregnancy is not a time to diet to lose weight. Ask your midwife about healthy eating.',
  'absolute-safety': 'No exercise is right for everyone. Check with your midwife or doctor, and stop if anything hurts.',
  'cure-guarantee': 'Exercise can ease back pain for many people, but it is not a cure and results vary.',
  'outcome-overclaim': 'Claims about labour, your baby or breast milk are not proven. Exercise helps with comfort, fitness and mood.',
  'insufficient-activity': 'Aim for about 150 minutes of moderate activity a week, such as a brisk 30-minute walk on five days.',
  // postpartum.yaml
  'early-postpartum-load': 'In the first weeks after birth, start gently and ask your midwife or doctor when you can do more.',
  'caesarean-load': 'After a caesarean birth, ask your midwife or doctor before you do this exercise.',
  'diastasis-absolute-claim': 'If your tummy muscles have separated, ask a physiotherapist which exercises suit you.',
  'postpartum-twist': 'After the birth, keep twists gentle, do not push them with your hands, and ask your midwife when you can do more.',
  // stop-signs.yaml
  'stop-sign-dismissed': 'Pain, bleeding, dizziness or leaking fluid are never normal during exercise: stop and call your midwife or doctor.',
  'contraindication-override': 'If your midwife or doctor has told you not to exercise, follow their advice.',
  'work-to-exhaustion': 'Work at a pace where you can still talk, and stop before you are exhausted.',
  'weakened-contraindication': 'Bleeding, leaking fluid, a low-lying placenta or high blood pressure mean: ask your midwife or doctor before exercising.',
  // reader.yaml
  'picture-reference': 'Follow the words of each step; this handout has no pictures.',
  // language check (an error: such text is never printed, this is for completeness)
  'foreign-language': 'Part of the source text was in another language and has been left out.',
};

export const FALLBACK_CAUTION = 'Take extra care with this exercise, and ask your midwife or doctor if you are unsure.';

export function readerCaution(rule: string): string {
  return READER_CAUTIONS[rule] ?? FALLBACK_CAUTION;
}

/**
 * The caution boxes of a record: one per rule among its unresolved warning flags on the fields the
 * handout shows, in flag order. The flagged sentence itself is never printed (published.ts), so a
 * box holds only our own safe sentence about what to do.
 */
export function cautionsFor(record: GuidanceRecord, shownField: (field: string) => boolean): Caution[] {
  const boxes = new Map<string, Caution>();
  for (const flag of record.flags) {
    if (flag.resolution || flag.severity !== 'warning') continue;
    if (flag.field !== undefined && !shownField(flag.field)) continue;
    if (boxes.has(flag.rule)) continue;
    boxes.set(flag.rule, {
      kind: 'caution',
      label: own(LABELS.caution, 'caution'),
      text: own(readerCaution(flag.rule), `caution:${flag.rule}`),
      rule: flag.rule,
    });
  }
  return [...boxes.values()];
}
