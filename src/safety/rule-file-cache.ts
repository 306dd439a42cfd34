// Rule files parsed ahead of time. Parsing the YAML of the package's rule files (about 130 kB, most
// of it the examples of each rule) is most of the cost of loading the rules in a cold process,
// which a small build pays in full (docs/safety-rules.md, "Cost"). `npm run compile` parses the
// package's own rule files once and writes what the parse gave (the data and the place of each
// rule) to lib/safety/rule-files.cjs, keyed by a hash of each file's text and the yaml version; a
// load whose text has that hash takes the data from there instead of parsing. Everything else is
// done as for any file: the schema check, and every diagnostic at its line (the file is parsed
// then, on the first place asked for beyond a rule's own). A file changed since, a content file,
// or a run from the sources (tests) parses as usual.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { LineCounter, parseDocument } from 'yaml';

/** The options every rule file is parsed with (rule-file.ts parses with the same). */
export const RULE_YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false } as const;
export const RULE_TO_JS_OPTIONS = { maxAliasCount: 20 } as const;

/** A clean parse of one rule file: its data as JSON text and the place of each rule. */
export interface CachedRuleFile {
  /** `toJS` of the document, as JSON (parsed anew for each load: loads share no objects). */
  json: string;
  /** Line and column of each item of `rules`, in order (the place of a compiled rule). */
  rules: Array<[line: number, column: number]>;
}

interface RuleFilesModule {
  format: number;
  yaml: string;
  files: Record<string, CachedRuleFile>;
  /** Compiled rule sets (rule-set-cache.ts). */
  ruleSets?: { versions: string; sets: Record<string, string> };
}

const FORMAT = 1;

/** The key of a rule file's text. */
export function ruleTextKey(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Parse one rule file as readRuleFile does and keep what a later load needs, or undefined when
 * the parse has anything to say (a YAML error or warning, an alias limit, data that is not a
 * mapping): such a file is always parsed at load, so its diagnostics are made as they always are.
 */
export function cacheRuleFile(text: string): CachedRuleFile | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { ...RULE_YAML_OPTIONS, lineCounter: counter });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS(RULE_TO_JS_OPTIONS);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const rules: Array<[number, number]> = [];
  const list = doc.get('rules', true) as { items?: Array<{ range?: [number, number, number] }> } | undefined;
  for (const item of list?.items ?? []) {
    if (!item.range) return undefined;
    const pos = counter.linePos(item.range[0]);
    rules.push([pos.line, pos.col]);
  }
  let json: string;
  try {
    json = JSON.stringify(data);
  } catch {
    return undefined; // an alias cycle
  }
  // Only data that JSON gives back unchanged is kept (no undefined, no non-finite numbers).
  return sameData(JSON.parse(json), data) ? { json, rules } : undefined;
}

/** Deep equality of two parsed values (plain data only). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(b) !== Object.prototype && !Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The yaml package's version: a cache made by another version is not used. */
function yamlVersion(): string {
  return (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
}

/**
 * Source of lib/safety/rule-files.cjs (made by `npm run compile`): the parse of each of the given
 * rule file texts and, when given, compiled rule sets (rule-set-cache.ts).
 */
export function ruleFilesModule(texts: readonly string[], ruleSets?: RuleFilesModule['ruleSets']): string {
  const files: Record<string, CachedRuleFile> = {};
  for (const text of [...texts].sort()) {
    const cached = cacheRuleFile(text);
    if (cached) files[ruleTextKey(text)] = cached;
  }
  const module: RuleFilesModule = { format: FORMAT, yaml: yamlVersion(), files, ...(ruleSets ? { ruleSets } : {}) };
  return `// Made by \`npm run compile\` (src/safety/rule-file-cache.ts): the package's rule files, parsed.\n'use strict';\nmodule.exports = ${JSON.stringify(module)};\n`;
}

let compiled: RuleFilesModule | null | undefined;

/** The module made at compile time, when there is one of this format and yaml version. */
function compiledModule(): RuleFilesModule | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  try {
    const module = createRequire(import.meta.url)('./rule-files.cjs') as RuleFilesModule;
    if (module.format === FORMAT && module.yaml === yamlVersion()) compiled = module;
  } catch {
    // No module beside this one (a run from the sources): every file is parsed.
  }
  return compiled;
}

/** The parse of `text` made at compile time, or undefined. */
export function cachedRuleFile(text: string): CachedRuleFile | undefined {
  const module = compiledModule();
  if (!module) return undefined;
  return module.files[ruleTextKey(text)];
}
