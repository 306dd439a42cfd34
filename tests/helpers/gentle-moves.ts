// "Gentle moves": a small second-trimester document of numbered-step exercises, shared by the
// review-loop tests (withholding, revisions, sign-off). Each test puts in the sections it needs.

/** The document with the given exercise sections under its title. */
export function gentleMoves(...sections: string[]): string {
  return `---
title: Gentle moves
language: en
audience: [pregnancy]
stages: [trimester-2]
---

# Gentle moves

${sections.join('\n')}`;
}

/** An exercise whose second step asks the reader to hold her breath (a breath-hold warning). */
export const SEATED_SIDE_BEND = `## Seated side bend

1. Sit tall on a chair with your feet flat.
2. Lean slowly to one side and hold your breath at the top.
3. Come back to the middle and breathe out.
`;

/** A wall exercise with the given middle step. */
export const wallSlide = (step: string): string => `## Wall slide

1. Stand with your back against a wall.
2. ${step}
3. Breathe out as you rise.
`;

/** A seated exercise with nothing to flag. */
export const SEATED_MARCH = `## Seated march

1. Sit tall on a chair.
2. Lift one knee a little, then the other.
`;
