// `build` and `check` give their input up to compile: the documents' bytes are let go once read
// (a large build then holds the content once, as text), and nothing of the result changes.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/pipeline/compile.js';
import { loadContent } from '../../src/pipeline/load-content.js';

describe('compile with releaseInput', () => {
  it('lets each document\'s bytes go and gives the same dataset and outputs', async () => {
    const kept = await loadContent('content');
    const given = await loadContent('content');
    const outputs = ['json', 'md', 'sms'];
    const a = await compile(kept, { outputs });
    const b = await compile(given, { outputs, releaseInput: true });
    expect(given.documents.length).toBeGreaterThan(0);
    expect(given.documents.every((doc) => doc.bytes.byteLength === 0)).toBe(true);
    expect(kept.documents.every((doc) => doc.bytes.byteLength > 0)).toBe(true);
    expect(b.ok).toBe(true);
    expect(b.dataset?.dataset.contentHash).toBe(a.dataset?.dataset.contentHash);
    expect(b.written).toEqual(a.written);
  });
});
