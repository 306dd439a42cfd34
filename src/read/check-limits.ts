// Checks a decoded document against LIMITS before parsing; reports the first bound it breaks.
import type { VFile } from 'vfile';
import { report } from '../report/diagnostics.js';
import { LIMITS, lineNesting } from './limits.js';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Returns false (after reporting) when a document of this many bytes is too large to read. */
export function withinSize(bytes: number, file: VFile): boolean {
  if (bytes <= LIMITS.documentBytes) return true;
  report(file, `Document is ${(bytes / 1048576).toFixed(1)} MB, expected at most ${LIMITS.documentBytes / 1048576} MB`, {
    ruleId: 'document-too-large', severity: 'error', place: { line: 1, column: 1 },
    note: 'Split it into several documents; a guidance article is usually under 50 kB.',
  });
  return false;
}

/** Returns false (after reporting) when the document is over a bound and must not be parsed. */
export function withinLimits(text: string, file: VFile): boolean {
  let line = 1;
  let start = 0;
  // Front matter is YAML, bounded on its own (read/yaml-data.ts); the markdown bounds start after it.
  const frontMatterEnd = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(text)?.[0].length ?? 0;
  let items = 0;
  let brackets = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const length = stop - start;
    if (length > LIMITS.lineChars) {
      report(file, `Line is ${length} characters long, expected at most ${LIMITS.lineChars}`, {
        ruleId: 'line-too-long', severity: 'error', place: { line, column: 1 }, note: 'Break the text into paragraphs.',
      });
      return false;
    }
    const prefix = text.slice(start, Math.min(stop, start + 4 * LIMITS.nestingDepth + 16));
    const depth = lineNesting(prefix);
    if (depth > LIMITS.nestingDepth) {
      report(file, `Lists or block quotes nested ${depth} deep, expected at most ${LIMITS.nestingDepth}`, {
        ruleId: 'nesting-too-deep', severity: 'error', place: { line, column: 1 }, note: 'Flatten the nesting; guidance needs at most two or three levels.',
      });
      return false;
    }
    // Any line that starts a list item, however deeply it is indented or quoted.
    if (/^[\s>]*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(prefix)) items += 1;
    // Brackets per block (a blank line ends a block).
    if (start < frontMatterEnd || length === 0 || /^\s*$/.test(text.slice(start, stop))) brackets = 0;
    else brackets += countChar(text, '[', start, stop);
    if (brackets > LIMITS.bracketsPerBlock) {
      report(file, `More than ${LIMITS.bracketsPerBlock} \`[\` in one paragraph, expected fewer`, {
        ruleId: 'too-many-brackets', severity: 'error', place: { line, column: 1 },
        note: 'Unclosed link brackets make the document slow to read; remove them or escape them as \\[.',
      });
      return false;
    }
    if (items > LIMITS.listItems) {
      report(file, `More than ${LIMITS.listItems} list items, expected fewer`, {
        ruleId: 'too-many-items', severity: 'error', place: { line, column: 1 }, note: 'Split the document.',
      });
      return false;
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  const bidi = BIDI_CONTROLS.exec(text);
  if (bidi) {
    const before = text.slice(0, bidi.index);
    const at = { line: before.split('\n').length, column: bidi.index - before.lastIndexOf('\n') };
    report(file, `Unexpected bidirectional control character U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, expected none (it can hide or reorder text)`, {
      ruleId: 'bidi-control', severity: 'warning', place: at, note: 'Remove it; right-to-left text needs no control characters.',
    });
  }
  return true;
}

function countChar(text: string, char: string, start: number, stop: number): number {
  let count = 0;
  for (let i = text.indexOf(char, start); i !== -1 && i < stop; i = text.indexOf(char, i + 1)) count += 1;
  return count;
}
