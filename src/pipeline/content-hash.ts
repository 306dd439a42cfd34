import { createHash } from 'node:crypto';
import type { InputFile } from './inputs.js';

/** sha256 over every input's path and bytes, in path order: the content's fingerprint. */
export function contentHash(files: readonly InputFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(file.path.replace(/\\/g, '/')).update('\0').update(file.bytes).update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}
