// The handout document model as an mdast tree: the same sections and blocks the PDF prints, as
// markdown for a website. Headings keep their levels (the title is the only H1), fact rows become
// a list with bold labels, caution boxes become block quotes (naming and quoting the step they are
// about, which ends with a bold “(see Take care)”). Text nodes carry plain text only;
// remark-stringify escapes whatever markdown would read as syntax. Pure.
import type { BlockContent, Heading, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { type Block, type Caution, type Handout, type Section, type Text } from '../../handout/index.js';

/** Front matter for static site generators: title, language, the content's version and date. */
export interface FrontMatterFields {
  title: string;
  description: string;
  lang: string;
  edition: string;
  date: string;
}

const text = (value: Text | string): PhrasingContent => ({ type: 'text', value: typeof value === 'string' ? value : value.text });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });

function heading(depth: Heading['depth'], value: Text): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

function listItem(children: PhrasingContent[]): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph(children)] };
}

function marked(value: Text, before = ''): PhrasingContent[] {
  return [text(`${before}${value.text}`)];
}

/** “**Take care:** …”: our own safe caution text (a flagged sentence is never printed or quoted). */
function cautionNodes(caution: Caution): PhrasingContent[] {
  return [strong(`${caution.label.text}:`), text(` ${caution.text.text}`)];
}

function blockNodes(block: Block): BlockContent[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(marked(block.text))];
    case 'list':
      return [
        ...(block.title ? [paragraph([strong(block.title.text)])] : []),
        { type: 'list', ordered: block.ordered, ...(block.ordered ? { start: 1 } : {}), spread: false, children: block.items.map((item) => listItem(marked(item))) },
      ];
    case 'facts':
      return [{
        type: 'list', ordered: false, spread: false,
        children: block.rows.map((row) => listItem([strong(`${row.label.text}:`), ...marked(row.value, ' ')])),
      }];
    case 'caution':
      return [{ type: 'blockquote', children: [paragraph(cautionNodes(block))] }];
  }
}

export function frontMatterFields(handout: Handout): FrontMatterFields {
  return {
    title: handout.title.text,
    description: handout.subtitle.text,
    lang: handout.lang,
    edition: handout.edition.text,
    date: handout.date,
  };
}

/** The handout as mdast, without front matter, in one tree (what the chunks add up to). */
export function handoutToMdast(handout: Handout): Root {
  return { type: 'root', children: [...handoutChunks(handout)].flat() };
}

/**
 * The top-level nodes of the handout's mdast in runs that each start at a heading (the title,
 * then every section and subsection), made one run at a time.
 */
export function* handoutChunks(handout: Handout): Generator<RootContent[], void, undefined> {
  yield [
    ...(handout.draft ? [paragraph([strong(handout.draft.text)])] : []),
    heading(1, handout.title), paragraph([text(handout.subtitle)]), paragraph([text(handout.edition)]), ...handout.cover.flatMap(blockNodes),
  ];
  for (const section of handout.sections) yield* sectionChunks(section);
}

function* sectionChunks(section: Section): Generator<RootContent[], void, undefined> {
  yield [heading(section.level, section.title), ...section.blocks.flatMap(blockNodes)];
  for (const sub of section.sections) yield* sectionChunks(sub);
}
