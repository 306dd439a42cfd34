// Handouts rendered on the PDF thread are the bytes an in-process render gives, an uncovered
// character found on the thread is reported as in-process, and a build with PDFs ends (the idle
// thread never keeps the process alive). The thread runs compiled code, so this suite uses lib/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as src from '../../src/index.js';
import { cleanupAll, makeContentDir, VALID_DOCUMENT } from '../helpers/content-dir.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const LIB = `${ROOT}lib/index.js`;
type Lib = typeof import('../../src/index.js');
let lib: Lib;

beforeAll(async () => {
  if (!existsSync(LIB) || !existsSync(`${ROOT}lib/write/pdf/pdf-worker.js`)) {
    throw new Error(`${LIB} is missing: run \`npm ci\` (or \`npm run compile\`) first; the PDF thread runs compiled code.`);
  }
  lib = (await import(LIB)) as Lib;
});

afterAll(cleanupAll);

const pdfs = (result: { outputs: Array<{ path: string; data: Uint8Array }> }): Array<[string, string]> =>
  result.outputs.filter((file) => file.path.endsWith('.pdf')).map((file) => [file.path, Buffer.from(file.data).toString('base64')]);

describe('the PDF thread', () => {
  it('renders the real content to the same bytes as an in-process render, for both papers', async () => {
    const options = { outputs: ['pdf'], writerOptions: { paper: 'both' as const } };
    const threaded = await lib.compile(await lib.loadContent(`${ROOT}content`), options);
    const inProcess = await src.compile(await src.loadContent(`${ROOT}content`), options);
    expect(threaded.ok).toBe(true);
    expect(pdfs(threaded).map(([path]) => path)).toEqual(['pdf/pregnancy-a4.pdf', 'pdf/pregnancy-letter.pdf', 'pdf/after-birth-a4.pdf', 'pdf/after-birth-letter.pdf']);
    expect(pdfs(threaded)).toEqual(pdfs(inProcess));
  }, 60_000);

  it('reports a character no font covers at its place, as an in-process render does', async () => {
    const content = await makeContentDir({ 'doc.md': VALID_DOCUMENT.replace('let your belly drop.', 'let your belly drop ⚕.') });
    const messages = (result: Awaited<ReturnType<Lib['compile']>>): string[] =>
      result.files.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`));
    const threaded = await lib.compile(await lib.loadContent(content.dir), { outputs: ['pdf'] });
    const inProcess = await src.compile(await src.loadContent(content.dir), { outputs: ['pdf'] });
    expect(threaded.ok).toBe(false);
    expect(messages(threaded)).toEqual(messages(inProcess));
    expect(messages(threaded)[0]).toMatch(/^13:\d+ unrenderable .*U\+2695/);
  }, 60_000);

  it('lets a build with PDFs end, and a later build in the same process reuse the thread', async () => {
    const script = `
      const lib = await import(${JSON.stringify(LIB)});
      const input = await lib.loadContent(${JSON.stringify(`${ROOT}content`)});
      const a = await lib.compile(input, { outputs: ['pdf'] });
      const b = await lib.compile(input, { outputs: ['pdf'] });
      const same = a.outputs.every((f, i) => Buffer.compare(f.data, b.outputs[i].data) === 0);
      console.log(JSON.stringify({ ok: a.ok && b.ok, files: a.outputs.length, same }));`;
    const dir = await makeContentDir({});
    const file = join(dir.dir, 'two-builds.mjs');
    await writeFile(file, script);
    const child = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ ok: true, files: 2, same: true });
  }, 60_000);
});
