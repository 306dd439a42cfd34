// The handout's own words: titles, stage names, positions, dates and the short "how to use".
// Kept in one table so an editor can review every sentence we add to the sources' text.
import type { AdviceTopic, Audience, Position, Stage } from '../model/types.js';

export const HANDOUT_TITLES: Readonly<Record<Audience, { title: string; subtitle: string }>> = {
  pregnancy: {
    title: 'Exercises for back pain in pregnancy',
    subtitle: 'For pregnant people: gentle exercises for each trimester',
  },
  postpartum: {
    title: 'Exercises for back pain after birth',
    subtitle: 'For new mothers: gentle exercises for your back after giving birth',
  },
};

/** Heading of the exercises of one stage. */
export const STAGE_HEADINGS: Readonly<Record<Stage, string>> = {
  'trimester-1': 'Exercises for the first trimester',
  'trimester-2': 'Exercises for the second trimester',
  'trimester-3': 'Exercises for the third trimester',
  postpartum: 'Exercises after birth',
};

/** A stage in running text ("Stage: second trimester"). */
export const STAGE_NAMES: Readonly<Record<Stage, string>> = {
  'trimester-1': 'first trimester',
  'trimester-2': 'second trimester',
  'trimester-3': 'third trimester',
  postpartum: 'after birth',
};

export const POSITION_NAMES: Readonly<Record<Position, string>> = {
  standing: 'Standing',
  sitting: 'Sitting',
  kneeling: 'Kneeling',
  'all-fours': 'On hands and knees',
  'side-lying': 'Lying on your side',
  supine: 'Lying on your back',
  prone: 'Lying face down',
  mixed: 'Varies: see “Start”',
};

export const SECTION_TITLES = {
  howToUse: 'How to use this handout',
  whenToStop: 'When to stop and call your midwife or doctor',
  whoShouldNot: 'Who should not exercise',
  sources: 'Sources and attribution',
} as const;

/**
 * The advice a handout prints, by topic: `before` the exercises (how to exercise safely), or
 * `after` them (everyday care of the back).
 */
export const ADVICE_SECTIONS: ReadonlyArray<{ topic: AdviceTopic; title: string; place: 'before' | 'after' }> = [
  { topic: 'general-rules', title: 'How to exercise safely', place: 'before' },
  { topic: 'when-to-exercise', title: 'When and how often to exercise', place: 'before' },
  { topic: 'self-care', title: 'Everyday care for your back: posture, rest, lifting and moving', place: 'after' },
];

/** The heading of advice that had none in its source. */
export const ADVICE_UNTITLED = 'More advice';

export const LABELS = {
  alsoCalled: 'Also called',
  similarTo: 'Similar to',
  stage: 'Stage',
  position: 'Position',
  equipment: 'You need',
  noEquipment: 'Nothing',
  varies: 'Varies',
  howMuch: 'How much',
  avoidAfter: 'Stop after',
  startingPosition: 'Start',
  steps: 'What to do',
  cues: 'What it should feel like',
  cautions: 'Be careful',
  caution: 'Take care',
} as const;

export const HOW_TO_USE: Readonly<Record<Audience, readonly string[]>> = {
  pregnancy: [
    'Talk to your midwife or doctor before you start, and show them this handout if you are unsure.',
    'Choose the exercises for your stage of pregnancy. Start with the smaller number of repeats and build up slowly.',
    'Move slowly, breathe evenly and keep to what feels comfortable. Exercise should not hurt.',
    'Read the next section first: it lists the signs that mean you should stop.',
  ],
  postpartum: [
    'Talk to your midwife or doctor before you start, especially after a caesarean birth, stitches or a difficult birth.',
    'Start with the smaller number of repeats and build up slowly over the weeks.',
    'Move slowly, breathe evenly and keep to what feels comfortable. Exercise should not hurt.',
    'Read the next section first: it tells you when to stop.',
  ],
};

/** Added to "how to use" when the handout has caution boxes. */
export const HOW_TO_USE_CAUTIONS = 'A box marked “Take care” tells you how to do that exercise safely.';

/** Lead-in of the combined lists of warning signs and contraindications. */
export const SAFETY_LEADS = {
  whenToStop: 'Stop exercising and call your midwife or doctor if you notice any of these:',
  whoShouldNot: 'Do not exercise, and ask your midwife or doctor for advice, if any of these apply to you:',
  /** Before the signs the quoted sources add to the house list. */
  moreWarningSigns: 'The sources of this handout also say to stop if you notice any of these:',
  moreContraindications: 'The sources of this handout also list these reasons not to exercise without advice:',
  /** When the sources give no warning signs for this audience. */
  noWarningSigns: 'The sources of this handout do not list warning signs for this stage. Stop any exercise that hurts or makes you feel unwell, and call your midwife or doctor.',
  noContraindications: 'The sources of this handout do not list conditions for this stage. If you have a health condition, had complications, or are unsure, ask your midwife or doctor before you start.',
} as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-11-22` → `22 November 2026` in English; other languages keep the ISO date. */
export function formatDate(date: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || !/^en\b/i.test(lang)) return date;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

export function editionLine(version: string, date: string, lang: string): string {
  return `Version ${version}, ${formatDate(date, lang)}`;
}
