// A table row may name an exercise and say how much ("Pelvic clock | 5 each way | ☐ ☐ ☐") while
// the steps are told elsewhere in the document, under the same name. The row's amount joins that
// exercise when its steps give none; a row whose steps are told nowhere is not an exercise (the
// dataset requires steps) and goes back to its section's advice, so nothing is lost.
import type { Block } from '../read/sections.js';
import { nameKey as key, type ExerciseDraft, type ShapeResult } from './drafts.js';

/** Settles the stepless rows of every section of a document (results in document order). */
export function settleStepless(results: readonly ShapeResult[]): ShapeResult[] {
  if (!results.some((result) => result.exercises.some((draft) => draft.steps.length === 0))) return [...results];
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
        // The row's place joins the record's span only within one section.
        if (target.result === result) target.draft.nodes.push(...row.nodes);
      } else {
        rest.push(...row.nodes.map((node) => ({ node: node as Block['node'], directives: [] })));
      }
    }
    return { exercises: result.exercises.filter((draft) => draft.steps.length > 0), rest };
  });
}
