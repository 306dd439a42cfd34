// compile reports the end of each stage, in order, so a caller can act between them (the CLI
// collects garbage after the duplicate search of a large build); a blocked build stops early.
import { describe, expect, it } from 'vitest';
import { compile, type PipelineStage } from '../../src/pipeline/compile.js';
import { loadContent } from '../../src/pipeline/load-content.js';

describe('compile onStageEnd', () => {
  it('reports read, dedupe, checks and validate, once each and in order', async () => {
    const stages: PipelineStage[] = [];
    const result = await compile(await loadContent('content'), { outputs: ['json'], onStageEnd: (stage) => stages.push(stage) });
    expect(result.ok).toBe(true);
    expect(stages).toEqual(['read', 'dedupe', 'checks', 'validate']);
  });

  it('stops after the checks when a document has an error (nothing is validated or written)', async () => {
    const input = await loadContent('content');
    input.documents.push({ path: 'content/zz-broken.md', bytes: new TextEncoder().encode('---\ntitle: [unclosed\n---\n\nText.\n') });
    const stages: PipelineStage[] = [];
    const result = await compile(input, { outputs: ['json'], onStageEnd: (stage) => stages.push(stage) });
    expect(result.ok).toBe(false);
    expect(stages).toEqual(['read', 'dedupe', 'checks']);
  });
});
