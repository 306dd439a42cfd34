// Diagnostics are vfile messages: a place (line:column), a rule id and a source, gathered per file.
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point } from '../model/types.js';

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** The source of messages about content that cannot be compiled (these fail a build). */
export const SOURCE = 'guidance';
/** The source of findings on content that compiles (flags, duplicates, boilerplate): a build
 * succeeds with them, flagged text is withheld, and `--fail-on` decides whether they fail CI. */
export const FINDING_SOURCE = 'guidance-check';

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
export function report(file: VFile, reason: string, options: DiagnosticOptions, source = SOURCE): VFileMessage {
  const place = options.place && 'start' in options.place
    ? { start: options.place.start, end: options.place.end ?? options.place.start }
    : options.place;
  // A message is an Error; capturing a stack trace for each of thousands of findings is the
  // costliest part of making one, and nobody reads it.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: VFileMessage;
  try {
    message = file.message(reason, { place, ruleId: options.ruleId, source });
  } finally {
    Error.stackTraceLimit = limit;
  }
  // A reason built with a template is a rope of its pieces in V8, and so is the message's name
  // (`line:column`); reading a character flattens each into one string and lets the collector
  // drop the rope. A large build keeps hundreds of thousands of findings: ~550 → ~400 bytes each.
  message.reason.charCodeAt(0);
  message.name.charCodeAt(0);
  message.fatal = options.severity === 'error' ? true : options.severity === 'warning' ? false : undefined;
  if (options.note) message.note = options.note;
  if (options.data) Object.assign(message, { data: options.data });
  return message;
}

export function severityOf(message: VFileMessage): DiagnosticSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** A finding on compiled content (see FINDING_SOURCE). */
export function reportFinding(file: VFile, reason: string, options: DiagnosticOptions): VFileMessage {
  return report(file, reason, options, FINDING_SOURCE);
}

/** True when some file has a content error that stops the build (findings do not). */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true && message.source !== FINDING_SOURCE));
}

export type FailOn = 'error' | 'warning' | 'never';

/** Whether the messages reach the chosen gate (`--fail-on`). */
export function reachesGate(files: readonly VFile[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return files.some((file) => file.messages.some((m) => m.fatal === true || (failOn === 'warning' && m.fatal === false)));
}

/** Creates a vfile for a path given relative to the working directory, for messages only. */
export function fileFor(path: string, value?: string): VFile {
  return new VFile({ path, value });
}
