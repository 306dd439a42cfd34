// Worker threads across documents: each document is read, and later its records checked, on
// whichever thread is free; results come back in input order, so the output is the same bytes
// as a single-threaded run. Used for large contents only (threads take time to start).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RecordCheckJob, RecordChecker } from '../checks/record-checks.js';
import type { InputFile } from './inputs.js';
import type { DocumentRead } from './read-document.js';
import { LARGE_BUILD } from './large-build.js';

export type PoolTask = 'read' | 'check';
export interface PoolRequest { id: number; task: PoolTask; items: unknown[] }
/**
 * A worker's results cross as JSON text, one per item, parsed here, rather than as a structured
 * clone: they are plain data, and a clone of a string sliced from a document with any character
 * beyond Latin-1 stays two bytes a character, where JSON.parse makes one-byte strings wherever it
 * can. 1,000 documents read: 47 MB cloned, 37 MB parsed; 10,000 on two threads, about 100 MB
 * less on the main heap at the peak.
 */
export type PoolResponse = { id: number; json: string[] } | { id: number; error: { message: string; stack: string } };

/** Below this many documents one thread is faster than starting others. */
export const PARALLEL_MIN_DOCUMENTS = 64;
/** The most threads the pool starts, whatever the machine. */
const MAX_JOBS = 8;

/**
 * Fewest cores on which threads are used by default from PARALLEL_MIN_DOCUMENTS. On 2 or 3 cores
 * they pay only for large builds, from LARGE_BUILD documents (`npm run bench`, 2026-12-03: 100 documents 1.44 s on one
 * thread, 2.15 s on two; 1,000 documents 6.99 s and 7.07 s; 10,000 documents 67.6 s and
 * 53.5 s, peaks of 927 and 991 MB): the main thread waits on the readers while the garbage
 * collector already works on the second core, and workers take half a second to start.
 */
export const PARALLEL_MIN_CORES = 4;

/**
 * Threads to use: `jobs` when given (at most one per document), else one per core for large contents on machines with
 * enough cores (or for very large contents on two or three), else one.
 */
export function resolveJobs(jobs: number | undefined, documents: number, cores: number = availableParallelism()): number {
  if (jobs !== undefined) {
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new RangeError(`jobs must be a whole number from 1 to 64, got ${String(jobs)}`);
    // A thread costs tens of MB whether or not it gets a document: never more than there are.
    return Math.max(1, Math.min(jobs, documents));
  }
  const enough = cores >= PARALLEL_MIN_CORES ? documents >= PARALLEL_MIN_DOCUMENTS : cores >= 2 && documents >= LARGE_BUILD;
  return enough ? Math.min(cores, MAX_JOBS) : 1;
}

/** The pools of one compile: started when needed, each closed when its work is done, and any left at the end. */
export class PoolSet {
  private readonly open = new Set<DocumentPool>();

  constructor(private readonly size: number, private readonly rules: ReadonlyArray<{ path: string; text: string }>) {}

  /** A new pool, or undefined when workers cannot run here (or one thread was asked for). */
  start(): DocumentPool | undefined {
    const pool = DocumentPool.start(this.size, this.rules);
    if (pool) this.open.add(pool);
    return pool;
  }

  async close(pool: DocumentPool | undefined): Promise<void> {
    if (pool && this.open.delete(pool)) await pool.close();
  }

  async closeAll(): Promise<void> {
    const pools = [...this.open];
    this.open.clear();
    await Promise.all(pools.map((pool) => pool.close()));
  }
}

/** The compiled worker script; absent when the sources run untranspiled (the tests). */
const WORKER_URL = new URL('./document-worker.js', import.meta.url);

export class DocumentPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (items: unknown[]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  /** Starts `size` workers, or returns undefined when workers cannot run here. */
  static start(size: number, rules: ReadonlyArray<{ path: string; text: string }>): DocumentPool | undefined {
    if (size < 2 || !existsSync(fileURLToPath(WORKER_URL))) return undefined;
    return new DocumentPool(size, rules);
  }

  private constructor(readonly size: number, rules: ReadonlyArray<{ path: string; text: string }>) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_URL, { workerData: { rules } });
      worker.on('message', (response: PoolResponse) => this.settle(response));
      worker.on('error', (error) => this.fail(error));
      worker.on('messageerror', (error) => this.fail(error));
      // Any exit before close (even with code 0) leaves requests unanswered: fail them, never wait.
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`A document worker stopped with code ${code}`));
      });
      return worker;
    });
  }

  /** Reads the documents (in order), reporting progress as batches finish. */
  read(inputs: readonly InputFile[], onProgress?: (done: number, total: number) => void): Promise<DocumentRead[]> {
    return this.map<InputFile, DocumentRead>('read', inputs, onProgress);
  }

  /** A record checker that runs on the pool's threads. */
  checker(): RecordChecker {
    return (jobs) => this.map<RecordCheckJob, Awaited<ReturnType<RecordChecker>>[number]>('check', jobs);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /**
   * Runs `task` over the items in batches, each worker taking the next batch when it is free,
   * and returns the results in the items' order.
   */
  private async map<I, O>(task: PoolTask, items: readonly I[], onProgress?: (done: number, total: number) => void): Promise<O[]> {
    // Small batches balance the load; not too small, or messages cost more than the work.
    const batchSize = Math.max(1, Math.min(32, Math.ceil(items.length / (this.size * 8))));
    const results: O[][] = [];
    let next = 0;
    let done = 0;
    const runWorker = async (worker: Worker): Promise<void> => {
      while (next < items.length) {
        const start = next;
        next += batchSize;
        const batch = items.slice(start, start + batchSize);
        results[start / batchSize] = (await this.request(worker, task, batch)) as O[];
        done += batch.length;
        onProgress?.(done, items.length);
      }
    };
    await Promise.all(this.workers.map(runWorker));
    return results.flat();
  }

  private request(worker: Worker, task: PoolTask, items: unknown[]): Promise<unknown[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, task, items } satisfies PoolRequest);
    });
  }

  private settle(response: PoolResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if ('error' in response) {
      const error = new Error(`In a document worker: ${response.error.message}`);
      error.stack = response.error.stack;
      waiting.reject(error);
    } else {
      waiting.resolve(response.json.map((item) => JSON.parse(item) as unknown));
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
