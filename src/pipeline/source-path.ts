// The dataset names each document by its path inside the content folder (`back-pain.md`), so the
// same content gives the same bytes however --content was spelled: `content`, `./content/` or an
// absolute path, which would otherwise leak the machine's folders into a published dataset.
// Messages keep the path as given, which is the one an editor's terminal can open.
import { posix } from 'node:path';
import type { Report } from '../checks/report-data.js';

/** A function from a file's path as read (`<contentDir>/<name>`) to its name in the content folder. */
export function contentRelative(contentDir: string): (path: string) => string {
  const dir = posix.normalize(contentDir.replace(/\\/g, '/')).replace(/\/+$/, '');
  const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
  return (path) => {
    const normal = posix.normalize(path.replace(/\\/g, '/'));
    if (prefix === '') return normal.replace(/^\.\//, '');
    return normal.startsWith(prefix) ? normal.slice(prefix.length) : normal;
  };
}

/**
 * Renames the files the checks took from the documents as read (duplicates, boilerplate, stale
 * directives, flags on boilerplate); flags on records already carry the record's name.
 */
export function relocateReport(report: Report, name: (path: string) => string): void {
  for (const entry of [...report.boilerplate, ...report.staleDirectives]) entry.file = name(entry.file);
  for (const flag of report.flags) {
    if (flag.record === 'boilerplate' && flag.file) flag.file = name(flag.file);
  }
  for (const entry of report.duplicates) {
    entry.kept.file = name(entry.kept.file);
    entry.dropped.file = name(entry.dropped.file);
  }
}
