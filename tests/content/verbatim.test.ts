/**
 * The content/*.md files are the scraped seed articles with markdown structure added and
 * nothing else: every line of the seed must survive, verbatim and in order. This test strips
 * the structure that was added (front matter, heading markers, list markers, backslash escapes,
 * the two headings added to 004 and blank lines) and compares what is left with the seed,
 * line by line and word by word. It also checks the front matter against the JSON Schema and
 * that remark reads the files as headings, paragraphs and lists only (no accidental markup).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Heading, List, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const CONTENT = path.join(ROOT, 'content');
const SCHEMAS = path.join(ROOT, 'schemas');

interface Pair {
  seed: string;
  file: string;
  /** Headings that are not in the seed and were added on purpose (exact markdown lines). */
  added: string[];
}

const PAIRS: Pair[] = [
  { seed: '000', file: 'strengthen-back-late-pregnancy.md', added: [] },
  { seed: '001', file: 'lower-back-exercises-by-trimester.md', added: [] },
  { seed: '002', file: 'back-exercises-after-childbirth.md', added: [] },
  { seed: '003', file: 'pregnancy-back-pain-relief.md', added: [] },
  { seed: '004', file: 'upper-back-pain-pregnancy.md', added: ['## 2. Stretch', '## 3. Prenatal massage'] },
];

const seedsPresent = existsSync(SEEDS);

function seedPath(prefix: string): string {
  const names = readdirSync(SEEDS).filter((n) => n.startsWith(`${prefix}_`) && n.endsWith('.txt'));
  if (names.length !== 1) throw new Error(`expected one seed ${prefix}_*.txt in ${SEEDS}, found ${names.length}`);
  return path.join(SEEDS, names[0]!);
}

function read(file: string): string {
  return readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
}

/** Splits a content file into its front matter text and body; throws if there is none. */
function splitFrontMatter(text: string): { yaml: string; body: string; bodyStartLine: number } {
  if (!text.startsWith('---\n')) throw new Error('content file does not begin with a "---" front matter line');
  const end = text.indexOf('\n---\n', 3);
  if (end < 0) throw new Error('front matter is not closed by a "---" line');
  const yaml = text.slice(4, end + 1);
  return { yaml, body: text.slice(end + 5), bodyStartLine: yaml.split('\n').length + 1 };
}

type Marker = string; // '-' for a bullet, the number for an ordered item

/** Seed lines, trimmed and non-empty, with the seed's own list markers removed. */
function seedLines(text: string): { lines: string[]; markers: Marker[] } {
  const lines: string[] = [];
  const markers: Marker[] = [];
  for (const raw of text.split('\n')) {
    let m: RegExpExecArray | null;
    let line = raw;
    if ((m = /^\s+\u2022\s+/.exec(line)) || (m = /^-\s+/.exec(line))) {
      markers.push('-');
      line = line.slice(m[0].length);
    } else if ((m = /^\s+(\d+)\.\s+/.exec(line))) {
      markers.push(m[1]!);
      line = line.slice(m[0].length);
    }
    line = line.trim();
    if (line) lines.push(line);
  }
  return { lines, markers };
}

/** Content body lines with the added markdown structure removed, trimmed and non-empty. */
function contentLines(body: string, added: string[]): { lines: string[]; markers: Marker[]; addedSeen: string[] } {
  const lines: string[] = [];
  const markers: Marker[] = [];
  const addedSeen: string[] = [];
  for (const raw of body.split('\n')) {
    if (added.includes(raw.trimEnd())) {
      addedSeen.push(raw.trimEnd());
      continue;
    }
    let line = raw;
    let m: RegExpExecArray | null;
    if ((m = /^#{1,6}\s+/.exec(line))) {
      line = line.slice(m[0].length);
    } else if ((m = /^-\s+/.exec(line))) {
      markers.push('-');
      line = line.slice(m[0].length);
    } else if ((m = /^(\d+)\.\s+/.exec(line))) {
      markers.push(m[1]!);
      line = line.slice(m[0].length);
    }
    line = line.replace(/\\([!-/:-@[-`{-~])/g, '$1').trim();
    if (line) lines.push(line);
  }
  return { lines, markers, addedSeen };
}

/** null when equal, otherwise a description of the first difference with some context. */
function firstDifference(expected: string[], actual: string[], what: string, context = 2): string | null {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] === actual[i]) continue;
    const show = (xs: string[]) =>
      xs
        .slice(Math.max(0, i - context), i + context + 1)
        .map((x, k) => `${Math.max(0, i - context) + k === i ? '>>' : '  '} ${JSON.stringify(x)}`)
        .join('\n');
    return (
      `${what} differ at ${what === 'words' ? 'word' : 'line'} ${i + 1} ` +
      `(seed has ${expected.length}, content has ${actual.length}):\n` +
      `seed:\n${show(expected)}\ncontent:\n${show(actual)}`
    );
  }
  return null;
}

const words = (lines: string[]) => lines.join(' ').split(/\s+/).filter(Boolean);

function compare(seedText: string, contentText: string, added: string[]): string[] {
  const problems: string[] = [];
  const seed = seedLines(seedText);
  const content = contentLines(splitFrontMatter(contentText).body, added);
  for (const h of added) {
    const count = content.addedSeen.filter((x) => x === h).length;
    if (count !== 1) problems.push(`added heading ${JSON.stringify(h)} should appear once, found ${count}`);
  }
  const lineDiff = firstDifference(seed.lines, content.lines, 'lines');
  if (lineDiff) problems.push(lineDiff);
  const wordDiff = firstDifference(words(seed.lines), words(content.lines), 'words', 6);
  if (wordDiff) problems.push(wordDiff);
  const markerDiff = firstDifference(seed.markers, content.markers, 'list markers');
  if (markerDiff) problems.push(markerDiff);
  return problems;
}

describe('content files keep every line of their seed verbatim', () => {
  for (const pair of PAIRS) {
    if (!seedsPresent) {
      it.skip(`${pair.file} vs seed ${pair.seed} (skipped: seed folder ${SEEDS} not found)`, () => {});
      continue;
    }
    it(`${pair.file} matches seed ${pair.seed}`, () => {
      const problems = compare(read(seedPath(pair.seed)), read(path.join(CONTENT, pair.file)), pair.added);
      expect(problems.join('\n\n') || null).toBeNull();
    });
  }

  it.skipIf(!seedsPresent)('the comparison itself catches dropped, changed, merged and invented text', () => {
    const pair = PAIRS[4]!;
    const seed = read(seedPath(pair.seed));
    const content = read(path.join(CONTENT, pair.file));
    expect(compare(seed, content, pair.added)).toEqual([]);
    const target = 'Swedish massage is the preferred method';
    expect(content).toContain(target);
    // A dropped word, a changed word, a dropped line, an invented heading, a merged line, a lost added heading.
    const mutations: Record<string, string> = {
      'dropped word': content.replace(target, 'Swedish massage is preferred method'),
      'changed word': content.replace(target, 'Swedish massage is the best method'),
      'dropped line': content.replace(/^Swedish massage.*\n/m, ''),
      'invented heading': content.replace(target, `## Massage\n\n${target}`),
      'list item made plain text': content.replace('2. Stand as you normally would', 'Stand as you normally would'),
      'added heading missing': content.replace('Repeat on the other side.\n\n## 3. Prenatal massage', 'Repeat on the other side.'),
      'two lines merged': content.replace('facing a wall.\n2. ', 'facing a wall. '),
      'line split': content.replace('Swedish massage is the preferred method, ', 'Swedish massage is the preferred method,\n'),
    };
    for (const [name, mutated] of Object.entries(mutations)) {
      expect(mutated, name).not.toBe(content);
      expect(compare(seed, mutated, pair.added), name).not.toEqual([]);
    }
  });
});

describe('front matter', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, 'common.schema.json'), 'utf8')));
  ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, 'front-matter.schema.json'), 'utf8')));
  ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, 'dataset-config.schema.json'), 'utf8')));
  const validateFrontMatter = ajv.getSchema('https://guidance.example/schemas/front-matter.schema.json');
  const validateDataset = ajv.getSchema('https://guidance.example/schemas/dataset-config.schema.json');

  for (const pair of PAIRS) {
    it(`${pair.file} begins with front matter that has title, language and audience and fits the schema`, () => {
      const { yaml } = splitFrontMatter(read(path.join(CONTENT, pair.file)));
      const data: unknown = parseYaml(yaml);
      expect(data).toBeTypeOf('object');
      expect(data).toHaveProperty('title');
      expect(data).toHaveProperty('language');
      expect(data).toHaveProperty('audience');
      expect(validateFrontMatter).toBeDefined();
      const ok = validateFrontMatter!(data);
      expect(ok ? null : ajv.errorsText(validateFrontMatter!.errors)).toBeNull();
    });
  }

  it('content/dataset.yaml fits the dataset settings schema', () => {
    const data: unknown = parseYaml(read(path.join(CONTENT, 'dataset.yaml')));
    expect(validateDataset).toBeDefined();
    const ok = validateDataset!(data);
    expect(ok ? null : ajv.errorsText(validateDataset!.errors)).toBeNull();
  });
});

describe('markdown structure', () => {
  const allowedBlocks = new Set(['heading', 'paragraph', 'list']);
  const allowedNodes = new Set(['root', 'heading', 'paragraph', 'list', 'listItem', 'text']);

  for (const pair of PAIRS) {
    it(`${pair.file} reads as headings, paragraphs and one-line list items only`, () => {
      const { body } = splitFrontMatter(read(path.join(CONTENT, pair.file)));
      const tree = unified().use(remarkParse).parse(body) as Root;
      const problems: string[] = [];
      const where = (node: { position?: { start: { line: number } } }) => `body line ${node.position?.start.line ?? '?'}`;
      for (const block of tree.children as RootContent[]) {
        if (!allowedBlocks.has(block.type)) problems.push(`unexpected ${block.type} block at ${where(block)}`);
      }
      visit(tree, (node) => {
        if (!allowedNodes.has(node.type)) problems.push(`unexpected ${node.type} at ${where(node)}`);
      });
      visit(tree, 'heading', (node: Heading) => {
        if (node.depth > 3) problems.push(`heading deeper than ### at ${where(node)}`);
      });
      visit(tree, 'list', (list: List) => {
        for (const item of list.children) {
          const para = item.children[0];
          if (item.children.length !== 1 || para?.type !== 'paragraph') {
            problems.push(`list item at ${where(item)} is not a single paragraph`);
          } else if (para.children.some((c) => c.type === 'text' && c.value.includes('\n'))) {
            problems.push(`list item at ${where(item)} continues onto a second line (lazy continuation?)`);
          }
        }
      });
      const atx = body.split('\n').filter((l) => /^#{1,6} /.test(l)).length;
      let headings = 0;
      visit(tree, 'heading', () => {
        headings++;
      });
      if (headings !== atx) problems.push(`remark found ${headings} headings but the file has ${atx} "#" lines`);
      const titles = tree.children.filter((c) => c.type === 'heading' && c.depth === 1).length;
      if (titles > 1) problems.push(`more than one level-1 heading (${titles})`);
      expect(problems).toEqual([]);
    });
  }
});
