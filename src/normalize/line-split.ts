// One paragraph cut into several at the starts of some of its lines, every place kept: markdown
// reads lines without a blank line between them as one paragraph, though a chat log or a list
// whose markup was lost means each line as a block of its own. What opens a cut line (a stamp,
// a bullet glyph) may be blanked on the way.
import type { Nodes, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { blank } from './spoken-marks.js';

/** Where a line starts: the paragraph's child and the offset in it (0 for a node that is not text). */
export interface LineStart {
  child: number;
  offset: number;
  /** End of what to blank from the line's start (the offset itself when nothing is). */
  blankTo: number;
}

/** Every line start of a paragraph: its first child, after each newline of a text node, and a node after a break. */
export function lineStarts(paragraph: Paragraph): LineStart[] {
  const out: LineStart[] = [];
  let atLineStart = true;
  paragraph.children.forEach((child, k) => {
    if (child.type === 'text') {
      let offset = 0;
      for (const line of child.value.split('\n')) {
        if (atLineStart || offset > 0) out.push({ child: k, offset, blankTo: offset });
        atLineStart = false;
        offset += line.length + 1;
      }
      atLineStart = child.value.endsWith('\n');
      return;
    }
    if (atLineStart) out.push({ child: k, offset: 0, blankTo: 0 });
    atLineStart = child.type === 'break';
  });
  return out;
}

/** The text of the line that starts at `start` (to the next newline of its node; a non-text node's own text). */
export function lineText(paragraph: Paragraph, start: LineStart): string {
  let text = '';
  for (let k = start.child; k < paragraph.children.length; k += 1) {
    const child = paragraph.children[k]!;
    if (child.type === 'text') {
      const from = k === start.child ? start.offset : 0;
      const end = child.value.indexOf('\n', from);
      if (end >= 0) return text + child.value.slice(from, end);
      text += child.value.slice(from);
      continue;
    }
    text += plain(child);
    if (child.type === 'break') break;
  }
  return text;
}

function plain(node: PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as PhrasingContent[]).map(plain).join('') : '';
}

/**
 * How many newlines a text has before an offset, counted once for the text (a paragraph of many
 * thousand lines is cut in linear time, not by recounting from its start at every cut).
 */
export function newlinesBefore(value: string): (offset: number) => number {
  const at: number[] = [];
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) at.push(i);
  return (offset) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Splits a text node at the given offsets, each part placed where it stands in the source. */
function splitText(node: Text, at: readonly number[], column: number): Text[] {
  const bounds = [0, ...at, node.value.length];
  const parts: Text[] = [];
  const count = newlinesBefore(node.value);
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const [from, to] = [bounds[i]!, bounds[i + 1]!];
    if (from === to) continue;
    const lines = count(from);
    const line = (node.position?.start.line ?? 1) + lines;
    const lineStart = lines > 0 ? node.value.lastIndexOf('\n', from - 1) + 1 : 0;
    const startColumn = lines > 0 ? column + (from - lineStart) : (node.position?.start.column ?? 1) + from;
    const value = node.value.slice(from, to).replace(/\n$/, '');
    const lastLines = value.split('\n');
    const end = lastLines.length > 1 ? { line: line + lastLines.length - 1, column: column + lastLines.at(-1)!.length } : { line, column: startColumn + value.length };
    parts.push({ type: 'text', value, position: { start: { line, column: startColumn }, end } });
  }
  return parts;
}

/**
 * The paragraph cut at the given line starts (blanking what each marks to blank), as paragraphs
 * carrying `data`; blank parts are dropped. The paragraph's own nodes are reused (mutated).
 */
export function splitAtLines(paragraph: Paragraph, starts: readonly LineStart[], data: Record<string, unknown>): Paragraph[] {
  const column = paragraph.position?.start.column ?? 1;
  const groups: PhrasingContent[][] = [[]];
  const byChild = new Map<number, LineStart[]>();
  for (const start of starts) {
    const list = byChild.get(start.child);
    if (list) list.push(start);
    else byChild.set(start.child, [start]);
  }
  paragraph.children.forEach((node, k) => {
    const own = byChild.get(k) ?? [];
    if (own.length === 0) {
      groups.at(-1)!.push(node);
      return;
    }
    if (node.type !== 'text') {
      groups.push([node]);
      return;
    }
    const cuts = own.filter((s) => s.blankTo > s.offset).map((s) => ({ start: s.offset, end: s.blankTo }));
    if (cuts.length > 0) node.value = blank(node.value, cuts);
    const parts = splitText(node, own.map((s) => s.offset).filter((s) => s > 0), column);
    parts.forEach((part, i) => {
      if (i > 0 || own.some((s) => s.offset === 0)) groups.push([]);
      groups.at(-1)!.push(part);
    });
  });
  return groups.filter((g) => g.some((n) => n.type !== 'text' || n.value.trim() !== '')).map((g) => ({
    type: 'paragraph', children: g, position: { start: g[0]!.position!.start, end: g.at(-1)!.position!.end }, data: data as Paragraph['data'],
  }));
}

/** Replaces, in place, each paragraph of the tree for which `split` returns paragraphs by those. */
export function replaceParagraphs(root: Root, split: (paragraph: Paragraph) => Paragraph[] | undefined): void {
  const visit = (parent: Nodes): void => {
    if (!('children' in parent)) return;
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i]!;
      if (child.type !== 'paragraph') {
        visit(child);
        continue;
      }
      const paragraphs = split(child);
      if (!paragraphs) continue;
      children.splice(i, 1, ...(paragraphs as Nodes[]));
      i += paragraphs.length - 1;
    }
  };
  visit(root);
}
