// A chat or SMS log pasted as text: every line opens with a date and time and a sender
// ("[12/03/26, 19:42] Megan: …", "12/03/2026, 19:42 - Megan: …", "[2024-03-02 08:00] MA-W20-01: …").
// Markdown reads the lines as one paragraph, so one message's exercise would run on into the
// next message's chat. Each message becomes a paragraph of its own, its stamp and sender blanked
// (every place kept) and reported once for the document.
import type { Nodes, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { BoilerplateBlock } from './boilerplate.js';
import { blank } from './spoken-marks.js';

const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** A message's stamp and sender at the start of a line; the sender is a few words before a colon. */
const MESSAGE = new RegExp(String.raw`^[ \t]*(?:\[${DATE},?[ \t]+${TIME}\]|${DATE},?[ \t]+${TIME}[ \t]*[-–—])[ \t]*(?:[^:\n\[\]]{1,30}?:(?=[ \t]))?[ \t]*`, 'u');

interface Piece { node: Text; start: number; end: number }

/** Lines of the paragraph's text nodes that open with a message stamp. */
function stampedLines(paragraph: Paragraph): Piece[] {
  const found: Piece[] = [];
  paragraph.children.forEach((child, k) => {
    if (child.type !== 'text') return;
    let offset = 0;
    for (const line of child.value.split('\n')) {
      // A line starts at a text node's start only when it is the paragraph's first node or follows a break.
      const opens = offset > 0 || k === 0 || (paragraph.children[k - 1]?.type === 'break');
      const match = opens ? MESSAGE.exec(line) : null;
      // A message of only a picture or link ("<Media omitted>") has its text in the next node.
      if (match && (match[0].length < line.length || k + 1 < paragraph.children.length)) found.push({ node: child, start: offset, end: offset + match[0].length });
      offset += line.length + 1;
    }
  });
  return found;
}

/** Splits a text node at the given offsets, each part placed where it stands in the source. */
function splitText(node: Text, at: readonly number[], column: number): Text[] {
  const bounds = [0, ...at, node.value.length];
  const parts: Text[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const [from, to] = [bounds[i]!, bounds[i + 1]!];
    if (from === to) continue;
    const before = node.value.slice(0, from);
    const lines = before.match(/\n/g)?.length ?? 0;
    const line = (node.position?.start.line ?? 1) + lines;
    const startColumn = lines > 0 ? column + (before.length - before.lastIndexOf('\n') - 1) : (node.position?.start.column ?? 1) + from;
    const value = node.value.slice(from, to).replace(/\n$/, '');
    const lastLines = value.split('\n');
    const end = lastLines.length > 1 ? { line: line + lastLines.length - 1, column: column + lastLines.at(-1)!.length } : { line, column: startColumn + value.length };
    parts.push({ type: 'text', value, position: { start: { line, column: startColumn }, end } });
  }
  return parts;
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
  const visit = (parent: Nodes): void => {
    if (!('children' in parent)) return;
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i]!;
      if (child.type !== 'paragraph') {
        visit(child);
        continue;
      }
      const pieces = stampedLines(child);
      if (pieces.length === 0) continue;
      const column = child.position?.start.column ?? 1;
      const groups: PhrasingContent[][] = [[]];
      for (const node of child.children) {
        const own = pieces.filter((p) => p.node === node);
        if (node.type !== 'text' || own.length === 0) {
          groups.at(-1)!.push(node);
          continue;
        }
        for (const piece of own) {
          stamps.push(node.value.slice(piece.start, piece.end).trim());
          const line = (node.position?.start.line ?? 1) + (node.value.slice(0, piece.start).match(/\n/g)?.length ?? 0);
          first ??= { line, column };
          last = Math.max(last, line);
        }
        node.value = blank(node.value, own);
        const parts = splitText(node, own.map((p) => p.start).filter((s) => s > 0), column);
        parts.forEach((part, k) => {
          if (k > 0 || own.some((p) => p.start === 0)) groups.push([]);
          groups.at(-1)!.push(part);
        });
      }
      const paragraphs: Paragraph[] = groups.filter((g) => g.some((n) => n.type !== 'text' || n.value.trim() !== '')).map((g) => ({
        type: 'paragraph', children: g, position: { start: g[0]!.position!.start, end: g.at(-1)!.position!.end }, data: { message: true } as Paragraph['data'],
      }));
      children.splice(i, 1, ...(paragraphs as Nodes[]));
      i += paragraphs.length - 1;
    }
  };
  visit(copy);
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
