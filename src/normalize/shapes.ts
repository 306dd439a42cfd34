// The registry of exercise shapes, tried in order: the first that reads a section wins.
// A new authoring shape is one file and one line here.
import type { ExerciseShape } from './drafts.js';
import { cardShape } from './shape-cards.js';
import { labelledShape } from './shape-labelled.js';
import { listItemShape } from './shape-list-items.js';
import { namedParagraphShape, proseShape } from './shape-prose.js';
import { stepsShape } from './shape-steps.js';

export const EXERCISE_SHAPES: readonly ExerciseShape[] = [labelledShape, cardShape, listItemShape, namedParagraphShape, stepsShape, proseShape];
