// The real content/ folder compiled once per test file.
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/pipeline/load-content.js';
import { compile, type CompileResult } from '../../src/pipeline/compile.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cached: Promise<CompileResult> | undefined;

export function compileRealContent(): Promise<CompileResult> {
  cached ??= (async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      return compile(await loadContent('content'));
    } finally {
      process.chdir(cwd);
    }
  })();
  return cached;
}
