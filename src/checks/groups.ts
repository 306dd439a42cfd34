// The same exercise told by different sources ("Cat-Cow on all fours", "Good cat / bad cat",
// "Marjariasana (cat)") is not duplicate text, but one exercise with variants: records get a
// shared `group` and each other's names as aliases.
import type { Exercise } from '../model/types.js';
import { slugify } from '../normalize/ids.js';

export interface ExerciseGroupSpec {
  id: string;
  names: string[];
}

function normal(name: string): string {
  return slugify(name, 20).split('-').map((w) => w.replace(/(?<=[a-z]{3})s$/, '')).join(' ');
}

function matches(spec: ExerciseGroupSpec, exercise: Exercise): boolean {
  const names = [exercise.name, ...exercise.aliases].map(normal);
  return spec.names.map(normal).some((term) => names.some((name) =>
    name === term || (term.includes(' ') && ` ${name} `.includes(` ${term} `))));
}

/**
 * Assigns groups: first from the vocabulary, then exercises in different documents that share a
 * name. Only groups with two or more members are kept. Mutates the exercises.
 */
export function groupExercises(exercises: readonly Exercise[], vocabulary: readonly ExerciseGroupSpec[]): Map<string, Exercise[]> {
  const groups = new Map<string, Exercise[]>();
  const assigned = new Set<Exercise>();
  for (const spec of vocabulary) {
    const members = exercises.filter((e) => !assigned.has(e) && matches(spec, e));
    if (members.length < 2) continue;
    groups.set(spec.id, members);
    members.forEach((e) => assigned.add(e));
  }
  const byName = new Map<string, Exercise[]>();
  for (const e of exercises) {
    if (assigned.has(e)) continue;
    const key = slugify(e.name, 20);
    if (key) byName.set(key, [...(byName.get(key) ?? []), e]);
  }
  for (const [key, members] of byName) {
    if (new Set(members.map((e) => e.source.document)).size < 2 || groups.has(key)) continue;
    groups.set(key, members);
  }
  for (const [id, members] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const e of members) {
      e.group = id;
      const others = members.filter((m) => m !== e).map((m) => m.name).filter((name) => name !== e.name);
      e.aliases = [...new Set([...e.aliases, ...others])];
    }
  }
  return groups;
}
