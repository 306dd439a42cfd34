// mdast → a tree of sections: each heading opens a section that holds the blocks up to the next
// heading of the same or a higher level. Directives attach to the block or section they precede.
import type { Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { clean, mappedText } from '../normalize/inline-text.js';
import { isDirectiveNode, parseDirective, type Directive } from './directives.js';

export interface Block {
  node: RootContent;
  directives: Directive[];
}

export interface Section {
  heading?: { text: string; depth: number; node: Heading };
  /** Heading texts from the outermost section down to this one. */
  path: string[];
  depth: number;
  parent?: Section;
  directives: Directive[];
  blocks: Block[];
  children: Section[];
}

export function toSections(tree: Root, file: VFile): Section {
  const root: Section = { path: [], depth: 0, directives: [], blocks: [], children: [] };
  const stack: Section[] = [root];
  let pending: Directive[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (isDirectiveNode(node)) {
      const directive = parseDirective(node, file);
      if (directive) pending.push(directive);
      continue;
    }
    if (node.type === 'heading') {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const parent = stack[stack.length - 1]!;
      // A wiki's "[edit]" link beside a heading is a control of the page, not part of the title.
      const text = clean(mappedText(node).text).replace(/\s*\[(?:edit|edit source|hide|show)\]\s*$/i, '');
      const section: Section = {
        heading: { text, depth: node.depth, node },
        path: [...parent.path, text],
        depth: node.depth,
        parent,
        directives: pending,
        blocks: [],
        children: [],
      };
      pending = [];
      parent.children.push(section);
      stack.push(section);
      continue;
    }
    stack[stack.length - 1]!.blocks.push({ node, directives: pending });
    pending = [];
  }
  if (pending.length > 0) {
    // A directive at the very end of a file has nothing to apply to; keep it on the root so the
    // stale-directive check can report it.
    root.directives.push(...pending);
  }
  return root;
}

/** Every section in reading order (depth-first, the root first). */
export function flattenSections(root: Section): Section[] {
  const out: Section[] = [];
  const walk = (section: Section): void => {
    out.push(section);
    for (const child of section.children) walk(child);
  };
  walk(root);
  return out;
}
