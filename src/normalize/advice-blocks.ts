// Blocks that are not exercises become advice: a paragraph, a list, or a lead-in paragraph ending
// in ":" together with the list it introduces.
import type { List } from 'mdast';
import type { Block, Section } from '../read/sections.js';
import { locatedText, type AdviceDraft } from './drafts.js';
import { adviceTopic } from './advice-topics.js';
import { isShortLine } from './boilerplate.js';
import { isLoggedMessage } from './message-log.js';

export function adviceFromBlocks(blocks: readonly Block[], section: Section): AdviceDraft[] {
  const out: AdviceDraft[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const node = blocks[i]!.node;
    if (node.type === 'thematicBreak' || node.type === 'html' || node.type === 'definition') continue;
    if (node.type === 'list') {
      out.push({ ...listDraft(node as List, undefined, section), ...stagesOf(blocks[i]!) });
      continue;
    }
    const text = locatedText(node);
    if (!text) continue;
    const next = blocks[i + 1]?.node;
    if (next?.type === 'list' && /:\s*$/.test(text.value)) {
      out.push({ ...listDraft(next as List, text, section, node), ...stagesOf(blocks[i]!) });
      i += 1;
      continue;
    }
    // A short title line ("Getting into a car") over a paragraph or list is that block's heading.
    if (node.type === 'paragraph' && next && (next.type === 'paragraph' || next.type === 'list') && isTitleLine(text.value) && !isLoggedMessage(node) && blocks[i + 1]!.directives.length === 0) {
      const path = [...section.path, text.value];
      if (next.type === 'list') out.push({ ...listDraft(next as List, undefined, { ...section, path }), heading: text.value, nodes: [node, next], ...stagesOf(blocks[i]!) });
      else {
        const body = locatedText(next);
        if (body) out.push({ topic: adviceTopic(`${text.value}. ${body.value}`, path), heading: text.value, text: body, nodes: [node, next], ...stagesOf(blocks[i]!) });
      }
      i += 1;
      continue;
    }
    out.push({ topic: adviceTopic(text.value, section.path), text, nodes: [node], ...stagesOf(blocks[i]!) });
  }
  return out;
}

function listDraft(list: List, lead: AdviceDraft['text'], section: Section, leadNode?: Block['node']): AdviceDraft {
  const items = list.children.map((item) => locatedText(item)).filter((item) => item !== undefined);
  const topicText = lead?.value ?? items.map((item) => item.value).join(' ');
  return {
    topic: adviceTopic(topicText, section.path),
    ...(lead ? { text: lead } : {}),
    items,
    nodes: leadNode ? [leadNode, list] : [list],
  };
}

/** A few capitalised words with no sentence punctuation: a heading written as a line. */
function isTitleLine(text: string): boolean {
  return isShortLine(text) && text.split(/\s+/).length <= 7 && /^[\p{Lu}\d]/u.test(text);
}

function stagesOf(block: Block): Pick<AdviceDraft, 'stages'> {
  const directive = block.directives.find((d) => d.kind === 'stages');
  return directive?.kind === 'stages' ? { stages: directive.stages } : {};
}
