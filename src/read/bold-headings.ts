// A paragraph that is only bold text ("**Side-lying clam**") is usually a heading written as
// bold: the compiler cannot see a section there, so what follows joins the section above it.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { report } from '../report/diagnostics.js';

export function reportBoldHeadings(tree: Root, file: VFile): void {
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || node.children.length !== 1) continue;
    const only = node.children[0]!;
    if (only.type !== 'strong' && only.type !== 'emphasis') continue;
    const text = toString(only).trim();
    if (!text || text.split(/\s+/).length > 10 || /[.!?:]$/.test(text)) continue;
    report(file, `Unexpected bold line “${text}” standing alone, expected a heading (\`## ${text}\`) if it starts a section`, {
      ruleId: 'bold-heading', severity: 'warning', place: node.position?.start ?? { line: 1, column: 1 },
      note: 'Write it as a markdown heading so its exercise is read as its own section.',
    });
  }
}
