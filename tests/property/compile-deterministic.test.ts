// Property: compile is deterministic: the same content gives byte-identical outputs and the same
// diagnostics, whatever the order the documents are passed in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/pipeline/compile.js';
import { compileFolder, contentFolder, outputTexts } from '../helpers/markdown-arb.js';

const messagesOf = (result: CompileResult): string[] => result.files.flatMap((file) =>
  file.messages.map((m) => `${file.path}:${m.line ?? 0}:${m.column ?? 0} ${m.ruleId ?? ''} ${String(m.fatal)} ${m.reason}`));

describe('compile determinism', () => {
  it('compiling twice (and in reverse input order) gives byte-identical outputs and the same messages', async () => {
    await fc.assert(fc.asyncProperty(contentFolder, async (documents) => {
      const first = await compileFolder(documents);
      const second = await compileFolder(documents);
      const reversed = await compileFolder([...documents].reverse());
      expect(outputTexts(second)).toEqual(outputTexts(first));
      expect(outputTexts(reversed)).toEqual(outputTexts(first));
      expect(messagesOf(second)).toEqual(messagesOf(first));
      expect(messagesOf(reversed)).toEqual(messagesOf(first));
      expect(second.ok).toBe(first.ok);
    }), { numRuns: 100 });
  }, 60_000);
});
