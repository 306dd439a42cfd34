// One measurement in its own process, so its time is cold (as a user's build is) and its peak
// memory is its own. Prints JSON on stdout.
//   node bench/run-size.mjs floor <corpus dir>
//       read every file and parse it with remark-parse alone, on one thread: the floor
//   node bench/run-size.mjs build <corpus dir> <out dir> <outputs> <jobs>
//       `guidance build` through the library, with the CLI's memory settings for large builds
//       (heap-growth.ts);
//       jobs: a number, or `auto` for the library's default (one thread per core from 64
//       documents on 4 or more cores, from 2,000 on 2 or 3, else one)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { build, Timings } from '../lib/index.js';
import { largeBuildHooks } from '../lib/cli/commands.js';
import { collectGarbage, limitHeapGrowth } from '../lib/cli/heap-growth.js';

const [mode, dir, outDir, outputs, jobsArg = '1'] = process.argv.slice(2);
const peakMb = () => process.resourceUsage().maxRSS / 1024;

if (mode === 'floor') {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const start = performance.now();
  const parser = unified().use(remarkParse);
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    bytes += Buffer.byteLength(text);
    parser.parse(text);
  }
  const floorMs = performance.now() - start;
  process.stdout.write(JSON.stringify({ documents: files.length, bytes, floorMs, maxRssMb: peakMb() }));
} else if (mode === 'build') {
  // The CLI's own memory settings for a large build, as bin/guidance.js gives them.
  const hooks = largeBuildHooks({ stdout: process.stdout, stderr: process.stderr, env: process.env, limitHeap: () => { limitHeapGrowth(); }, collectGarbage });
  const timings = new Timings();
  rmSync(outDir, { recursive: true, force: true });
  const start = performance.now();
  const result = await build({ contentDir: dir, outDir, outputs: outputs.split(','), timings, ...hooks, ...(jobsArg === 'auto' ? {} : { jobs: Number(jobsArg) }) });
  const buildMs = performance.now() - start;
  // Peak memory is read before anything else is done here (reading report.json back would count).
  const maxRssMb = peakMb();
  if (!result.ok) throw new Error(`the benchmark build failed: ${result.files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.reason}`)).slice(0, 5).join('\n')}`);
  const summary = result.report?.summary;
  process.stdout.write(JSON.stringify({
    buildMs, threads: result.threads, stages: timings.toJSON(), maxRssMb,
    candidatePairs: summary?.nearDuplicateCandidatePairs, duplicates: summary?.duplicatesDropped,
  }));
} else {
  throw new Error(`usage: run-size.mjs floor DIR | build DIR OUT OUTPUTS JOBS (got ${mode})`);
}
