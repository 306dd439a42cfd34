// dist/md/: the handouts as markdown (pregnancy.md, after-birth.md) for a website, written with
// remark-stringify from the mdast of the same document model the PDFs print, with YAML front
// matter (title, lang, edition, date). Only published records and reader text get in, so there
// is no withheld content, boilerplate or directive to strip here.
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify, { type Options as RemarkStringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { stringify as yamlStringify } from 'yaml';
import { buildHandouts, type Handout } from '../../handout/index.js';
import type { Writer } from '../writer.js';
import { fastText } from './fast-text.js';
import { frontMatterFields, handoutToMdast } from './to-mdast.js';

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
  const tree = handoutToMdast(handout);
  const yaml = yamlStringify(frontMatterFields(handout), { lineWidth: 0 }).trimEnd();
  tree.children.unshift({ type: 'yaml', value: yaml });
  const out = processor.stringify(tree);
  return out.endsWith('\n') ? out : `${out}\n`;
}

export const markdownWriter: Writer = {
  output: 'md',
  name: 'markdown-handouts',
  write(dataset, context) {
    return buildHandouts(dataset, context.config).map((handout) => ({
      path: `md/${handout.id}.md`,
      data: handoutMarkdown(handout),
    }));
  },
};
