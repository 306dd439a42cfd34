// `npm run bench`: for 100, 1,000 and 10,000 generated documents, the whole build (all outputs
// but PDF) on one thread and with one thread per core, against the parsing floor (remark-parse
// alone) and, where installed, pandoc; then a cold `guidance build` of content/ with every output.
// Every measurement runs in a fresh process (cold, as a user's build; its own peak memory) and
// is repeated, the median kept: the machines are shared and a single run can be 25 % off.
//   BENCH_SIZES=100,1000       sizes to run (default 100,1000,10000)
//   BENCH_OUTPUTS=json,md,sms  output groups of the generated builds
//   BENCH_REPEAT=3             runs of each measurement (default 3, and 1 from 10,000 documents)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generate-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const outputs = process.env.BENCH_OUTPUTS ?? 'json,md,sms';
// Threads are measured one per core, whatever the default (which uses them from 64 documents on
// 4+ cores, from 2,000 on 2 or 3).
const cores = Math.max(2, availableParallelism());
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const repeats = (size) => Number(process.env.BENCH_REPEAT ?? (size >= 10_000 ? 1 : 3));

/** The run with the median `key` of `runs`. */
function median(runs, key) {
  const sorted = [...runs].sort((a, b) => a[key] - b[key]);
  return sorted[(sorted.length - 1) >> 1];
}

function measure(args) {
  const run = spawnSync(process.execPath, [join(root, 'bench', 'run-size.mjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

function pandoc(all) {
  const start = performance.now();
  execFileSync('pandoc', ['-f', 'commonmark', '-t', 'json', '-o', '/dev/null', all]);
  return { ms: performance.now() - start };
}

const rows = [];
for (const size of sizes) {
  const dir = join(tmpdir(), `guidance-bench-${size}`);
  generateCorpus({ count: size, dir, contentDir: join(root, 'content') });
  const out = join(tmpdir(), `guidance-bench-out-${size}`);
  const runs = { floor: [], one: [], auto: [], pandoc: [] };
  const all = join(tmpdir(), `guidance-bench-${size}.md`);
  if (hasPandoc) writeFileSync(all, readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n'));
  // Interleaved, so a slow spell of the machine touches every kind of run alike.
  for (let i = 0; i < repeats(size); i += 1) {
    runs.floor.push(measure(['floor', dir]));
    runs.one.push(measure(['build', dir, out, outputs, '1']));
    runs.auto.push(measure(['build', dir, out, outputs, String(cores)]));
    if (hasPandoc) runs.pandoc.push(pandoc(all));
  }
  rmSync(out, { recursive: true, force: true });
  const floor = median(runs.floor, 'floorMs');
  const one = median(runs.one, 'buildMs');
  const auto = median(runs.auto, 'buildMs');
  const pandocMs = hasPandoc ? median(runs.pandoc, 'ms').ms : undefined;
  const peak = (list) => Math.max(...list.map((r) => r.maxRssMb));
  rows.push({ size, floor, one, auto, pandocMs, best: Math.min(one.buildMs, auto.buildMs), peakOne: peak(runs.one), peakAuto: peak(runs.auto), repeat: repeats(size) });
}

console.log(`Whole build (${outputs}), median of the runs shown; floor = read + remark-parse alone, one thread; stage times from the median one-thread run.\n`);
console.log('| docs | MB | runs | build, 1 thread | build, threads | docs/s | MB/s | floor | build/floor | pandoc | pandoc/build | peak RSS (1 / threads) | candidate pairs |');
console.log(`|${' --- |'.repeat(13)}`);
for (const r of rows) {
  const mb = r.floor.bytes / 1048576;
  console.log(`| ${r.floor.documents} | ${mb.toFixed(1)} | ${r.repeat} | ${fmt(r.one.buildMs)} | ${fmt(r.auto.buildMs)} (${r.auto.threads}) | ${Math.round(r.floor.documents / (r.best / 1000))} | ${(mb / (r.best / 1000)).toFixed(2)} | ${fmt(r.floor.floorMs)} | ${(r.best / r.floor.floorMs).toFixed(2)}x | ${r.pandocMs ? fmt(r.pandocMs) : 'not installed'} | ${r.pandocMs ? `${(r.pandocMs / r.best).toFixed(2)}x` : '–'} | ${r.peakOne.toFixed(0)} / ${r.peakAuto.toFixed(0)} MB | ${r.one.candidatePairs} |`);
}
const stageNames = [...new Set(rows.flatMap((r) => Object.keys(r.one.stages)))];
console.log(`\n| docs | ${stageNames.join(' | ')} |`);
console.log(`|${' --- |'.repeat(stageNames.length + 1)}`);
for (const { size, one } of rows) console.log(`| ${size} | ${stageNames.map((s) => fmt(one.stages[s] ?? 0)).join(' | ')} |`);
console.log('');
for (let i = 1; i < rows.length; i += 1) {
  const a = rows[i - 1], b = rows[i];
  console.log(`scaling ${a.size} → ${b.size}: time x${(b.best / a.best).toFixed(1)} (1 thread x${(b.one.buildMs / a.one.buildMs).toFixed(1)}) for x${(b.size / a.size).toFixed(0)} documents; candidate pairs x${(b.one.candidatePairs / Math.max(a.one.candidatePairs, 1)).toFixed(1)}`);
}

// A cold build of the real content, every output (PDFs included), as a user runs it.
const contentOut = mkdtempSync(join(tmpdir(), 'guidance-bench-content-'));
const colds = [];
for (let i = 0; i < 3; i += 1) {
  const start = performance.now();
  const child = spawnSync(process.execPath, [join(root, 'bin', 'guidance.js'), 'build', '--content', join(root, 'content'), '--out', contentOut], { encoding: 'utf8' });
  colds.push(performance.now() - start);
  if (child.status !== 0) throw new Error(child.stderr);
}
rmSync(contentOut, { recursive: true, force: true });
colds.sort((a, b) => a - b);
console.log(`cold \`guidance build\` of content/ (all outputs, PDFs included): median ${fmt(colds[1])} of 3 (${colds.map(fmt).join(', ')})`);

// The targets of the performance issue, each as measured here.
console.log('\ntargets:');
const yes = (ok) => (ok ? 'met    ' : 'NOT met');
for (const r of rows) {
  console.log(`  ${yes(r.best / r.floor.floorMs <= 3)} ${r.size} docs: build at most 3x the parse floor (${(r.best / r.floor.floorMs).toFixed(2)}x)`);
  if (r.pandocMs) console.log(`  ${yes(r.pandocMs / r.best >= 2)} ${r.size} docs: at least 2x faster than pandoc (${(r.pandocMs / r.best).toFixed(2)}x)`);
}
for (let i = 1; i < rows.length; i += 1) {
  const a = rows[i - 1], b = rows[i];
  const factor = b.size / a.size;
  console.log(`  ${yes(b.best / a.best <= factor * 1.1)} ${a.size} → ${b.size}: x${factor} documents cost at most x${(factor * 1.1).toFixed(0)} time (x${(b.best / a.best).toFixed(1)}); candidate pairs x${(b.one.candidatePairs / Math.max(a.one.candidatePairs, 1)).toFixed(1)}`);
}
const big = rows.find((r) => r.size >= 10_000);
// Time and memory of one and the same configuration: the fastest run's memory, not the leanest's.
if (big) {
  const configs = [{ label: '1 thread', ms: big.one.buildMs, mb: big.peakOne }, { label: `${big.auto.threads} threads`, ms: big.auto.buildMs, mb: big.peakAuto }];
  const ok = configs.some((c) => c.ms < 60_000 && c.mb < 1024);
  console.log(`  ${yes(ok)} ${big.size} docs under 60 s and 1 GB in one run (${configs.map((c) => `${c.label}: ${fmt(c.ms)}, ${c.mb.toFixed(0)} MB`).join('; ')})`);
}
console.log(`  ${yes(colds[1] < 1500)} cold build of content/ with PDFs under 1.5 s (${fmt(colds[1])})`);
