// Small documents that made the markdown parser or a later stage quadratic (or overflow the
// stack) are refused before parsing with an error at their line; inputs within the bounds cost
// time linear in their size: a 4x input takes well under 16x (quadratic) the time of a 1x one.
import { describe, expect, it } from 'vitest';
import { compile, type CompileResult } from '../../src/pipeline/compile.js';
import { DATASET_YAML } from '../helpers/compile-text.js';

const HEAD = '---\ntitle: Hostile\nlanguage: en\naudience: [pregnancy]\n---\n\n# Hostile\n\n';
const HEAD_LINES = 8;
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function run(body: string, outputs: string[] = ['json']): Promise<CompileResult> {
  return compile({
    contentDir: 'content',
    documents: [{ path: 'content/a.md', bytes: encode(HEAD + body) }],
    datasetConfig: { path: 'content/dataset.yaml', bytes: encode(DATASET_YAML) },
    rules: [],
  }, { outputs });
}

const errors = (result: CompileResult): Array<{ ruleId: string | undefined; line: number | undefined }> =>
  result.files.flatMap((file) => file.messages.filter((m) => m.fatal === true).map((m) => ({ ruleId: m.ruleId, line: m.line })));

describe('refused before parsing, at their line', () => {
  const cases: Array<[string, string, string]> = [
    ['`-\\t` × 10,000 (lists nested on one line with tabs)', `${'-\t'.repeat(10_000)}x\n`, 'nesting-too-deep'],
    ['`1.\\t` × 10,000', `${'1.\t'.repeat(10_000)}x\n`, 'nesting-too-deep'],
    ['`*` × 20,000, text, `*` × 20,000', `${'*'.repeat(20_000)}text${'*'.repeat(20_000)}\n`, 'too-much-emphasis'],
    ['`*a_ ` × 40,000 in one paragraph', `${Array.from({ length: 2_000 }, () => '*a_ '.repeat(20)).join('\n')}\n`, 'too-much-emphasis'],
    ['`<!--` × 40,000 in one paragraph', `${Array.from({ length: 40 }, () => `Text ${'<!--'.repeat(1_000)}`).join('\n')}\n`, 'too-much-markup'],
    ['`Text <!--` on each of 10,000 lines', 'Text <!--\n'.repeat(10_000), 'too-much-markup'],
    ['unclosed backticks of every length, 15,000 runs', `${Array.from({ length: 15_000 }, (_, i) => `${'`'.repeat(1 + (i % 7))}a`).join(' ')}\n`, 'too-much-markup'],
  ];
  for (const [name, body, ruleId] of cases) {
    it(`${name}: ${ruleId} at line ${HEAD_LINES + 1}, in well under a second of parsing`, async () => {
      const started = performance.now();
      const result = await run(body);
      expect(result.ok).toBe(false);
      expect(errors(result)).toEqual([{ ruleId, line: HEAD_LINES + 1 }]);
      // Before the bounds these took 50-150 s or overflowed the stack; the bound is generous.
      expect(performance.now() - started).toBeLessThan(5_000);
    }, 30_000);
  }

  it('a real article passes both markup bounds far below them', async () => {
    const body = 'Sit *tall* and _breathe_ out. See [the leaflet](https://example.org) and `code`.\n\n'.repeat(200);
    const result = await run(body);
    expect(errors(result)).toEqual([]);
  }, 30_000);
});

/** Median of three timings of compiling `body` (which must be within every bound) with `outputs`. */
async function median(body: string, outputs: string[]): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < 3; n += 1) {
    const started = performance.now();
    const result = await run(body, outputs);
    expect(errors(result), 'the input is within the bounds').toEqual([]);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1]!;
}

describe('linear within the bounds (median of 3; 4x input under 8x the time)', () => {
  const scaled: Array<[string, (k: number) => string, string[]]> = [
    ['numbered steps of one exercise (SMS tips included)', (k) => `<!-- guidance: exercise -->\n## Cat-cow\n\n${Array.from({ length: 500 * k }, (_, i) => `${i + 1}. Breathe in and lift your chest slowly.`).join('\n')}\n`, ['json', 'md', 'sms']],
    ['paragraphs full of emphasis markers', (k) => `${'Sit *tall* and _breathe_ **out** now. '.repeat(10)}\n\n`.repeat(60 * k), ['json']],
    ['paragraphs of unclosed `<!--`, `[` and backticks', (k) => `${'Text <!-- [a `b '.repeat(10)}\n\n`.repeat(60 * k), ['json']],
    ['lists nested 15 deep with tabs', (k) => `${Array.from({ length: 15 }, (_, d) => `${'\t'.repeat(Math.floor(d / 2))}${d % 2 ? '  ' : ''}- Stand tall and breathe.`).join('\n')}\n\n`.repeat(10 * k), ['json']],
  ];
  for (const [name, make, outputs] of scaled) {
    it(name, async () => {
      await run(make(1), outputs); // warm up: module loading and JIT are not the input's cost
      const one = await median(make(1), outputs);
      const four = await median(make(4), outputs);
      expect(four / one, `1x ${one.toFixed(0)} ms, 4x ${four.toFixed(0)} ms`).toBeLessThan(8);
    }, 120_000);
  }
});

describe('tree walks', () => {
  it('eachNode walks a tree 100,000 deep (emphasis in emphasis) without overflowing the stack, in document order', async () => {
    const { eachNode } = await import('../../src/read/each-node.js');
    type Node = { type: string; children?: Node[]; value?: string };
    const root: Node = { type: 'root', children: [] };
    let at = root;
    for (let n = 0; n < 100_000; n += 1) {
      const next: Node = { type: 'emphasis', children: [{ type: 'text', value: String(n) }] };
      at.children!.push(next);
      at = next;
    }
    const seen: string[] = [];
    eachNode(root as never, 'text', (node) => seen.push(node.value));
    expect(seen).toHaveLength(100_000);
    expect(seen.slice(0, 3)).toEqual(['0', '1', '2']);
  });
});
