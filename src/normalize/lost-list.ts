// A list whose markup was lost in copying: line after line of "Name – what to do" (a video's
// chapter list, a post typed on a phone, a scraped page) with no blank line between, so markdown
// reads one paragraph and its exercises run together. Where the lines after the first lead with
// a name before a dash or colon, or with a bullet glyph (at least three lines, and at least half
// of them), each line becomes a paragraph of its own (bullet glyphs blanked), every place kept;
// the readers then see one named block per line.
import type { Nodes, Paragraph, Root } from 'mdast';
import { lineStarts, lineText, replaceParagraphs, splitAtLines, type LineStart } from './line-split.js';
import { nameLead } from './name-lead.js';
import { isLoggedMessage } from './message-log.js';

const BULLET = /^[ \t]*(?:[•·▪◦‣→✓✔➤►▸-]|\d\uFE0F?\u20E3)[ \t]+/u;
/** At least this many lines after the first, and half of them, must lead with a name or a bullet. */
const MIN_LINES = 3;

/** Whether a line leads with a name before a dash or colon ("Cat-cow – 10 rounds…"). */
function nameLed(line: string): boolean {
  // Without a colon or dash there is no such lead: most lines of prose end here, unread.
  if (!/[:–—-]/.test(line)) return false;
  const lead = nameLead(line);
  return lead !== undefined && lead.length < line.trimEnd().length && /[:–—-]\s*$/.test(line.slice(0, lead.length));
}

/** The line starts to cut a paragraph at, or undefined when it is not a lost list. */
function lostListStarts(paragraph: Paragraph): LineStart[] | undefined {
  const starts = lineStarts(paragraph);
  if (starts.length < MIN_LINES) return undefined;
  const lines = starts.map((start) => lineText(paragraph, start));
  // The first line may title the list ("CHAPTERS", "Try these tonight:"); the rest must be items.
  const rest = lines.slice(1).filter((line) => line.trim() !== '');
  const led = rest.filter((line) => BULLET.test(line) || nameLed(line)).length;
  if (led < MIN_LINES || led * 2 < rest.length) return undefined;
  return starts.map((start, k) => {
    const bullet = BULLET.exec(lines[k]!);
    return bullet && paragraph.children[start.child]?.type === 'text' ? { ...start, blankTo: start.offset + bullet[0].length } : start;
  });
}

/** The tree with each lost list's lines as paragraphs of their own (a copy; the same tree when there are none). */
export function splitLostLists(tree: Root): Root {
  let found = false;
  const scan = (node: Nodes): void => {
    if (found) return;
    if (node.type === 'paragraph') found = !isLoggedMessage(node) && lostListStarts(node) !== undefined;
    else if ('children' in node) for (const child of node.children as Nodes[]) scan(child);
  };
  scan(tree);
  if (!found) return tree;
  const copy = structuredClone(tree);
  replaceParagraphs(copy, (child) => {
    const starts = isLoggedMessage(child) ? undefined : lostListStarts(child);
    return starts ? splitAtLines(child, starts, { lostList: true }) : undefined;
  });
  return copy;
}
