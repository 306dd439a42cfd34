// Time spent per pipeline stage, in milliseconds, for the benchmark (`npm run bench`).
import { performance } from 'node:perf_hooks';

export class Timings {
  private readonly totals = new Map<string, number>();

  /** Runs `fn` and adds its duration to `stage`. */
  time<T>(stage: string, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  async timeAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  add(stage: string, ms: number): void {
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + ms);
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.totals].map(([stage, ms]) => [stage, Math.round(ms * 100) / 100]));
  }
}
