// One benchmark size in its own process (so peak memory is this size's alone). Prints JSON.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { build, Timings } from '../lib/index.js';

const [dir, outDir, outputs] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

// The floor: read every file and parse it with remark-parse alone.
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
const result = await build({ contentDir: dir, outDir, outputs: outputs.split(','), timings });
const buildMs = performance.now() - start;
const report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8'));
process.stdout.write(JSON.stringify({
  documents: files.length, bytes, floorMs, buildMs, ok: result.ok,
  stages: timings.toJSON(),
  candidatePairs: report.summary.nearDuplicateCandidatePairs,
  duplicates: report.summary.duplicatesDropped,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
