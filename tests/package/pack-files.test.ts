// The npm tarball's file list, as `npm pack` makes it from package.json `files` (lib/ as built):
// what a user needs and nothing else. scripts/pack-check.mjs installs the real tarball.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { packProblems as problems } from '../../scripts/pack-files.mjs';
import { assertCompiledCli, ROOT } from '../helpers/child-build.js';

describe('npm pack', () => {
  it('holds the library with its types, the CLI, the schemas, the rules and the licences, and nothing else', () => {
    assertCompiledCli();
    const out = execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const [packed] = JSON.parse(out) as Array<{ files: Array<{ path: string }>; entryCount: number }>;
    const paths = packed!.files.map((f) => f.path);
    expect(problems(paths)).toEqual([]);
    expect(paths.some((p) => /^(tests|bench|src\/(?!safety\/rules\/)|dist|docs|scripts)\//.test(p))).toBe(false);
    expect(paths.some((p) => /^content\/[^/]+\.md$/.test(p))).toBe(false);
  }, 60_000);

  it('names what a wrong file list would ship or miss', () => {
    const good = ['package.json', 'README.md', 'LICENSE', 'DATA-LICENSE.md', 'bin/guidance.js', 'lib/index.js', 'lib/index.d.ts',
      'lib/cli/main.js', 'lib/cli/main.d.ts', 'lib/validate/validators.cjs', 'lib/pipeline/document-worker.js', 'lib/pipeline/document-worker.d.ts',
      'lib/write/pdf/pdf-worker.js', 'lib/write/pdf/pdf-worker.d.ts', 'schemas/dataset.schema.json', 'schemas/rule.schema.json', 'content/rules/claims.yaml'];
    expect(problems(good)).toEqual([]);
    expect(problems([...good, 'tests/cli/cli.test.ts', 'content/back-pain.md', 'src/index.ts'])).toEqual([
      'not for users: tests/cli/cli.test.ts', 'not for users: content/back-pain.md', 'not for users: src/index.ts',
    ]);
    expect(problems(good.filter((p) => p !== 'lib/index.d.ts'))).toEqual(['missing: lib/index.d.ts', 'no types for lib/index.js']);
    expect(problems(good.filter((p) => !p.startsWith('content/rules/')))).toEqual(['missing: the default rule files']);
  });
});
