// The command line's memory settings, for large builds (LARGE_BUILD documents or more). A build
// keeps every record and finding until its outputs are written, and between full collections V8
// lets the heap grow to three or four times what is alive when the program allocates fast (as
// parsing does): 10,000 documents peaked at about 1.4 GB with about 550 MB alive. Growing by at
// most half per full collection keeps the peak near 1.5x what is alive, for more collections:
// nothing measurable on one thread at 10,000 documents, about 4 % with two threads (the workers'
// small heaps collect more often: the setting is the whole process's), and about 3 % at 1,000
// documents for 300 → 240 MB, where memory is no trouble. So the CLI sets it only for large
// builds, for its own process: the library never changes the process it runs in, and a setting
// given to node wins.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export { LARGE_BUILD } from '../pipeline/large-build.js';

/** The heap may grow by this many per cent of what is alive at each full collection. */
export const HEAP_GROWING_PERCENT = 50;

const FLAG = '--heap-growing-percent';

/**
 * True when node was started with a heap-growth setting of its own (the CLI then leaves it
 * alone). Node accepts it only on its own command line (`node --heap-growing-percent=20 …`),
 * spelt with dashes or underscores; NODE_OPTIONS refuses it.
 */
export function hasOwnHeapGrowth(execArgv: readonly string[]): boolean {
  return execArgv.some((arg) => {
    const name = arg.replace(/_/g, '-').split('=')[0];
    return name === FLAG;
  });
}

/**
 * Limits heap growth for this process unless node was given its own setting; returns whether it
 * did. Call it before the work (V8 reads the setting at each full collection).
 */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (hasOwnHeapGrowth(execArgv)) return false;
  setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}

let gc: (() => void) | undefined;

/**
 * A full garbage collection now. The heap may grow by half of what was alive at the last full
 * collection, and the duplicate search's working data is alive during its own (10,000
 * documents on two threads: about 680 MB then, 310 MB once it and the records it dropped are
 * garbage), so without a collection when it ends the heap grows to about 1.5x the larger
 * figure before the next one. One collection there costs 150–250 ms and lowered the peak by
 * 90–120 MB (1,074 → 987 MB; 1,232 → 1,108 MB before the JSON transfer). V8 makes `gc`
 * callable only with `--expose-gc`; set now, it holds for a new context, as jest's leak
 * detector does.
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
