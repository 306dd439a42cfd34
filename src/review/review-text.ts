// `guidance review` as a clinician reads it: a summary line, then what changed since approval,
// what was never approved and what is held back, each record with where (file:line), why, its
// revisions, its reader text and hash; and, with `yaml`, the entries to paste into
// content/reviews.yaml once the text is approved. Pure.
import type { ReviewItem, ReviewList } from './review-list.js';

function block(item: ReviewItem, withText: boolean): string[] {
  const lines = [
    `  ${item.record}  (${item.kind} “${item.title}”)`,
    `    where: ${item.file}:${item.line}`,
    ...item.why.map((why) => `    why:   ${why}`),
    ...item.revisions.map((revision) => `    revision: ${revision}`),
  ];
  if (withText) lines.push('    text:', ...item.text.map((line) => `      ${line}`));
  lines.push(`    hash:  ${item.hash}`);
  return lines;
}

export function reviewText(list: ReviewList, options: { yaml?: { reviewer: string; date: string } } = {}): string {
  const pending = list.changed.length + list.unapproved.length;
  const out = [
    `${list.printed} records reach readers: ${list.approved.length} approved, ${list.changed.length} changed since approval, ${list.unapproved.length} never approved; ${list.withheld.length} held back from readers.`,
    pending === 0 ? 'Every record that reaches readers is approved: the outputs carry no draft notice.' : 'Until every record that reaches readers is approved, handouts and tips.json say “Draft — not clinically reviewed”.',
  ];
  const section = (title: string, items: readonly ReviewItem[], withText: boolean): void => {
    if (items.length === 0) return;
    out.push('', `${title} (${items.length})`);
    for (const item of items) out.push(...block(item, withText), '');
    out.pop();
  };
  section('Changed since approval — read again', list.changed, true);
  section('Needs approval', list.unapproved, true);
  section('Held back from readers — revise (content/revisions) or resolve', list.withheld, false);
  if (options.yaml && pending > 0) {
    out.push('', '# To approve, add to content/reviews.yaml under `approvals:` (replace an older entry of the same record):');
    for (const item of [...list.changed, ...list.unapproved]) {
      out.push(`  - record: ${item.record}`, `    hash: "${item.hash}"`, `    reviewer: ${JSON.stringify(options.yaml.reviewer)}`, `    date: "${options.yaml.date}"`);
    }
  }
  return `${out.join('\n')}\n`;
}
