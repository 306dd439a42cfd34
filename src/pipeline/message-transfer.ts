// Messages made on one thread, replayed on another: a vfile message is an Error and loses its
// fields in a structured clone, so it crosses as plain data and is made again, the same.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** The fields of a message that reports read. */
export interface TransferMessage {
  reason: string;
  place?: VFileMessage['place'];
  ruleId?: string;
  source?: string;
  fatal?: boolean | null | undefined;
  note?: string;
  data?: unknown;
}

export function toTransfer(messages: readonly VFileMessage[]): TransferMessage[] {
  return messages.map((m) => ({
    reason: m.reason,
    ...(m.place ? { place: m.place } : {}),
    ...(m.ruleId ? { ruleId: m.ruleId } : {}),
    ...(m.source ? { source: m.source } : {}),
    fatal: m.fatal,
    ...(m.note ? { note: m.note } : {}),
    ...('data' in m && m.data !== undefined ? { data: (m as { data?: unknown }).data } : {}),
  }));
}

/** Makes each message again on `file`, in order. */
export function replay(file: VFile, messages: readonly TransferMessage[]): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const m of messages) {
      const message = file.message(m.reason, { ...(m.place ? { place: m.place } : {}), ...(m.ruleId ? { ruleId: m.ruleId } : {}), ...(m.source ? { source: m.source } : {}) });
      message.fatal = m.fatal;
      if (m.note) message.note = m.note;
      if (m.data !== undefined) Object.assign(message, { data: m.data });
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
}
