// `npm run bench`: for 100, 1,000 and 10,000 generated documents, the whole build (all outputs
// but PDF) on one thread and with the default threads, against the parsing floor and, where
// installed, pandoc; then a cold `guidance build` of content/ with every output. Prints tables.
//   BENCH_SIZES=100,1000   sizes to run (default 100,1000,10000)
//   BENCH_OUTPUTS=json,md,sms   output groups of the generated builds
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generate-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const outputs = process.env.BENCH_OUTPUTS ?? 'json,md,sms';
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

function runSize(dir, size, jobs) {
  const run = spawnSync(process.execPath, [join(root, 'bench', 'run-size.mjs'), dir, join(tmpdir(), `guidance-bench-out-${size}`), outputs, jobs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const rows = [];
for (const size of sizes) {
  const dir = join(tmpdir(), `guidance-bench-${size}`);
  generateCorpus({ count: size, dir, contentDir: join(root, 'content') });
  const one = runSize(dir, size, '1');
  const auto = runSize(dir, size, 'auto');
  let pandocMs;
  if (hasPandoc) {
    const all = join(tmpdir(), `guidance-bench-${size}.md`);
    writeFileSync(all, readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n'));
    const start = performance.now();
    execFileSync('pandoc', ['-f', 'commonmark', '-t', 'json', '-o', '/dev/null', all]);
    pandocMs = performance.now() - start;
  }
  rows.push({ size, one, auto, pandocMs, best: Math.min(one.buildMs, auto.buildMs) });
}

console.log(`Whole build (${outputs}); floor = read + remark-parse alone, one thread; stage times from the one-thread run.\n`);
console.log('| docs | MB | build, 1 thread | build, threads | docs/s | MB/s | floor | build/floor | pandoc | pandoc/build | peak RSS (1 / threads) | candidate pairs |');
console.log(`|${' --- |'.repeat(12)}`);
for (const { one, auto, pandocMs, best } of rows) {
  const mb = one.bytes / 1048576;
  console.log(`| ${one.documents} | ${mb.toFixed(1)} | ${fmt(one.buildMs)} | ${fmt(auto.buildMs)} (${auto.threads}) | ${Math.round(one.documents / (best / 1000))} | ${(mb / (best / 1000)).toFixed(2)} | ${fmt(one.floorMs)} | ${(best / one.floorMs).toFixed(2)}x | ${pandocMs ? fmt(pandocMs) : 'not installed'} | ${pandocMs ? `${(pandocMs / best).toFixed(2)}x` : '–'} | ${one.maxRssMb.toFixed(0)} / ${auto.maxRssMb.toFixed(0)} MB | ${one.candidatePairs} |`);
}
const stageNames = [...new Set(rows.flatMap((r) => Object.keys(r.one.stages)))];
console.log(`\n| docs | ${stageNames.join(' | ')} |`);
console.log(`|${' --- |'.repeat(stageNames.length + 1)}`);
for (const { one } of rows) console.log(`| ${one.documents} | ${stageNames.map((s) => fmt(one.stages[s] ?? 0)).join(' | ')} |`);
console.log('');
for (let i = 1; i < rows.length; i += 1) {
  const a = rows[i - 1], b = rows[i];
  console.log(`scaling ${a.size} → ${b.size}: time x${(b.best / a.best).toFixed(1)} (1 thread x${(b.one.buildMs / a.one.buildMs).toFixed(1)}) for x${(b.size / a.size).toFixed(0)} documents; candidate pairs x${(b.one.candidatePairs / Math.max(a.one.candidatePairs, 1)).toFixed(1)}`);
}

// A cold build of the real content, every output (PDFs included), as a user runs it.
const out = mkdtempSync(join(tmpdir(), 'guidance-bench-content-'));
const colds = [];
for (let i = 0; i < 3; i += 1) {
  const start = performance.now();
  const child = spawnSync(process.execPath, [join(root, 'bin', 'guidance.js'), 'build', '--content', join(root, 'content'), '--out', out], { encoding: 'utf8' });
  colds.push(performance.now() - start);
  if (child.status !== 0) throw new Error(child.stderr);
}
rmSync(out, { recursive: true, force: true });
colds.sort((a, b) => a - b);
console.log(`cold \`guidance build\` of content/ (all outputs, PDFs included): median ${fmt(colds[1])} of 3 (${colds.map(fmt).join(', ')})`);
