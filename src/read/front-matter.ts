// The YAML front matter of a content document, validated against
// schemas/front-matter.schema.json; every problem is reported at its line and column.
import type { Root, Yaml } from 'mdast';
import type { VFile } from 'vfile';
import type { FrontMatter } from '../model/types.js';
import { report } from '../report/diagnostics.js';
import { clean } from '../normalize/inline-text.js';
import { readYamlData } from './yaml-data.js';

export function readFrontMatter(tree: Root, file: VFile): FrontMatter | undefined {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
  if (!node?.position) {
    report(file, 'Missing front matter, expected a `---` YAML block with title, language and audience at the top', {
      ruleId: 'front-matter',
      severity: 'error',
      place: { line: 1, column: 1 },
      note: 'Start the file with:\n---\ntitle: …\nlanguage: en\naudience: [pregnancy]\n---',
    });
    return undefined;
  }
  const data = readYamlData<FrontMatter>(node.value, file, {
    schema: 'front-matter',
    ruleId: 'front-matter',
    firstLine: node.position.start.line + 1,
    label: 'Front matter',
    note: 'Allowed keys: title, language, audience (pregnancy, postpartum), id, stages (trimester-1, trimester-2, trimester-3, postpartum), source (name, url, retrieved), license, notes.',
  });
  return data ? cleanStrings(data) : undefined;
}

/** Every string of the front matter without invisible controls (bidi overrides) or runs of spaces. */
function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
  return value;
}
