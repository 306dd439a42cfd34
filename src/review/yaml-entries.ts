// A reviewer's YAML file (content/revisions/*.yaml, content/reviews.yaml) read into its entries,
// each with the line it starts on, so every message can name `file:line`. Validation is the
// schema's (strict ajv, errors at their place); this module only adds the lines.
import { LineCounter, parseDocument } from 'yaml';
import type { VFile } from 'vfile';
import { readYamlData } from '../read/yaml-data.js';
import type { SchemaName } from '../validate/schema-registry.js';

export interface Placed<T> {
  entry: T;
  file: string;
  line: number;
}

export interface EntriesSpec {
  schema: SchemaName;
  /** The top-level key holding the list. */
  key: string;
  ruleId: string;
  label: string;
  note: string;
}

/** The entries of the list under `spec.key`, in order, or [] when the file is invalid (reported). */
export function readEntries<T>(text: string, file: VFile, spec: EntriesSpec): Array<Placed<T>> {
  const data = readYamlData<Record<string, T[]>>(text, file, { schema: spec.schema, ruleId: spec.ruleId, firstLine: 1, label: spec.label, note: spec.note });
  const entries = data?.[spec.key];
  if (!entries) return [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  return entries.map((entry, i) => {
    const node = doc.getIn([spec.key, i], true) as { range?: [number, number, number] } | undefined;
    return { entry, file: file.path, line: node?.range ? counter.linePos(node.range[0]).line : 1 };
  });
}
