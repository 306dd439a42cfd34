// `npm run bench`: for 100, 1,000 and 10,000 generated documents, the whole build (all outputs
// but PDF) against the parsing floor and, where installed, pandoc. Prints one table.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generate-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const outputs = process.env.BENCH_OUTPUTS ?? 'json,md,sms';
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const rows = [];
for (const size of sizes) {
  const dir = join(tmpdir(), `guidance-bench-${size}`);
  const corpus = generateCorpus({ count: size, dir, contentDir: join(root, 'content') });
  const run = spawnSync(process.execPath, [join(root, 'bench', 'run-size.mjs'), dir, join(tmpdir(), `guidance-bench-out-${size}`), outputs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(run.stderr);
  const r = JSON.parse(run.stdout);
  let pandocMs;
  if (hasPandoc) {
    const all = join(tmpdir(), `guidance-bench-${size}.md`);
    writeFileSync(all, readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n'));
    const start = performance.now();
    execFileSync('pandoc', ['-f', 'commonmark', '-t', 'json', '-o', '/dev/null', all]);
    pandocMs = performance.now() - start;
  }
  rows.push({ size, corpus, ...r, pandocMs });
}
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const stageNames = [...new Set(rows.flatMap((r) => Object.keys(r.stages)))];
console.log(`| docs | MB | build (${outputs}) | docs/s | MB/s | floor (read+parse) | build/floor | pandoc | peak RSS | candidate pairs | ${stageNames.join(' | ')} |`);
console.log(`|${' --- |'.repeat(10 + stageNames.length)}`);
for (const r of rows) {
  const mb = r.bytes / 1048576;
  console.log(`| ${r.documents} | ${mb.toFixed(1)} | ${fmt(r.buildMs)} | ${Math.round(r.documents / (r.buildMs / 1000))} | ${(mb / (r.buildMs / 1000)).toFixed(2)} | ${fmt(r.floorMs)} | ${(r.buildMs / r.floorMs).toFixed(2)}x | ${r.pandocMs ? fmt(r.pandocMs) : 'not installed'} | ${r.maxRssMb.toFixed(0)} MB | ${r.candidatePairs} | ${stageNames.map((s) => fmt(r.stages[s] ?? 0)).join(' | ')} |`);
}
for (let i = 1; i < rows.length; i += 1) {
  const a = rows[i - 1], b = rows[i];
  console.log(`scaling ${a.documents} → ${b.documents}: time x${(b.buildMs / a.buildMs).toFixed(1)} for x${(b.documents / a.documents).toFixed(0)} documents; candidate pairs x${(b.candidatePairs / Math.max(a.candidatePairs, 1)).toFixed(1)}`);
}
