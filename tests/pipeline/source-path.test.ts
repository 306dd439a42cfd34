// The dataset names each document inside the content folder, whatever --content looked like:
// an absolute path must not leak into published files, and the bytes must not depend on it.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/build.js';
import { compile } from '../../src/pipeline/compile.js';
import { contentRelative } from '../../src/pipeline/source-path.js';
import { cleanupAll, makeContentDir, makeTempDir, VALID_DOCUMENT } from '../helpers/content-dir.js';

afterAll(cleanupAll);

async function filesUnder(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(relative(dir, full), await readFile(full));
  }
  return out;
}

describe('source.file', () => {
  it.each([
    ['content', 'content/a.md', 'a.md'],
    ['./content/', 'content/a.md', 'a.md'],
    ['/srv/site/content', '/srv/site/content/a.md', 'a.md'],
    ['C:\\site\\content', 'C:/site/content/a.md', 'a.md'],
    ['.', 'a.md', 'a.md'],
    ['../elsewhere/guides', '../elsewhere/guides/rules/claims.yaml', 'rules/claims.yaml'],
  ])('in %s, %s is named %s', (dir, path, name) => {
    expect(contentRelative(dir)(path)).toBe(name);
  });

  it('a path outside the folder keeps its own name rather than a made-up one', () => {
    expect(contentRelative('content')('contents/a.md')).toBe('contents/a.md');
  });

  it('is the same, and never absolute, whether --content is absolute or relative', async () => {
    const second = VALID_DOCUMENT.replace('Gentle back exercises\nlanguage', 'Evening stretches\nlanguage').replace('## Cat-cow stretch', '## Seated side bend')
      .concat('\nThis bend is completely safe for everyone.\n');
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT, 'b.md': second });
    const absoluteOut = await makeTempDir();
    const relativeOut = await makeTempDir();
    const viaAbsolute = await build({ contentDir: content.dir, outDir: absoluteOut.dir, outputs: ['json'] });
    const viaRelative = await build({ contentDir: `${relative(process.cwd(), content.dir)}/`, outDir: relativeOut.dir, outputs: ['json'] });
    expect(viaAbsolute.ok && viaRelative.ok).toBe(true);
    expect(viaAbsolute.dataset!.sources.map((s) => s.file)).toEqual(['a.md', 'b.md']);
    const records = [...viaAbsolute.dataset!.exercises, ...viaAbsolute.dataset!.advice];
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(['a.md', 'b.md']).toContain(record.source.file);
    // Messages still name the file as given, so an editor's terminal can open it.
    expect(viaAbsolute.files.map((f) => f.path)).toContain(join(content.dir, 'a.md'));
    const a = await filesUnder(absoluteOut.dir);
    const b = await filesUnder(relativeOut.dir);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, bytes] of a) {
      expect(bytes.equals(b.get(path)!), path).toBe(true);
      expect(bytes.toString('utf8').includes(content.dir), path).toBe(false);
    }
  });

  it("names files on copies, leaving the caller's input as it was", async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const input = {
      contentDir: '/srv/guides',
      documents: [{ path: '/srv/guides/a.md', bytes: bytes(VALID_DOCUMENT) }],
      datasetConfig: { path: '/srv/guides/dataset.yaml', bytes: bytes('name: t\ntitle: T\nversion: 1.0.0\ndate: "2026-01-01"\n') },
      rules: [],
    };
    const result = await compile(input);
    expect(result.dataset!.sources[0]!.file).toBe('a.md');
    expect(input.documents[0]).toEqual({ path: '/srv/guides/a.md', bytes: bytes(VALID_DOCUMENT) });
  });
});
