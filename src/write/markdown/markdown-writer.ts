// dist/md/: the handouts as markdown (pregnancy.md, after-birth.md) for a website, written with
// remark-stringify from the mdast of the same document model the PDFs print, with YAML front
// matter (title, lang, edition, date). Only published records and reader text get in, so there
// is no withheld content, boilerplate or directive to strip here.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify, { type Options as RemarkStringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { stringify as yamlStringify } from 'yaml';
import { buildHandouts, type Handout } from '../../handout/index.js';
import type { Writer } from '../writer.js';
import { utf8Pieces } from '../utf8-pieces.js';
import { fastText } from './fast-text.js';
import { frontMatterFields, handoutChunks } from './to-mdast.js';

/** How the handouts are written as markdown (the tests compare the fast text handler under them). */
export const stringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
  fences: true,
  incrementListMarker: true,
} as const satisfies RemarkStringifyOptions;

const processor = unified()
  .use(remarkStringify, { ...stringifyOptions, handlers: { text: fastText } })
  .use(remarkFrontmatter, ['yaml']);

/** One handout as markdown text, ending with a newline. */
export function handoutMarkdown(handout: Handout): string {
  return [...handoutMarkdownChunks(handout)].join('');
}

/**
 * One handout as markdown in chunks, one from each top-level heading to the next; one after
 * another they are the text remark-stringify gives the whole tree (its blocks are joined by a
 * blank line, which each chunk after the first starts with, and a chunk starts at a heading,
 * after which nothing carries over: an adjacent list, whose bullet would alternate, is never
 * split off). The tree of a chunk is made at its turn, so a large handout is never one tree or
 * one string.
 */
export function* handoutMarkdownChunks(handout: Handout): Generator<string, void, undefined> {
  const yaml = yamlStringify(frontMatterFields(handout), { lineWidth: 0 }).trimEnd();
  let first = true;
  for (const children of handoutChunks(handout)) {
    const tree: Root = { type: 'root', children: first ? [{ type: 'yaml', value: yaml }, ...children] : children };
    const out = processor.stringify(tree);
    yield `${first ? '' : '\n'}${out.endsWith('\n') ? out : `${out}\n`}`;
    first = false;
  }
}

export const markdownWriter: Writer = {
  output: 'md',
  name: 'markdown-handouts',
  write(dataset, context) {
    return buildHandouts(dataset, context.config).map((handout) => ({
      path: `md/${handout.id}.md`,
      data: utf8Pieces(handoutMarkdownChunks(handout)),
    }));
  },
};
