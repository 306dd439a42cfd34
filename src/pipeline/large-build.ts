// What makes a build large. From this many documents memory, not start-up, is what a build
// must watch, and the pipeline and the CLI change how they work (each change measured by
// `npm run bench`, see where it is made):
// - threads are used on 2 or 3 cores too (worker-pool.ts, resolveJobs);
// - reading and the record checks each get a pool of workers of their own (compile.ts);
// - the CLI limits heap growth and collects garbage once the duplicates are removed
//   (src/cli/heap-growth.ts).
// The output is the same bytes either side of it.

/** From this many documents a build is large. */
export const LARGE_BUILD = 2000;
