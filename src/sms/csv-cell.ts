/**
 * One CSV cell, RFC 4180, safe to open in a spreadsheet. A cell that a
 * spreadsheet would read as a formula (it begins with `=`, `+`, `-` or `@`,
 * or with a tab or carriage return that some programs skip before them) gets
 * a leading `'` (the OWASP "CSV injection" advice): the cell shows as text and
 * nothing runs. SMS platforms import the file; a tip text never needs to start
 * with those marks, so nothing a reader gets is lost.
 *
 * @module
 */

/** First characters a spreadsheet takes as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell's text with a `'` before a formula start; numbers pass as they are. */
export function neutralise(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, then quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: string | number): string {
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
