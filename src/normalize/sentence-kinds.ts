// Splits a labelled list of cues ("Markers: the movement is small, breathing is even, …").
// What each sentence of an exercise is for is decided by sentence-role.ts.
import type { Located } from '../model/types.js';

/** Splits "the movement is small, breathing is even, no pressure" into separate cues. */
export function splitList(text: Located): Located[] {
  const out: Located[] = [];
  let depth = 0;
  let start = 0;
  const value = text.value;
  const push = (end: number): void => {
    const raw = value.slice(start, end);
    const piece = raw.trim().replace(/[.;]+$/, '');
    if (piece) {
      const lead = raw.length - raw.trimStart().length;
      out.push({ value: piece, start: { line: text.start.line, column: text.start.column + start + lead } });
    }
  };
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';') && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(value.length);
  return out;
}
