// Diagnostics are vfile messages: a place (line:column), a rule id and a source, gathered per file.
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point } from '../model/types.js';

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** The source name every message of this tool carries (`source` in vfile terms). */
export const SOURCE = 'guidance';

export interface DiagnosticOptions {
  ruleId: string;
  severity: DiagnosticSeverity;
  place?: Point | { start: Point; end?: Point };
  /** What the author should do about it. */
  note?: string;
  /** Extra data kept with the message (for reports). */
  data?: Record<string, unknown>;
}

/**
 * Adds a message to a file. vfile calls an error a `fatal` message, a warning `fatal: false`
 * and an info message `fatal: undefined`; we keep that mapping so any unified reporter works.
 */
export function report(file: VFile, reason: string, options: DiagnosticOptions): VFileMessage {
  const place = options.place && 'start' in options.place
    ? { start: options.place.start, end: options.place.end ?? options.place.start }
    : options.place;
  const message = file.message(reason, { place, ruleId: options.ruleId, source: SOURCE });
  message.fatal = options.severity === 'error' ? true : options.severity === 'warning' ? false : undefined;
  if (options.note) message.note = options.note;
  if (options.data) Object.assign(message, { data: options.data });
  return message;
}

export function severityOf(message: VFileMessage): DiagnosticSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

/** Creates a vfile for a path given relative to the working directory, for messages only. */
export function fileFor(path: string, value?: string): VFile {
  return new VFile({ path, value });
}
