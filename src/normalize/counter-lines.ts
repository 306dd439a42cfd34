// The counter of a series pasted as text: "Post 2/5 ✨", "Slide 3 of 10", "Screen 1/6" on the
// first line of a paragraph, over the post's own name and text ("2️⃣ Thread the needle⏎From all
// fours…"). A counter alone in its paragraph is page furniture already (boilerplate.ts); one on
// the paragraph's first line would hide the name under it. Such lines are blanked in a copy of
// the tree, every place kept, and reported once for the document.
import type { Root, Text } from 'mdast';
import type { BoilerplateBlock } from './boilerplate.js';
import { eachNode } from '../read/each-node.js';
import { blank } from './spoken-marks.js';

const COUNTER = /^(?:post|slide|screen|card|page|part|tip|story|reel|pin|image|photo|pic|frame|panel)\s*#?\s*\d{1,3}\s*(?:of|\/|von|de|из)\s*\d{1,3}$/iu;
const DECORATION = /[\p{Extended_Pictographic}\uFE0F\u200D\u20E3*_|·•:–—-]/gu;

interface Cut { node: Text; start: number; end: number; line: string }

function counterLines(tree: Root): Cut[] {
  const cuts: Cut[] = [];
  eachNode(tree, 'text', (node) => {
    let offset = 0;
    const lines = node.value.split('\n');
    let lastFilled = lines.length - 1;
    while (lastFilled >= 0 && lines[lastFilled]!.trim() === '') lastFilled -= 1;
    lines.forEach((line, k) => {
      // Only a counter with more of the same text node after it: the paragraph goes on under it.
      if (k < lastFilled && COUNTER.test(line.replace(DECORATION, ' ').replace(/\s+/g, ' ').trim())) cuts.push({ node, start: offset, end: offset + line.length, line: line.trim() });
      offset += line.length + 1;
    });
  });
  return cuts;
}

/** The tree with series counters blanked (a copy; the same tree when it has none). */
export function blankCounterLines(tree: Root): { tree: Root; removed: BoilerplateBlock[] } {
  if (counterLines(tree).length === 0) return { tree, removed: [] };
  const copy = structuredClone(tree);
  const cuts = counterLines(copy);
  const byNode = new Map<Text, Cut[]>();
  for (const cut of cuts) {
    const list = byNode.get(cut.node);
    if (list) list.push(cut);
    else byNode.set(cut.node, [cut]);
  }
  for (const [node, list] of byNode) node.value = blank(node.value, list);
  const first = cuts[0]!;
  const last = cuts.at(-1)!;
  const lineOf = (cut: Cut): number => (cut.node.position?.start.line ?? 1) + (cut.node.value.slice(0, cut.start).match(/\n/g)?.length ?? 0);
  const start = { line: lineOf(first), column: first.start === 0 ? (first.node.position?.start.column ?? 1) : 1 };
  const shown = cuts.slice(0, 3).map((cut) => `“${cut.line}”`).join(', ');
  return {
    tree: copy,
    removed: [{
      kind: 'navigation', reason: `counters of a series of posts or slides (${shown}${cuts.length > 3 ? ` and ${cuts.length - 3} more` : ''})`,
      text: cuts.map((cut) => cut.line).join(' '), items: [], start, lines: { start: start.line, end: lineOf(last) }, headings: [],
    }],
  };
}
