// A chat or SMS log pasted as text: every line opens with a date and time and a sender
// ("[12/03/26, 19:42] Megan: …", "12/03/2026, 19:42 - Megan: …", "[2024-03-02 08:00] MA-W20-01: …").
// Markdown reads the lines as one paragraph, so one message's exercise would run on into the
// next message's chat. Each message becomes a paragraph of its own, its stamp and sender blanked
// (every place kept) and reported once for the document.
import type { Nodes, Paragraph, Root, Text } from 'mdast';
import type { BoilerplateBlock } from './boilerplate.js';
import { lineStarts, replaceParagraphs, splitAtLines, type LineStart } from './line-split.js';

const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** A message's stamp and sender at the start of a line; the sender is a few words before a colon. */
const MESSAGE = new RegExp(String.raw`^[ \t]*(?:\[${DATE},?[ \t]+${TIME}\]|\[${TIME},?[ \t]+${DATE}\]|${DATE},?[ \t]+${TIME}[ \t]*[-–—])[ \t]*(?:[^:\n\[\]]{1,30}?:(?=[ \t]))?[ \t]*`, 'u');

/** Lines of the paragraph that open with a message stamp, with the stamp's end. */
function stampedLines(paragraph: Paragraph): LineStart[] {
  const found: LineStart[] = [];
  for (const start of lineStarts(paragraph)) {
    const child = paragraph.children[start.child];
    if (child?.type !== 'text') continue;
    const line = child.value.slice(start.offset).split('\n')[0]!;
    const match = MESSAGE.exec(line);
    // A message of only a picture or link ("<Media omitted>") has its text in the next node.
    if (match && (match[0].length < line.length || start.child + 1 < paragraph.children.length)) found.push({ ...start, blankTo: start.offset + match[0].length });
  }
  return found;
}

/** The tree with each logged message a paragraph of its own (a copy; the same tree when there is no log). */
export function splitMessageLog(tree: Root): { tree: Root; removed: BoilerplateBlock[] } {
  let total = 0;
  const scan = (node: Nodes): void => {
    if (node.type === 'paragraph') total += stampedLines(node).length;
    else if ('children' in node) for (const child of node.children as Nodes[]) scan(child);
  };
  scan(tree);
  // A log has message after message; one dated line is a date in a sentence.
  if (total < 3) return { tree, removed: [] };
  const copy = structuredClone(tree);
  const stamps: string[] = [];
  let first: { line: number; column: number } | undefined;
  let last = 0;
  replaceParagraphs(copy, (child) => {
    const starts = stampedLines(child);
    if (starts.length === 0) return undefined;
    for (const start of starts) {
      const node = child.children[start.child] as Text;
      stamps.push(node.value.slice(start.offset, start.blankTo).trim());
      const line = (node.position?.start.line ?? 1) + (node.value.slice(0, start.offset).match(/\n/g)?.length ?? 0);
      first ??= { line, column: child.position?.start.column ?? 1 };
      last = Math.max(last, line);
    }
    return splitAtLines(child, starts, { message: true });
  });
  const shown = stamps.slice(0, 3).map((s) => `“${s}”`).join(', ');
  return {
    tree: copy,
    removed: [{
      kind: 'transcript', reason: `date, time and sender of ${stamps.length} logged messages (${shown}${stamps.length > 3 ? ' …' : ''}); each message is read on its own`,
      text: stamps.join(' '), items: [], start: first ?? { line: 1, column: 1 }, lines: { start: first?.line ?? 1, end: last }, headings: [],
    }],
  };
}

/** A paragraph that is one logged message: a chat line is never a lost heading, however short. */
export function isLoggedMessage(node: Nodes | undefined): boolean {
  return (node?.data as { message?: boolean } | undefined)?.message === true;
}
