// One rule file: YAML text → data checked against schemas/rule.schema.json, every problem at its
// line and column (from the yaml package's LineCounter and node ranges).
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { loadSchemas, validatorFor } from '../validate/schema-registry.js';
import { RULE_TO_JS_OPTIONS, RULE_YAML_OPTIONS, type CachedRuleFile } from './rule-file-cache.js';
import type { RuleDiagnostic, RulePlace, RuleSpec } from './types.js';

/** Largest rule file accepted, in characters. */
export const MAX_RULE_FILE_CHARS = 500_000;

/** A parsed rule file: its data (undefined when unusable), a locator for paths, and problems. */
export interface ParsedRuleFile {
  /** Rules that passed the schema, with their index in the file. */
  rules: Array<{ index: number; spec: RuleSpec }>;
  /** Concept lexicons of the file, in file order: name and phrase sources. */
  concepts: Array<{ name: string; phrases: string[] }>;
  /** The place of a path (keys and indexes) in the file: its value, or its key when `atKey`. */
  placeOf: (path: ReadonlyArray<string | number>, atKey?: boolean) => RulePlace;
  diagnostics: RuleDiagnostic[];
}

type Path = Array<string | number>;
type YamlNode = { range?: [number, number, number]; items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> };

function pathOf(error: ErrorObject): Path {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

type SchemaNode = { $ref?: string; description?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: Array<{ required?: string[] }> };

let ruleSchema: SchemaNode | undefined;

/** The rule schema's node for an instance path, following local `$ref`s (external ones stop). */
function schemaAt(path: Path): SchemaNode {
  ruleSchema ??= (loadSchemas().get('rule.schema.json') ?? {}) as SchemaNode;
  const root = ruleSchema;
  const resolve = (node: SchemaNode | undefined): SchemaNode => {
    let current = node ?? {};
    for (let hops = 0; current.$ref?.startsWith('#/') && hops < 10; hops += 1) {
      current = current.$ref.slice(2).split('/').reduce<SchemaNode>((n, key) => (n as Record<string, SchemaNode>)[key] ?? {}, root);
    }
    return current;
  };
  let node = resolve(root);
  for (const step of path) node = resolve(typeof step === 'number' ? node.items : node.properties?.[step]);
  return node;
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, step) => (value as Record<string | number, unknown> | undefined)?.[step], data);
}

/** A sentence saying what was found and what was expected, for one schema error. */
function describe(error: ErrorObject, path: Path, data: unknown): { path: Path; atKey?: boolean; message: string } {
  const where = path.length > 0 ? `\`${path.join('.')}\`` : 'the file';
  const params = error.params as Record<string, unknown>;
  const schema = schemaAt(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(schema.properties ?? {}).join(', ');
      return { path: [...path, key], atKey: true, message: `unknown key \`${key}\` in ${where}; expected only: ${allowed}` };
    }
    case 'anyOf': {
      const keys = (schema.anyOf ?? []).flatMap((alt) => alt.required ?? []).map((key) => `\`${key}\``);
      return { path, message: `${where} needs ${keys.length > 0 ? `at least one of ${keys.join(', ')}` : 'another shape'}` };
    }
    case 'required':
      return { path, message: `${where} is missing the required key \`${String(params.missingProperty)}\`` };
    case 'enum':
      return { path, message: `${where} is ${safeJson(valueAt(data, path))}; expected one of: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'type':
      return { path, message: `${where} has the wrong type; expected ${String(params.type)}` };
    case 'minItems':
      return { path, message: `${where} has too few items; expected at least ${String(params.limit)}` };
    case 'pattern':
      return { path, message: `${where} has an unexpected form; expected ${schema.description ?? `text matching ${String(params.pattern)}`}` };
    case 'minLength':
    case 'maxLength':
      return { path, message: `${where} ${error.message ?? 'has the wrong length'}; expected ${schema.description ?? 'text of the documented length'}` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/**
 * Parse and validate one rule file. Never throws. `cached`: the parse of this very text made
 * ahead of time (rule-file-cache.ts); the file is then parsed only if a place is asked for that
 * is not a rule's own, and gives the same rules, places and diagnostics.
 */
export function readRuleFile(file: string, text: string, cached?: CachedRuleFile): ParsedRuleFile {
  const counter = new LineCounter();
  const at = (offset: number): RulePlace => {
    const pos = counter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const diagnostics: RuleDiagnostic[] = [];
  const fail = (place: RulePlace, code: RuleDiagnostic['code'], message: string, rule?: string): void => {
    diagnostics.push({ ...place, severity: 'error', code, message, ...(rule ? { rule } : {}) });
  };
  const start: RulePlace = { file, line: 1, column: 1 };
  if (text.length > MAX_RULE_FILE_CHARS) {
    fail(start, 'yaml-syntax', `rule file is ${text.length} characters; expected at most ${MAX_RULE_FILE_CHARS}`);
    return { rules: [], concepts: [], placeOf: () => start, diagnostics };
  }
  let parsed: Document | undefined;
  const document = (): Document => (parsed ??= parseDocument(text, { ...RULE_YAML_OPTIONS, lineCounter: counter }));
  const placeOf = (path: ReadonlyArray<string | number>, atKey = false): RulePlace => {
    const rule = cached && !atKey && path.length === 2 && path[0] === 'rules' && typeof path[1] === 'number' ? cached.rules[path[1]] : undefined;
    if (rule) return { file, line: rule[0], column: rule[1] };
    return locate(document(), [...path], at, atKey) ?? start;
  };
  let data: unknown;
  if (cached) {
    // A clean parse (no error or warning) of this text: only its data is needed.
    data = JSON.parse(cached.json);
  } else {
    const doc = document();
    for (const warning of doc.warnings) {
      diagnostics.push({ ...at(warning.pos[0]), severity: 'warning', code: 'yaml-warning', message: warning.message.split('\n')[0] ?? '' });
    }
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        fail(at(error.pos[0]), 'yaml-syntax', `invalid YAML: ${error.message.split('\n')[0]}; expected \`key: value\` lines and \`- item\` lists, each key once`);
      }
      return { rules: [], concepts: [], placeOf, diagnostics };
    }
    try {
      data = doc.toJS(RULE_TO_JS_OPTIONS);
    } catch (error) {
      fail(start, 'yaml-syntax', `rule file could not be read: ${(error as Error).message}; expected plain YAML without alias chains`);
      return { rules: [], concepts: [], placeOf, diagnostics };
    }
  }
  const validate = validatorFor('rule');
  const badRules = new Set<number>();
  const badConcepts = new Set<string>();
  let fileBroken = false;
  if (!validate(data)) {
    const seen = new Set<string>();
    // A key missing from one branch of an anyOf is said once, by the anyOf ("needs `patterns` or `match`").
    const anyOfPaths = new Set((validate.errors ?? []).filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    for (const error of validate.errors ?? []) {
      if (error.keyword === 'required' && anyOfPaths.has(error.instancePath) && (schemaAt(pathOf(error)).anyOf ?? []).some((alt) => alt.required?.includes(String((error.params as { missingProperty?: unknown }).missingProperty)))) continue;
      const described = describe(error, pathOf(error), data);
      const place = placeOf(described.path, described.atKey);
      const key = `${place.line}:${place.column}:${described.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ruleIndex = described.path[0] === 'rules' && typeof described.path[1] === 'number' ? described.path[1] : undefined;
      // A bad concept is left out on its own; the rest of the file still loads.
      const concept = described.path[0] === 'concepts' && typeof described.path[1] === 'string' ? described.path[1] : undefined;
      if (concept !== undefined) badConcepts.add(concept);
      else if (ruleIndex === undefined) fileBroken = true;
      else badRules.add(ruleIndex);
      const id = ruleIndex === undefined ? undefined : idOf(data, ruleIndex);
      fail(place, 'schema', described.message, id);
    }
  }
  if (fileBroken) return { rules: [], concepts: [], placeOf, diagnostics };
  const { rules: list = [], concepts: lexicons = {} } = data as { rules?: RuleSpec[]; concepts?: Record<string, string[]> };
  const rules = list.flatMap((spec, index) => (badRules.has(index) ? [] : [{ index, spec }]));
  const concepts = Object.entries(lexicons).filter(([name]) => !badConcepts.has(name)).map(([name, phrases]) => ({ name, phrases }));
  return { rules, concepts, placeOf, diagnostics };
}

function idOf(data: unknown, index: number): string | undefined {
  const rule = (data as { rules?: unknown[] } | null)?.rules?.[index] as { id?: unknown } | undefined;
  return typeof rule?.id === 'string' ? rule.id : undefined;
}

/**
 * The place of a path: its value node, or its key when `atKey` (an unknown key); when the path does
 * not exist, the nearest existing ancestor.
 */
function locate(doc: Document, path: Path, at: (offset: number) => RulePlace, atKey: boolean): RulePlace | undefined {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const parent = (depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true)) as YamlNode | null | undefined;
    const key = path[depth - 1];
    const pair = typeof key === 'string' ? parent?.items?.find((item) => item.key?.value === key) : undefined;
    if (pair?.key?.range && atKey && depth === path.length) return at(pair.key.range[0]);
    const target = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
    if (target?.range) return at(target.range[0]);
    if (pair?.key?.range) return at(pair.key.range[0]);
  }
  const root = doc.contents as YamlNode | null;
  return root?.range ? at(root.range[0]) : undefined;
}

/** JSON for a message; a YAML alias cycle cannot be serialised and is shown as `[…]`. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? '[…]' : '{…}';
  }
}
