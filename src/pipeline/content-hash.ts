import { createHash } from 'node:crypto';
import type { InputFile } from './inputs.js';

/** sha256 over every input's name in the content folder and bytes, in name order: the content's fingerprint. */
export function contentHash(files: readonly InputFile[]): string {
  const hash = createHash('sha256');
  const named = files.map((file) => ({ name: (file.name ?? file.path).replace(/\\/g, '/'), bytes: file.bytes }));
  for (const file of named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(file.name).update('\0').update(file.bytes).update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}
