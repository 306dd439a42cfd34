// A video or audio script pasted as text: each line opens with a label in capitals, "VO:" or
// "HOST:" before what is said, "ON SCREEN:" or "CAPTION:" before text shown over the picture.
// What is shown is not guidance (it repeats the names in capitals, with hashtags and calls to
// follow); what is said is. Labels and shown lines are blanked out of a copy of the tree, every
// place kept, and reported like transcript marks.
import type { Root, Text } from 'mdast';
import type { BoilerplateBlock } from './boilerplate.js';
import { eachNode } from '../read/each-node.js';
import { blank } from './spoken-marks.js';

const LABEL_LINE = /^([ \t]*)((?:[A-Z][A-Z0-9 .'’&/-]{0,22}[A-Z0-9.]|V\.?O\.?)(?:[ \t]*\([^)\n]{1,20}\))?)[ \t]*:[ \t]*/;
/** Labels of text shown or heard but not said: the line is not guidance. */
const SHOWN = /^(?:on[ -]?screen(?: text)?|text(?: overlay)?|overlay|super|caption|title|graphics?|b-?roll|sfx|music|end card|cut to|scene|shot|visuals?|image|sticker)$/i;
/** Labels that organise guidance itself ("NOTE:", "REPS:"), which a leaflet in capitals uses too. */
const GUIDANCE = /^(?:note|notes|tip|tips|warning|caution|important|remember|step \d+|reps?|repetitions?|sets?|hold|repeat|rest|position|start(?:ing)? position|how|why|aim|equipment|q|a|question|answer|day \d+|week \d+|do|don'?t|avoid|time|level|exercise \d*|move \d*)$/i;

interface Cut { node: Text; start: number; end: number; piece: string }

/** Where a cut starts in the source: text nodes of a paragraph continue at column 1 on later lines. */
function pointOf(cut: Cut): { line: number; column: number } {
  const before = cut.node.value.slice(0, cut.start);
  const line = (cut.node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0);
  const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : (cut.node.position?.start.column ?? 1) + before.length;
  return { line, column };
}

function labelledLines(tree: Root): Cut[] {
  const cuts: Cut[] = [];
  eachNode(tree, 'text', (node) => {
    let offset = 0;
    for (const line of node.value.split('\n')) {
      const label = LABEL_LINE.exec(line);
      // A line break inside a text node is where a script line starts; its first line too.
      if (label && !GUIDANCE.test(label[2]!.trim())) {
        // A short shown line alone in its paragraph titles what is said next ("ON SCREEN: 2. Thread
        // the needle"): only its label goes. One beside a spoken line repeats it and goes whole.
        const alone = node.value.trim().split('\n').length === 1;
        const title = line.slice(label[0].length).trim();
        const shown = SHOWN.test(label[2]!.trim()) && !(alone && title.split(/\s+/).length <= 8 && !/#\p{L}/u.test(title));
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
  // A script or transcript has at least two labelled lines of one label (a podcast host's "HANNAH:").
  if (found.length < 2 || Math.max(0, ...counts.values()) < 2) return { tree, removed: [] };
  const copy = structuredClone(tree);
  const cuts = labelledLines(copy);
  const byNode = new Map<Text, Cut[]>();
  for (const cut of cuts) byNode.set(cut.node, [...(byNode.get(cut.node) ?? []), cut]);
  const removed: BoilerplateBlock[] = [];
  const labels: Cut[] = [];
  for (const [node, list] of byNode) {
    // Blanked like transcript marks: places kept, what then opens a line capitalised.
    node.value = blank(node.value, list);
    for (const cut of list) {
      // Labels alone are reported once for the document; a shown line, which held words, by itself.
      if (!/:\s*\S/.test(cut.piece)) {
        labels.push(cut);
        continue;
      }
      const at = pointOf(cut);
      removed.push({ kind: 'transcript', reason: `on-screen text of a video script, shown and not said: “${cut.piece.length > 60 ? `${cut.piece.slice(0, 57)}…` : cut.piece}”`, text: cut.piece, items: [], start: at, lines: { start: at.line, end: at.line }, headings: [] });
    }
  }
  const first = labels[0];
  if (first) {
    const tally = new Map<string, number>();
    for (const cut of labels) tally.set(cut.piece, (tally.get(cut.piece) ?? 0) + 1);
    const at = pointOf(first);
    removed.unshift({
      kind: 'transcript', reason: `speaker and script labels (${[...tally].map(([label, n]) => `“${label}” ×${n}`).join(', ')})`,
      text: [...tally.keys()].join(' '), items: [], start: at, lines: { start: at.line, end: pointOf(labels.at(-1)!).line }, headings: [],
    });
  }
  return { tree: copy, removed };
}
