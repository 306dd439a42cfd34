// What the CLI needs from the outside world, passed in so tests can run it in-process.
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /**
   * Called once when a command finds it has a large build to read (LARGE_BUILD documents or
   * more, heap-growth.ts): the launcher then limits the process's heap growth. Tests leave it out.
   */
  limitHeap?: () => void;
  /** Called in a large build when much of what was alive has just become garbage (heap-growth.ts). */
  collectGarbage?: () => void;
}

export const EXIT = { ok: 0, content: 1, usage: 2 } as const;

export class UsageError extends Error {}

/** Colour only on a terminal, and never with NO_COLOR set (https://no-color.org). */
export function useColor(io: CliIo, stream: 'stdout' | 'stderr' = 'stderr'): boolean {
  return Boolean(io[stream].isTTY) && !('NO_COLOR' in io.env && io.env.NO_COLOR !== undefined) && io.env.TERM !== 'dumb';
}
