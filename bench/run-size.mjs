// One benchmark size in its own process (so peak memory is this run's alone). Prints JSON.
//   node bench/run-size.mjs <corpus dir> <out dir> <outputs> [jobs]
// jobs: a number, or `auto` for the library's default (one thread per core from 64 documents).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { build, Timings } from '../lib/index.js';

const [dir, outDir, outputs, jobsArg = '1'] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

// The floor: read every file and parse it with remark-parse alone, on one thread.
let start = performance.now();
const parser = unified().use(remarkParse);
let bytes = 0;
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  bytes += Buffer.byteLength(text);
  parser.parse(text);
}
const floorMs = performance.now() - start;

const timings = new Timings();
rmSync(outDir, { recursive: true, force: true });
start = performance.now();
const result = await build({ contentDir: dir, outDir, outputs: outputs.split(','), timings, ...(jobsArg === 'auto' ? {} : { jobs: Number(jobsArg) }) });
const buildMs = performance.now() - start;
if (!result.ok) throw new Error(`the benchmark build failed: ${result.files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.reason}`)).slice(0, 5).join('\n')}`);
const report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8'));
process.stdout.write(JSON.stringify({
  documents: files.length, bytes, floorMs, buildMs, threads: result.threads,
  stages: timings.toJSON(),
  candidatePairs: report.summary.nearDuplicateCandidatePairs,
  duplicates: report.summary.duplicatesDropped,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
