// Fixture folders: tests/fixtures/<stage>/<case>/input.md beside the expected output the code
// produced and a reviewer accepted. `UPDATE_FIXTURES=1 npx vitest run tests/fixtures.test.ts`
// rewrites the expected files; review their diff before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const UPDATE = process.env.UPDATE_FIXTURES === '1';

export function fixtureCases(stage: string): Array<{ name: string; dir: string; input: string }> {
  const dir = join(FIXTURES, stage);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, dir: join(dir, name), input: readFileSync(join(dir, name, 'input.md'), 'utf8') }));
}

/** The expected text, or the actual one written in its place when updating. */
export function expected(dir: string, file: string, actual: string): string {
  const path = join(dir, file);
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`${path} is missing: run with UPDATE_FIXTURES=1 and review it`);
    writeFileSync(path, actual);
    return actual;
  }
  return readFileSync(path, 'utf8');
}
