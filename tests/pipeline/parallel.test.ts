// Worker threads across documents give the same bytes as one thread: outputs, messages and their
// order, duplicates kept across documents read on different threads, and document-id clashes.
// Workers run compiled code, so this suite uses lib/ (built by `npm ci` / `npm run compile`).
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_BUILD } from '../../src/pipeline/large-build.js';
import { resolveJobs, PARALLEL_MIN_CORES, PARALLEL_MIN_DOCUMENTS } from '../../src/pipeline/worker-pool.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const LIB = `${ROOT}lib/index.js`;

type Lib = typeof import('../../src/index.js');
let lib: Lib;
let dir: string;

beforeAll(async () => {
  if (!existsSync(LIB) || !existsSync(`${ROOT}lib/pipeline/document-worker.js`)) {
    throw new Error(`${LIB} is missing: run \`npm ci\` (or \`npm run compile\`) first; the workers run compiled code.`);
  }
  lib = (await import(LIB)) as Lib;
  dir = await mkdtemp(join(tmpdir(), 'guidance-parallel-'));
  // @ts-expect-error the generator is plain JavaScript
  const { generateCorpus } = await import('../../bench/generate-corpus.mjs');
  generateCorpus({ count: 90, dir, contentDir: `${ROOT}content` });
  // A clash between documents that will be read on different threads, and a broken document.
  await writeFile(join(dir, 'zz-clash.md'), '---\nid: doc-00003\ntitle: Clash\nlanguage: en\naudience: [pregnancy]\n---\n\nWalk every day.\n');
  await writeFile(join(dir, 'doc-00007.md'), '---\ntitle: [unclosed\n---\n\nText.\n');
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const messagesOf = (result: Awaited<ReturnType<Lib['compile']>>): string[] =>
  result.files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${String(m.fatal)} ${m.ruleId} ${m.source} ${m.reason} | ${m.note ?? ''}`));

describe('compile with worker threads', () => {
  it('writes the same bytes and the same messages as a single-threaded run', async () => {
    const input = await lib.loadContent(dir);
    const one = await lib.compile(input, { jobs: 1, outputs: ['json', 'md', 'sms'] });
    const two = await lib.compile(input, { jobs: 2, outputs: ['json', 'md', 'sms'] });
    expect(one.threads).toBe(1);
    expect(two.threads).toBe(2);
    // The broken document stops the build in both runs, with the same messages.
    expect(one.ok).toBe(false);
    expect(messagesOf(two)).toEqual(messagesOf(one));
    expect(messagesOf(one).some((m) => m.includes('zz-clash.md') && m.includes('document-id'))).toBe(true);
    expect(messagesOf(one).filter((m) => m.includes('doc-00007.md')).length).toBeGreaterThan(0);
  }, 120_000);

  it('gives byte-identical outputs when the content compiles', async () => {
    await rm(join(dir, 'doc-00007.md'));
    await rm(join(dir, 'zz-clash.md'));
    const input = await lib.loadContent(dir);
    const one = await lib.compile(input, { jobs: 1, outputs: ['json', 'md', 'sms'] });
    const stages: string[] = [];
    // Reading and the record checks each run on a pool of their own (closed after it).
    const two = await lib.compile(input, { jobs: 2, outputs: ['json', 'md', 'sms'], onStageEnd: (stage) => stages.push(stage) });
    expect(one.ok).toBe(true);
    expect(two.threads).toBe(2);
    expect(stages).toEqual(['read', 'dedupe', 'checks', 'validate']);
    expect(two.outputs.map((o) => o.path)).toEqual(one.outputs.map((o) => o.path));
    two.outputs.forEach((output, i) => expect(Buffer.from(output.data).equals(Buffer.from(one.outputs[i]!.data)), output.path).toBe(true));
    expect(messagesOf(two)).toEqual(messagesOf(one));
    // Duplicates across documents were found though their documents were read apart.
    expect(two.report!.summary.duplicatesDropped).toBeGreaterThan(10);
  }, 120_000);
});

describe('compile with a pool per phase (a large build)', () => {
  it(`reads and checks on pools of their own from ${LARGE_BUILD} documents, with the same bytes as one thread`, async () => {
    // Small documents, many of them: repeats across documents, flags, and foreign sentences,
    // so the checks the second pool runs have something to find.
    const many = await mkdtemp(join(tmpdir(), 'guidance-phases-'));
    try {
      // Without the SMS schedule: these documents have no warning signs, which a schedule requires.
      await writeFile(join(many, 'dataset.yaml'), (await readFile(`${ROOT}content/dataset.yaml`, 'utf8')).replace(/^sms:[\s\S]*$/m, ''));
      await cp(`${ROOT}content/rules`, join(many, 'rules'), { recursive: true });
      const count = LARGE_BUILD + 10;
      await Promise.all(Array.from({ length: count }, (_, n) => writeFile(join(many, `d-${String(n).padStart(5, '0')}.md`), [
        '---', `title: Guidance ${n}`, 'language: en', `audience: [${n % 2 ? 'pregnancy' : 'postpartum'}]`, '---', '',
        `## Walking ${n % 7}`, '', `Walk for ${n % 30} minutes every day.`, '',
        // Numbers make sentences distinct (numbers veto duplicates), so each stays to be checked.
        n % 5 === 0 ? `This exercise cures back pain in ${n} days.` : 'Rest when you are tired.', '',
        n % 11 === 0 ? `Делайте это упражнение ${n} раз каждый день утром и вечером.` : 'Drink water.', '',
      ].join('\n'))));
      const input = await lib.loadContent(many);
      expect(input.documents.length).toBeGreaterThanOrEqual(LARGE_BUILD);
      const one = await lib.compile(input, { jobs: 1, outputs: ['json', 'sms'] });
      const stages: string[] = [];
      const two = await lib.compile(input, { jobs: 2, outputs: ['json', 'sms'], onStageEnd: (stage) => stages.push(stage) });
      expect(one.ok).toBe(true);
      expect(two.threads).toBe(2);
      expect(stages).toEqual(['read', 'dedupe', 'checks', 'validate']);
      expect(one.report!.summary.flags.error + one.report!.summary.flags.warning).toBeGreaterThan(100);
      expect(one.report!.summary.duplicatesDropped).toBeGreaterThan(1000);
      expect(two.outputs.map((o) => o.path)).toEqual(one.outputs.map((o) => o.path));
      two.outputs.forEach((output, i) => expect(Buffer.from(output.data).equals(Buffer.from(one.outputs[i]!.data)), output.path).toBe(true));
      expect(messagesOf(two)).toEqual(messagesOf(one));
    } finally {
      await rm(many, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('resolveJobs', () => {
  it('uses one thread for small contents and takes a given number as it is', () => {
    expect(resolveJobs(undefined, PARALLEL_MIN_DOCUMENTS - 1)).toBe(1);
    expect(resolveJobs(undefined, PARALLEL_MIN_DOCUMENTS)).toBeGreaterThanOrEqual(1);
    expect(resolveJobs(3, 10)).toBe(3);
    // Never more threads than documents (--jobs 64 with 5 documents took 2.5 GB).
    expect(resolveJobs(3, 1)).toBe(1);
    expect(resolveJobs(64, 5)).toBe(5);
    expect(resolveJobs(4, 0)).toBe(1);
  });

  it('uses one thread per core (at most 8) only for large contents on machines with enough cores', () => {
    expect(resolveJobs(undefined, LARGE_BUILD - 1, PARALLEL_MIN_CORES - 1)).toBe(1);
    expect(resolveJobs(undefined, 10_000, 1)).toBe(1);
    expect(resolveJobs(undefined, PARALLEL_MIN_DOCUMENTS, PARALLEL_MIN_CORES)).toBe(PARALLEL_MIN_CORES);
    expect(resolveJobs(undefined, PARALLEL_MIN_DOCUMENTS - 1, 16)).toBe(1);
    expect(resolveJobs(undefined, 10_000, 16)).toBe(8);
    expect(resolveJobs(2, 10_000, 1)).toBe(2);
  });

  it(`uses both cores of a 2-core machine from ${LARGE_BUILD} documents (where they pay there)`, () => {
    expect(resolveJobs(undefined, LARGE_BUILD, 2)).toBe(2);
    expect(resolveJobs(undefined, LARGE_BUILD, 3)).toBe(3);
    expect(resolveJobs(undefined, LARGE_BUILD - 1, 2)).toBe(1);
  });

  it('rejects a number of threads that is not a whole number from 1 to 64', () => {
    for (const bad of [0, -1, 1.5, 65, Number.NaN]) expect(() => resolveJobs(bad, 100)).toThrow(/whole number from 1 to 64/);
  });
});
