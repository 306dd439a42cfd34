// Raw HTML (script tags, event handlers, iframes, inline tags) never reaches an output: the
// records are built from text nodes only. Each piece of HTML that is not a directive is reported
// so the editor knows it was ignored.
import type { Root } from 'mdast';
import { eachNode } from './each-node.js';
import type { VFile } from 'vfile';
import { report } from '../report/diagnostics.js';
import { isDirectiveNode } from './directives.js';

const MAX_REPORTS = 20;

export function reportRawHtml(tree: Root, file: VFile): void {
  let count = 0;
  eachNode(tree, 'html', (node) => {
    const directive = isDirectiveNode({ type: node.type, value: node.value });
    if (directive || /^<!--[\s\S]*-->\s*$/.test(node.value)) return;
    count += 1;
    if (count > MAX_REPORTS) return;
    const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(node.value)?.[1]?.toLowerCase();
    report(file, `Raw HTML${tag ? ` \`<${tag}>\`` : ''} is ignored, expected markdown only`, {
      ruleId: 'raw-html', severity: 'warning', place: node.position?.start ?? { line: 1, column: 1 },
      note: 'Remove the HTML; use markdown for headings, lists and emphasis. Scripts, iframes and event handlers are never copied into any output.',
    });
  });
  if (count > MAX_REPORTS) {
    report(file, `${count - MAX_REPORTS} more pieces of raw HTML ignored`, { ruleId: 'raw-html', severity: 'warning', place: { line: 1, column: 1 } });
  }
}
