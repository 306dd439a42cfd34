// Marks of the medium, not of the guidance: the timestamps of a video transcript ("00:45",
// "[1:02]") with the spoken filler after them ("okay so", "alright guys,"), and the column bars
// of a table pasted as a list ("Bridge | Lie on your back… | 8 times"). They are blanked out of
// a copy of the tree (replaced by spaces of the same length, so every later line:column still
// points at the source) before the document is read; what was removed goes to the report.
import type { List, ListItem, Nodes, Paragraph, Root, Text } from 'mdast';
import type { Point } from '../model/types.js';
import type { BoilerplateBlock } from './boilerplate.js';
import { eachNode } from '../read/each-node.js';

/** A timestamp at the start of a line ("00:45 ", "1:02:10 - "); not a clock time ("10:30 am"). */
const LINE_STAMP = /(?<=^|\n)[ \t]*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?=[ \t])(?![ \t]*(?:am|pm|a\.m|p\.m|h)\b)[ \t]*(?:[-–—:|][ \t]*)?(?=\S)/gi;
/** A bracketed timestamp anywhere ("[1:02]", "(0:41)"). */
const BRACKET_STAMP = /[[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*/g;
/** What a speaker says before the content of a line: "okay so", "alright guys,", "um, right,". */
const FILLER = /(?:(?:okay|ok|alright|all right|right|so|um+|uh+|erm+|hmm+|now then)\b[,.!…]*[ \t]+)+(?:(?:guys|everyone|everybody|folks|ladies|mamas|mums|friends)\b[,.!…]*[ \t]+)?/iy;
/** A speaker's label: "HOST:", "LAURA:", "Speaker 2:", "Dr Amina Shah:". */
const SPEAKER = /(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d+)){0,2}\s*:[ \t]+/uy;
/** A column bar between cells: " | ". */
const BAR = /[ \t]\|[ \t]/g;

interface Cut { start: number; end: number }

/** The number of transcript timestamps in a text (line-leading or bracketed). */
function stampCount(text: string): number {
  return (text.match(LINE_STAMP)?.length ?? 0) + (text.match(BRACKET_STAMP)?.length ?? 0);
}

/** Where timestamps and the filler after them lie in a text. */
export function spokenCuts(text: string): Cut[] {
  const found: Cut[] = [];
  for (const pattern of [LINE_STAMP, BRACKET_STAMP]) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      let end = match.index + match[0].length;
      // A speaker's label after the stamp ("LAURA:", "Host:") and what they say before the content.
      for (const lead of [SPEAKER, FILLER]) {
        lead.lastIndex = end;
        const hit = lead.exec(text);
        if (hit) end += hit[0].length;
      }
      found.push({ start: match.index, end });
    }
  }
  // Both patterns may find the same stamp: keep the first of overlapping cuts (sorted, one pass).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts: Cut[] = [];
  for (const cut of found) if (cuts.length === 0 || cut.start >= cuts.at(-1)!.end) cuts.push(cut);
  return cuts;
}

/** Replaces the cuts with spaces (newlines kept) and capitalises what then opens the line. */
export function blank(text: string, cuts: readonly Cut[]): string {
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    out += text.slice(at, cut.start) + text.slice(cut.start, cut.end).replace(/[^\n]/g, ' ');
    at = cut.end;
    const next = text.charAt(at);
    // What now opens a line or sentence starts with a capital; a word in mid-sentence keeps its case.
    // Looked for backwards from the cut: a test over the whole text before it would make many cuts quadratic.
    let k = cut.start - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k -= 1;
    const opens = k < 0 || /[\n.!?]/.test(text[k]!);
    if (opens && /\p{Ll}/u.test(next)) {
      out += next.toUpperCase();
      at += 1;
    }
  }
  return out + text.slice(at);
}

/** Cell bars of a table row told as a list item: the first becomes a colon (name: how), the others sentence ends. */
export function barCuts(text: string): string {
  let first = true;
  return text.replace(BAR, (bar, offset: number) => {
    let k = offset;
    while (k > 0 && /\s/.test(text.charAt(k - 1))) k -= 1;
    const mark = first ? ':' : /[\p{L}\d)]/u.test(text.charAt(k - 1)) ? '.' : ' ';
    first = false;
    return `${mark}  `.slice(0, bar.length);
  });
}

interface Removed { node: Text; pieces: string[] }

const pointOf = (node: Text): Point => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

/**
 * The tree with transcript timestamps and filler, and table bars in list items, blanked (a copy;
 * the same tree when there are none), and the pieces removed, as report entries.
 */
export function blankSpokenMarks(tree: Root): { tree: Root; removed: BoilerplateBlock[] } {
  let stamps = 0;
  let bars = false;
  eachNode(tree, 'text', (node) => { stamps += stampCount(node.value); });
  eachNode(tree, 'listItem', (item) => { eachNode(item, 'text', (node) => { bars ||= BAR.test(node.value); BAR.lastIndex = 0; }); });
  let tables = false;
  eachNode(tree, 'paragraph', (paragraph) => { tables ||= tableLines(paragraph) !== undefined; });
  // One timestamp may be a time of day; a transcript has them line after line.
  const transcript = stamps >= 2;
  if (!transcript && !bars && !tables) return { tree, removed: [] };
  const copy = structuredClone(tree);
  const removed: Removed[] = [];
  const headers: BoilerplateBlock[] = [];
  if (tables) tablesToLists(copy, headers);
  if (transcript) {
    eachNode(copy, 'text', (node) => {
      const cuts = spokenCuts(node.value);
      if (cuts.length === 0) return;
      removed.push({ node, pieces: cuts.map((cut) => node.value.slice(cut.start, cut.end).trim()) });
      node.value = blank(node.value, cuts);
    });
    eachNode(copy, 'paragraph', (paragraph) => { blankBoldSpeaker(paragraph, removed); });
  }
  if (bars) {
    eachNode(copy, 'list', (list) => {
      // A table pasted as a list: most items hold the same number of bars.
      const counts = list.children.map((item) => {
        let n = 0;
        eachNode(item, 'text', (node) => { n += node.value.match(BAR)?.length ?? 0; });
        return n;
      });
      const rows = counts.filter((n) => n > 0 && n === counts[0]).length;
      if (counts[0] === 0 || rows * 2 <= list.children.length) return;
      for (const item of list.children) eachNode(item, 'text', (node) => { node.value = barCuts(node.value); });
    });
  }
  return {
    tree: copy,
    removed: [...headers, ...removed.map(({ node, pieces }) => ({
      kind: 'transcript' as const,
      reason: `video-transcript timestamps and spoken filler (${pieces.slice(0, 6).map((p) => `“${p}”`).join(', ')}${pieces.length > 6 ? ` and ${pieces.length - 6} more` : ''})`,
      text: pieces.join(' '), items: [], start: pointOf(node),
      lines: { start: node.position?.start.line ?? 1, end: node.position?.end.line ?? 1 }, headings: [],
    }))],
  };
}

/** A whole speaker's label: "PRIYA:", "Host:", "Dr Amina Shah:". */
const SPEAKER_LABEL = new RegExp(`^${SPEAKER.source.replace(/\[ \\t\]\+$/, '')}$`, 'u');

/**
 * A speaker's label in bold or italics after a blanked timestamp ("[00:31] **PRIYA:** We start…")
 * is blanked too: it names the speaker, not the exercise.
 */
function blankBoldSpeaker(paragraph: Paragraph, removed: Removed[]): void {
  const [first, second] = paragraph.children;
  const label = first?.type === 'strong' || first?.type === 'emphasis' ? first : second?.type === 'strong' || second?.type === 'emphasis' ? second : undefined;
  if (!label || (label === second && !(first?.type === 'text' && first.value.trim() === ''))) return;
  const [text] = label.children;
  if (label.children.length !== 1 || text?.type !== 'text' || !SPEAKER_LABEL.test(text.value.trim())) return;
  removed.push({ node: text, pieces: [text.value.trim()] });
  text.value = text.value.replace(/[^\n]/g, ' ');
}

const SEPARATOR_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The lines of a paragraph that is a markdown table written out ("| a | b |", "|---|---|", rows…). */
function tableLines(paragraph: Paragraph): string[] | undefined {
  const [only] = paragraph.children;
  if (paragraph.children.length !== 1 || only?.type !== 'text') return undefined;
  const lines = only.value.split('\n');
  if (lines.length < 3 || !SEPARATOR_ROW.test(lines[1]!) || !lines.every((line) => /^\s*\|.*\|\s*$/.test(line))) return undefined;
  return lines;
}

const cellsOf = (row: string): string[] => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());

/** The first column numbers the rows ("Nr", "#", "No.", or 1, 2, 3… in every row). */
function numberingColumn(lines: readonly string[]): boolean {
  const header = cellsOf(lines[0]!);
  const rows = lines.slice(2).map(cellsOf);
  if (header.length < 3 || rows.some((cells) => cells.length < 3)) return false;
  return /^(?:#|№|n[ro°º]?\.?|no\.?|num(?:ber)?\.?|step|)$/i.test(header[0]!) && rows.every((cells) => /^\d{1,3}[.)]?$/.test(cells[0]!));
}

/** The header of the column the rows start with says it holds names ("Exercise", "Name", "Pose"). */
const NAMES_HEADER = /^(?:the )?(?:exercises?|names?|movements?|moves?|poses?|stretch(?:es)?|asanas?)(?:\s+name)?$/i;

function namesColumn(lines: readonly string[], numbered: boolean): boolean {
  const header = cellsOf(lines[0]!)[numbered ? 1 : 0] ?? '';
  return NAMES_HEADER.test(header);
}

/** The columns before the one the header says holds the names ("When | Exercise | How"): 0 when it is first. */
function leadingColumns(lines: readonly string[]): number {
  const at = cellsOf(lines[0]!).findIndex((cell) => NAMES_HEADER.test(cell));
  return at > 0 && lines.slice(2).every((row) => cellsOf(row).length > at) ? at : 0;
}

/** A list made from a table whose first column holds the names of what the rows describe. */
export function namesRows(list: List): boolean {
  return (list.data as { namesColumn?: boolean } | undefined)?.namesColumn === true;
}

/** Whether a list was made from the rows of a table. */
export function isTableRows(list: List): boolean {
  return (list.data as { tableRows?: boolean } | undefined)?.tableRows === true;
}

/**
 * Markdown tables are not parsed (no GFM), so a table reaches the reader as one paragraph of bars.
 * Each such paragraph becomes a list of its body rows, each row "first cell: other cells." with
 * every place kept; the header and separator rows go to the report.
 */
function tablesToLists(root: Root, headers: BoilerplateBlock[]): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i]!;
      const lines = child.type === 'paragraph' ? tableLines(child) : undefined;
      if (!lines || !child.position) {
        stack.push(child);
        continue;
      }
      const { line, column } = child.position.start;
      // Columns before the names ("| 1 |", "| Day 1 |") are blanked with their bars: the name leads each row.
      const before = numberingColumn(lines) ? 1 : leadingColumns(lines);
      const numbered = before > 0;
      const dropped = cellsOf(lines[0]!).slice(0, before).filter(Boolean);
      headers.push({
        kind: 'navigation', reason: `table header and separator rows (the table is read row by row${dropped.length > 0 && !numberingColumn(lines) ? `; its column${dropped.length > 1 ? 's' : ''} ${dropped.map((c) => `“${c}”`).join(', ')} before the names left out` : ''})`, text: `${lines[0]!.trim()} ${lines[1]!.trim()}`,
        items: [], start: { line, column }, lines: { start: line, end: line + 1 }, headings: [],
      });
      const items: ListItem[] = lines.slice(2).map((row, k) => {
        // Continuation lines of a paragraph start at its column (1 at the top level, the item's indent in a list).
        const at = { line: line + 2 + k, column };
        // A numbering column ("| 1 | Cat | …") is blanked with its bar: the name is the next cell.
        const unnumbered = numbered ? row.replace(new RegExp(`^\\s*(?:\\|[^|]*){${before}}(?=\\|)`), (cells) => ' '.repeat(cells.length)) : row;
        const value = barCuts(unnumbered.replace(/^(\s*)\|/, '$1 ').replace(/\|\s*$/, (bar) => ' '.repeat(bar.length)));
        const end = { line: at.line, column: at.column + row.length };
        const position = { start: { line: at.line, column: at.column }, end };
        const text: Text = { type: 'text', value, position };
        return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text], position }], position };
      });
      // Marked, so that readers know each item is a row (a name and its cells) and not prose.
      const list: List = { type: 'list', ordered: false, spread: false, children: items, position: child.position, data: { tableRows: true, namesColumn: namesColumn(lines, numbered) || before > 0 && NAMES_HEADER.test(cellsOf(lines[0]!)[before] ?? '') } as List['data'] };
      children.splice(i, 1, list as Nodes);
    }
  }
}
