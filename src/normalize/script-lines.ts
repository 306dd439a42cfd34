// A video or audio script pasted as text: each line opens with a label in capitals, "VO:" or
// "HOST:" before what is said, "ON SCREEN:" or "CAPTION:" before text shown over the picture.
// What is shown is not guidance (it repeats the names in capitals, with hashtags and calls to
// follow); what is said is. Labels and shown lines are blanked out of a copy of the tree, every
// place kept, and reported like transcript marks.
import type { Root, Text } from 'mdast';
import type { BoilerplateBlock } from './boilerplate.js';
import { eachNode } from '../read/each-node.js';

const LABEL_LINE = /^([ \t]*)((?:[A-Z][A-Z0-9 .'’&/-]{0,22}[A-Z0-9.]|V\.?O\.?)(?:[ \t]*\([^)\n]{1,20}\))?)[ \t]*:[ \t]*/;
/** Labels of text shown or heard but not said: the line is not guidance. */
const SHOWN = /^(?:on[ -]?screen(?: text)?|text(?: overlay)?|overlay|super|caption|title|graphics?|b-?roll|sfx|music|end card|cut to|scene|shot|visuals?|image|sticker)$/i;
/** Labels that organise guidance itself ("NOTE:", "REPS:"), which a leaflet in capitals uses too. */
const GUIDANCE = /^(?:note|notes|tip|tips|warning|caution|important|remember|step \d+|reps?|repetitions?|sets?|hold|repeat|rest|position|start(?:ing)? position|how|why|aim|equipment|q|a|question|answer|day \d+|week \d+|do|don'?t|avoid|time|level|exercise \d*|move \d*)$/i;

interface Cut { node: Text; start: number; end: number; piece: string }

function labelledLines(tree: Root): Cut[] {
  const cuts: Cut[] = [];
  eachNode(tree, 'text', (node) => {
    let offset = 0;
    for (const line of node.value.split('\n')) {
      const label = LABEL_LINE.exec(line);
      // A line break inside a text node is where a script line starts; its first line too.
      if (label && !GUIDANCE.test(label[2]!.trim())) {
        const shown = SHOWN.test(label[2]!.trim());
        const start = offset + label[1]!.length;
        const end = shown ? offset + line.length : offset + label[0].length;
        cuts.push({ node, start, end, piece: line.slice(label[1]!.length, shown ? line.length : label[0].length).trim() });
      }
      offset += line.length + 1;
    }
  });
  return cuts;
}

/** The tree with script labels and shown lines blanked (a copy; the same tree when it is no script). */
export function blankScriptLines(tree: Root): { tree: Root; removed: BoilerplateBlock[] } {
  const found = labelledLines(tree);
  const counts = new Map<string, number>();
  for (const cut of found) {
    const label = cut.piece.replace(/:.*$/s, '').trim().toUpperCase();
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  // A script has at least four labelled lines, one label said again and again.
  if (found.length < 4 || Math.max(0, ...counts.values()) < 3) return { tree, removed: [] };
  const copy = structuredClone(tree);
  const cuts = labelledLines(copy);
  const byNode = new Map<Text, Cut[]>();
  for (const cut of cuts) byNode.set(cut.node, [...(byNode.get(cut.node) ?? []), cut]);
  const removed: BoilerplateBlock[] = [];
  for (const [node, list] of byNode) {
    let value = node.value;
    for (const cut of list) value = value.slice(0, cut.start) + value.slice(cut.start, cut.end).replace(/[^\n]/g, ' ') + value.slice(cut.end);
    // What now opens the text starts with a capital, as the label did.
    node.value = value.replace(/^(\s*)(\p{Ll})/u, (_, space: string, letter: string) => space + letter.toUpperCase());
    const line = node.position?.start.line ?? 1;
    removed.push({
      kind: 'transcript', reason: `script labels and on-screen text (${list.slice(0, 4).map((c) => `“${c.piece}”`).join(', ')}${list.length > 4 ? ` and ${list.length - 4} more` : ''})`,
      text: list.map((c) => c.piece).join(' '), items: [], start: { line, column: node.position?.start.column ?? 1 },
      lines: { start: line, end: node.position?.end.line ?? line }, headings: [],
    });
  }
  return { tree: copy, removed };
}
