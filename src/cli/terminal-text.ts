// Content reaches the reports (file names, quoted text in messages). On a terminal or in a CI
// log its control characters must not act: ESC starts colour and cursor sequences, BEL rings, a
// newline starts a line that CI reads as a workflow command (`::error …`), bidirectional controls
// reorder what is shown. Each is shown as a visible escape instead.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escapeOne = (ch: string): string => NAMED[ch] ?? `\\u${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** One line of text: every control character (newlines and tabs too) shown as an escape. */
export function terminalLine(text: string): string {
  return text.replace(/[\n\r\t]/g, escapeOne).replace(CONTROLS, escapeOne);
}

/**
 * Text of several lines (a note): newlines kept, every other control shown as an escape, and a
 * line that would begin with `::` (a workflow command) shown with its first colon escaped.
 */
export function terminalLines(text: string): string {
  return text.replace(/\r/g, escapeOne).replace(/\t/g, escapeOne).replace(CONTROLS, escapeOne).replace(/^(\s*):(?=:)/gm, '$1\\:');
}
