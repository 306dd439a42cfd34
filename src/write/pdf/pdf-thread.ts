// Handouts rendered on a thread of their own. PDF layout is the slowest writer of a small build
// (pdfkit, fonts and shaping cost more than reading the content), so the thread starts with the
// build, loads pdfkit and parses the fonts while the main thread reads and checks the content,
// and lays out the handouts while the other writers run. Requests are answered in the order
// they are sent, by the same render function as in-process, so the bytes never depend on
// timing. Where the compiled worker script is absent (the sources run untranspiled, as in the
// tests) or threads cannot start, handouts are rendered in-process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Handout } from '../../handout/index.js';
import { UncoveredCharacterError } from './fonts.js';
import type { Paper } from './theme.js';

export interface RenderRequest { id: number; handout: Handout; paper: Paper }
export interface RenderError { name: string; message: string; stack: string; record?: string; character?: string; text?: string }
export type RenderReply = { id: number; bytes: Uint8Array } | { id: number; error: RenderError };

const WORKER_URL = new URL('./pdf-worker.js', import.meta.url);

/** An error from the thread as the in-process render would have thrown it. */
export function revive(error: RenderError): Error {
  if (error.name === 'UncoveredCharacterError' && error.record !== undefined && error.character !== undefined) {
    return new UncoveredCharacterError(error.record, error.character, error.text ?? '');
  }
  const revived = new Error(error.message);
  revived.name = error.name;
  revived.stack = error.stack;
  return revived;
}

async function renderInProcess(handout: Handout, paper: Paper): Promise<Uint8Array> {
  const { renderHandoutPdf } = await import('./render.js');
  return renderHandoutPdf(handout, paper);
}

class PdfThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  /** Starts the thread (once per process); false when it cannot run here. */
  start(): boolean {
    if (this.worker) return true;
    if (!existsSync(fileURLToPath(WORKER_URL))) return false;
    try {
      const worker = new Worker(WORKER_URL);
      worker.on('message', (reply: RenderReply) => this.settle(reply));
      worker.on('error', (error) => this.stop(error));
      // A reply that cannot be read would otherwise leave its render waiting for ever.
      worker.on('messageerror', (error) => this.stop(error));
      worker.on('exit', (code) => this.stop(new Error(`the PDF thread stopped with code ${code}`)));
      // An idle thread never keeps the process alive; a pending render does (see `render`).
      worker.unref();
      this.worker = worker;
      return true;
    } catch {
      return false;
    }
  }

  render(handout: Handout, paper: Paper): Promise<Uint8Array> {
    if (!this.start()) return renderInProcess(handout, paper);
    const worker = this.worker!;
    const id = this.nextId++;
    if (this.pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: RenderRequest = { id, handout, paper };
      worker.postMessage(request);
    });
  }

  private settle(reply: RenderReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if ('bytes' in reply) waiting.resolve(reply.bytes);
    else waiting.reject(revive(reply.error));
  }

  /** The thread died: every waiting render fails, and the next start makes a new thread. */
  private stop(error: Error): void {
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** The process's PDF thread (handouts are few; one thread renders them in order). */
export const pdfThread = new PdfThread();
