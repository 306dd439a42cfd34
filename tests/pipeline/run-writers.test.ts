// The writers' run takes each file's pieces once, as they are made: each piece reaches the sink
// before the next is made (a large file is never whole in memory), the size and digest the data
// package lists are of every byte, and a failure while the pieces are made is the writer's.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types.js';
import { runWriters } from '../../src/pipeline/run-writers.js';
import { Timings } from '../../src/pipeline/timings.js';
import type { Writer, WriterContext } from '../../src/write/writer.js';

const dataset = {} as Dataset;
const base = { schemas: new Map(), options: {} } as unknown as Omit<WriterContext, 'written'>;
const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A writer whose one file is `parts`, each piece made only when taken; `made` logs the making. */
function lazyWriter(parts: string[], made: string[], failAt = -1): Writer {
  return {
    output: 'test', name: 'lazy',
    write: () => [{
      path: 'out.txt',
      data: (function* () {
        for (const [i, part] of parts.entries()) {
          if (i === failAt) throw new Error(`piece ${i} cannot be made`);
          made.push(`make ${part}`);
          yield Buffer.from(part);
        }
      })(),
    }],
  };
}

describe('runWriters', () => {
  it('gives the sink each piece before the next is made, and lists the size and digest of all', async () => {
    const log: string[] = [];
    const run = await runWriters([lazyWriter(['ab', 'cd', 'é'], log)], dataset, base, new Timings(), ({ path, pieces }) => {
      for (const piece of pieces) log.push(`sink ${path} ${Buffer.from(piece).toString()}`);
    });
    expect(log).toEqual(['make ab', 'sink out.txt ab', 'make cd', 'sink out.txt cd', 'make é', 'sink out.txt é']);
    expect(run).toEqual({ outputs: [], written: [{ path: 'out.txt', bytes: 6, sha256: digest('abcdé') }] });
  });

  it('takes what a sink left untaken, so the digest is still of the whole file', async () => {
    const log: string[] = [];
    const run = await runWriters([lazyWriter(['ab', 'cd', 'ef'], log)], dataset, base, new Timings(), ({ pieces }) => {
      for (const piece of pieces) if (piece.byteLength > 0) break; // stops at the first, as check does on a difference
    });
    expect(log).toEqual(['make ab', 'make cd', 'make ef']);
    expect('written' in run && run.written).toEqual([{ path: 'out.txt', bytes: 6, sha256: digest('abcdef') }]);
  });

  it('keeps the bytes joined when there is no sink', async () => {
    const run = await runWriters([lazyWriter(['ab', 'cd'], [])], dataset, base, new Timings());
    expect('outputs' in run && run.outputs.map((file) => [file.path, Buffer.from(file.data).toString()])).toEqual([['out.txt', 'abcd']]);
  });

  it('reports a failure while the pieces are made as the writer\'s, and stops there', async () => {
    const later: Writer = { output: 'test', name: 'later', write: () => { throw new Error('must not run'); } };
    const sunk: string[] = [];
    const run = await runWriters([lazyWriter(['ab', 'cd'], [], 1), later], dataset, base, new Timings(), ({ path }) => { sunk.push(path); });
    expect('failure' in run && run.failure.writer).toBe('lazy');
    expect('failure' in run && (run.failure.error as Error).message).toBe('piece 1 cannot be made');
  });
});
