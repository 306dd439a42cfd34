// A table row may name an exercise and say how much ("Pelvic clock | 5 each way | ☐ ☐ ☐") while
// the steps are told elsewhere in the document, under the same name. The row's amount joins that
// exercise when its steps give none. A workout card lists some moves by name and amount alone
// ("**Marching on the spot** – 2 min" among moves that are taught): in a document that teaches
// at least two exercises, such a row is an exercise whose one step is its name, as the source
// gives it. Elsewhere a row whose steps are told nowhere is not an exercise (the dataset requires
// steps) and goes back to its section's advice, so nothing is lost.
import type { Block } from '../read/sections.js';
import { nameKey as key, type ExerciseDraft, type ShapeResult } from './drafts.js';

/** A programme's pauses, by the words that open them: "Rest – 60 seconds", "Break: 2 min". */
export const PAUSE_WORDS = String.raw`rest|break|pause|recover(?:y)?`;
/** Rows of a programme that are not moves: rests, breaks, water, the programme's own parts. */
const PAUSE = new RegExp(String.raw`^(?:${PAUSE_WORDS}|water(?: break)?|drink|repeat|total|round \d+|set \d+|warm[- ]?up|cool[- ]?down|finisher|circuit)\b`, 'i');

/** Settles the stepless rows of every section of a document (results in document order). */
export function settleStepless(results: readonly ShapeResult[]): ShapeResult[] {
  if (!results.some((result) => result.exercises.some((draft) => draft.steps.length === 0))) return [...results];
  const taught = results.reduce((n, result) => n + result.exercises.filter((draft) => draft.steps.length > 0).length, 0);
  const told = new Map<string, { draft: ExerciseDraft; result: ShapeResult }>();
  for (const result of results) {
    for (const draft of result.exercises) if (draft.steps.length > 0 && !told.has(key(draft.name.value))) told.set(key(draft.name.value), { draft, result });
  }
  return results.map((result) => {
    const rest: Block[] = [...result.rest];
    for (const row of result.exercises.filter((draft) => draft.steps.length === 0)) {
      const target = told.get(key(row.name.value));
      if (target) {
        // The steps' own amount, when they give one, is the fuller statement.
        if (target.draft.dosage.length === 0) target.draft.dosage.push(...row.dosage);
        if (!target.draft.startingPosition && row.startingPosition) target.draft.startingPosition = row.startingPosition;
        // What the row set aside for the report goes with the exercise it joins, so nothing is lost.
        if (row.furniture) (target.draft.furniture ??= []).push(...row.furniture);
        if (row.pictures) (target.draft.pictures ??= []).push(...row.pictures);
        // The row's place joins the record's span only within one section.
        if (target.result === result) target.draft.nodes.push(...row.nodes);
      } else if (taught >= 2 && !PAUSE.test(row.name.value.trim())) {
        row.steps.push({ ...row.name });
      } else {
        rest.push(...row.nodes.map((node) => ({ node: node as Block['node'], directives: [] })));
      }
    }
    return { exercises: result.exercises.filter((draft) => draft.steps.length > 0), rest };
  });
}
