// The markdown edition: the same handouts as the PDFs (same model), with front matter, headings in
// order, every published exercise and its steps, and nothing withheld, flagged or hidden.
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import type { Heading, Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allSections, buildHandouts, READER_CAUTIONS, type Handout } from '../../src/handout/index.js';
import remarkStringify from 'remark-stringify';
import { handoutMarkdown, handoutMarkdownChunks, markdownWriter, stringifyOptions } from '../../src/write/markdown/markdown-writer.js';
import { fastText } from '../../src/write/markdown/fast-text.js';
import { frontMatterFields, handoutToMdast } from '../../src/write/markdown/to-mdast.js';
import { stringify as yamlStringify } from 'yaml';
import { piecesOf } from '../../src/write/writer.js';
import { clone, realContent, squash, type RealContent } from './helpers.js';

let real: RealContent;
let handouts: Handout[];
let files: Map<string, string>;

beforeAll(async () => {
  real = await realContent();
  handouts = buildHandouts(real.dataset, real.config);
  const out = await markdownWriter.write(real.dataset, real.context);
  files = new Map(out.map((f) => [f.path, Buffer.concat([...piecesOf(f.data)]).toString('utf8')]));
});

const tree = (markdown: string): Root => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown);

describe('markdown handouts', () => {
  it('are written a chunk at a time with the bytes remark-stringify gives the whole tree', () => {
    const whole = unified().use(remarkStringify, { ...stringifyOptions, handlers: { text: fastText } }).use(remarkFrontmatter, ['yaml']);
    const wholeText = (handout: Handout): string => {
      const tree = handoutToMdast(handout);
      tree.children.unshift({ type: 'yaml', value: yamlStringify(frontMatterFields(handout), { lineWidth: 0 }).trimEnd() });
      const text = whole.stringify(tree);
      return text.endsWith('\n') ? text : `${text}\n`;
    };
    // Also a handout with two lists next to each other (their bullets alternate: `-`, then `*`),
    // which a chunk never splits.
    const adjacent = clone(handouts[0]!);
    const section = allSections(adjacent).find((s) => s.blocks.some((b) => b.kind === 'list'))!;
    const at = section.blocks.findIndex((b) => b.kind === 'list');
    section.blocks.splice(at + 1, 0, { kind: 'list', ordered: false, items: [{ text: 'Another list right after it' }] } as (typeof section.blocks)[number]);
    expect(wholeText(adjacent)).toMatch(/\n\* Another list right after it\n/);
    for (const handout of [...handouts, adjacent]) {
      expect([...handoutMarkdownChunks(handout)].length).toBeGreaterThan(10);
      expect(handoutMarkdown(handout)).toBe(wholeText(handout));
    }
    for (const handout of handouts) expect(files.get(`md/${handout.id}.md`)).toBe(handoutMarkdown(handout));
  });

  it('writes md/pregnancy.md and md/after-birth.md', () => {
    expect([...files.keys()]).toEqual(['md/pregnancy.md', 'md/after-birth.md']);
  });

  it('starts with front matter: title, language, edition and the content date', () => {
    for (const handout of handouts) {
      const root = tree(files.get(`md/${handout.id}.md`)!);
      const yaml = root.children[0]!;
      expect(yaml.type).toBe('yaml');
      expect(parse((yaml as { value: string }).value)).toMatchObject({ title: handout.title.text, lang: 'en', edition: handout.edition.text });
    }
  });

  it('has the headings of the document model, in order and at their levels', () => {
    for (const handout of handouts) {
      const headings = tree(files.get(`md/${handout.id}.md`)!).children
        .filter((n): n is Heading => n.type === 'heading')
        .map((h) => [h.depth, toString(h)]);
      expect(headings).toEqual([[1, handout.title.text], ...allSections(handout).map((s) => [s.level, s.title.text])]);
    }
  });

  it('has every published exercise step, reads back as the same text, and nothing withheld', () => {
    const evidence = real.report.flags.filter((f) => f.severity === 'error' && !f.resolution).map((f) => squash(f.evidence));
    for (const handout of handouts) {
      const markdown = files.get(`md/${handout.id}.md`)!;
      const text = squash(toString(tree(markdown)));
      for (const section of allSections(handout).filter((s) => s.kind === 'exercise')) {
        const exercise = real.dataset.exercises.find((e) => e.id === section.title.source)!;
        expect(exercise.status).toBe('published');
        for (const step of exercise.steps) expect(text).toContain(squash(step).slice(1));
      }
      for (const e of evidence) expect(text).not.toContain(e);
      expect(markdown).not.toMatch(/<!--|guidance:|[\p{Script=Han}\p{Script=Cyrillic}]/u);
    }
  });

  it('escapes markdown syntax in source text', async () => {
    const dataset = structuredClone(real.dataset);
    const exercise = dataset.exercises.find((e) => e.id === 'back-exercises-after-childbirth--eagle')!;
    exercise.steps[0] = 'Lift *both* arms [slowly] <b>now</b> # twice';
    const [, after] = await markdownWriter.write(dataset, real.context);
    const root = tree(Buffer.concat([...piecesOf(after!.data)]).toString('utf8'));
    expect(squash(toString(root))).toContain(squash(exercise.steps[0]));
    expect(JSON.stringify(root)).not.toMatch(/"type":"(?:emphasis|link|html)"/);
  });

  it('shows caution boxes as block quotes', () => {
    const markdown = files.get('md/pregnancy.md')!;
    // A box holds only our own safe sentence; the flagged text is never quoted (tests/handout/cautions.test.ts).
    const boxes = markdown.split('\n').filter((line) => line.startsWith('> **Take care'));
    for (const box of boxes) expect(Object.values(READER_CAUTIONS).map((text) => `> **Take care:** ${text}`)).toContain(box);
    expect(markdown).not.toMatch(/hold your breath for a few seconds/i);
  });
});
