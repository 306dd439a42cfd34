// YAML text → data validated against a schema, every problem reported at its line and column.
// Used for front matter and content/dataset.yaml. Hostile YAML is bounded: a size cap, an alias
// cap (billion-laughs), duplicate keys rejected.
import type { VFile } from 'vfile';
import { LineCounter, isMap, parseDocument, type Document } from 'yaml';
import type { Point } from '../model/types.js';
import { report } from '../report/diagnostics.js';
import { describeError, validatorFor, type SchemaName } from '../validate/schema-registry.js';

export const MAX_YAML_CHARS = 100_000;
const MAX_ALIAS_COUNT = 20;

export interface YamlDataOptions {
  schema: SchemaName;
  /** Rule id of the messages, e.g. `front-matter`. */
  ruleId: string;
  /** Line of the file on which the YAML text starts. */
  firstLine: number;
  /** What to do about a schema error, for the message note. */
  note: string;
  /** Name used in messages, e.g. "Front matter". */
  label: string;
}

export function readYamlData<T>(text: string, file: VFile, options: YamlDataOptions): T | undefined {
  const { ruleId, firstLine, label } = options;
  const counter = new LineCounter();
  const at = (offset: number): Point => {
    const pos = counter.linePos(offset);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };
  const fail = (message: string, place: Point, note?: string): undefined => {
    report(file, message, { ruleId, severity: 'error', place, ...(note ? { note } : {}) });
    return undefined;
  };
  if (text.length > MAX_YAML_CHARS) {
    return fail(`${label} is ${text.length} characters, expected at most ${MAX_YAML_CHARS}`, { line: firstLine, column: 1 });
  }
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      fail(`Invalid YAML in ${label.toLowerCase()}: ${error.message.split('\n')[0]}`, at(error.pos[0]),
        'Fix the YAML syntax: `key: value` pairs, lists as `[a, b]` or `- a` lines, each key once.');
    }
    return undefined;
  }
  if (!isMap(doc.contents)) {
    return fail(`${label} is not a mapping, expected \`key: value\` lines`, { line: firstLine, column: 1 });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const aliases = /alias/i.test((error as Error).message);
    return fail(aliases ? `${label} uses too many YAML aliases (more than ${MAX_ALIAS_COUNT}), expected plain values` : `${label} could not be read: ${(error as Error).message}`,
      { line: firstLine, column: 1 }, 'Write the values out instead of using YAML anchors (&) and aliases (*).');
  }
  const validate = validatorFor(options.schema);
  if (validate(data)) return data as T;
  for (const error of validate.errors ?? []) {
    const { path, message } = describeError(error);
    fail(`${label} ${message}`, placeOf(doc, path, at, error.keyword === 'additionalProperties') ?? { line: firstLine, column: 1 }, options.note);
  }
  return undefined;
}

/** The place of a path in the YAML document: the key for an unknown key, else the value. */
function placeOf(doc: Document, path: Array<string | number>, at: (offset: number) => Point, atKey: boolean): Point | undefined {
  type Node = { range?: [number, number, number]; items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> };
  for (let depth = path.length; depth > 0; depth -= 1) {
    const parent = (depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true)) as Node | undefined;
    const key = path[depth - 1];
    const pair = parent?.items?.find((item) => item.key?.value === key);
    if (pair?.key?.range && depth === path.length && atKey) return at(pair.key.range[0]);
    const target = doc.getIn(path.slice(0, depth), true) as Node | undefined;
    if (target?.range) return at(target.range[0]);
    if (pair?.key?.range) return at(pair.key.range[0]);
  }
  const root = doc.contents as Node | null;
  return root?.range ? at(root.range[0]) : undefined;
}
