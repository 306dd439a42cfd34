// A chat or SMS log pasted as text: every line opens with a date and time and a sender
// ("[12/03/26, 19:42] Megan: …", "12/03/2026, 19:42 - Megan: …", "[2024-03-02 08:00] MA-W20-01: …").
// Markdown reads the lines as one paragraph, so one message's exercise would run on into the
// next message's chat. Each message becomes a paragraph of its own, its stamp and sender blanked
// (every place kept) and reported once for the document.
import type { Nodes, Paragraph, Root, Text } from 'mdast';
import type { BoilerplateBlock } from './boilerplate.js';
import { lineStarts, newlinesBefore, replaceParagraphs, splitAtLines, type LineStart } from './line-split.js';

const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/**
 * A message's stamp at the start of a line, then what may be its sender: a few words before a
 * colon. Whether those words are a sender is decided over the whole log (`isSender`).
 */
const MESSAGE = new RegExp(String.raw`^[ \t]*(?:\[${DATE},?[ \t]+${TIME}\]|\[${TIME},?[ \t]+${DATE}\]|${DATE},?[ \t]+${TIME}[ \t]*[-–—])[ \t]*(?:([^:\n\[\]]{1,30}?):(?=[ \t]))?[ \t]*`, 'u');
const STAMP = new RegExp(MESSAGE.source.replace(String.raw`(?:([^:\n\[\]]{1,30}?):(?=[ \t]))?[ \t]*`, ''), 'u');

/**
 * A sender writes more than once ("Megan:"), or is a programme's message code ("MA-W20-01:");
 * words before a colon met once ("[…] Cat-cow: on all fours…") are the message's own lead.
 */
function isSender(name: string, counts: ReadonlyMap<string, number>): boolean {
  return (counts.get(name) ?? 0) >= 2 || /\d/.test(name);
}

/** Lines of the paragraph that open with a message stamp, with the stamp's (and sender's) end. */
function stampedLines(paragraph: Paragraph, senders?: Map<string, number>, counts?: ReadonlyMap<string, number>): LineStart[] {
  const found: LineStart[] = [];
  // Most paragraphs hold no clock time at all: nothing to look at line by line.
  if (!paragraph.children.some((child) => child.type === 'text' && /\d:\d\d/.test(child.value))) return found;
  for (const start of lineStarts(paragraph)) {
    const child = paragraph.children[start.child];
    if (child?.type !== 'text') continue;
    const end = child.value.indexOf('\n', start.offset);
    const line = child.value.slice(start.offset, end < 0 ? undefined : end);
    const match = MESSAGE.exec(line);
    const sender = match?.[1]?.trim();
    if (sender && senders) senders.set(sender, (senders.get(sender) ?? 0) + 1);
    const blanked = match && sender && counts && !isSender(sender, counts) ? STAMP.exec(line) : match;
    // A message of only a picture or link ("<Media omitted>") has its text in the next node.
    if (blanked && (blanked[0].length < line.length || start.child + 1 < paragraph.children.length)) found.push({ ...start, blankTo: start.offset + blanked[0].length });
  }
  return found;
}

/** The tree with each logged message a paragraph of its own (a copy; the same tree when there is no log). */
export function splitMessageLog(tree: Root): { tree: Root; removed: BoilerplateBlock[] } {
  let total = 0;
  const senders = new Map<string, number>();
  const scan = (node: Nodes): void => {
    if (node.type === 'paragraph') total += stampedLines(node, senders).length;
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
    const starts = stampedLines(child, undefined, senders);
    if (starts.length === 0) return undefined;
    const counts = new Map<Text, (offset: number) => number>();
    for (const start of starts) {
      const node = child.children[start.child] as Text;
      stamps.push(node.value.slice(start.offset, start.blankTo).trim());
      const count = counts.get(node) ?? newlinesBefore(node.value);
      counts.set(node, count);
      const line = (node.position?.start.line ?? 1) + count(start.offset);
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
