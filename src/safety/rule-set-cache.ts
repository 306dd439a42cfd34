// The package's default rules compiled ahead of time. After the YAML parse, lemmatising the rules'
// ~1,500 words (one tagger pass) and compiling their phrases and expressions is the rest of the
// cost of loading them. `npm run compile` loads the package's rule files as a build loads them and,
// when that gives no diagnostic at all, keeps the compiled rules as data (lib/safety/rule-files.cjs,
// beside the kept parses of rule-file-cache.ts), keyed by the origin and hash of each file in order
// and by the versions of yaml and the language model. A load of exactly those files takes the
// rules from there, with the file names it was given; any other set of files (a content rule
// added, a file edited) loads as usual.
import { createRequire } from 'node:module';
import type { Phrase, PhraseItem } from '../nlp/phrase.js';
import { RULE_REGEX_FLAGS } from './regex-flags.js';
import { ruleTextKey } from './rule-file-cache.js';
import type { CompiledRule, RuleSource } from './types.js';

type KeptItem = ['t', string[], boolean] | ['p', string, boolean] | ['g', number] | ['c', KeptItem[][], boolean];
interface KeptPhrase { source: string; items: KeptItem[]; anchors?: string[]; starts?: string[] }
type Plain = 'id' | 'severity' | 'language' | 'stages' | 'positions' | 'negatable' | 'message' | 'rationale' | 'citation' | 'examples';
interface KeptRule extends Pick<CompiledRule, Plain> {
  patterns: string[];
  unless: string[];
  requires: string[];
  match: KeptPhrase[];
  context: KeptPhrase[];
  except: KeptPhrase[];
  /** Index of the file in the load, line, column. */
  source: [number, number, number];
}

/** The key of a set of rule files: each file's origin and text, in order. */
export function ruleSetKey(files: readonly RuleSource[]): string {
  return files.map((f) => `${f.origin ?? 'content'}:${ruleTextKey(f.text)}`).join(',');
}

function keepItem(item: PhraseItem): KeptItem {
  switch (item.kind) {
    case 'token': return ['t', [...item.forms], item.optional];
    case 'pos': return ['p', item.pos, item.optional];
    case 'gap': return ['g', item.max];
    case 'choice': return ['c', item.options.map((option) => option.map(keepItem)), item.optional];
  }
}

function keepPhrase(phrase: Phrase): KeptPhrase {
  return {
    source: phrase.source,
    items: phrase.items.map(keepItem),
    ...(phrase.anchors ? { anchors: [...phrase.anchors] } : {}),
    ...(phrase.starts ? { starts: [...phrase.starts] } : {}),
  };
}

/** Compiled rules as data, or undefined when one cannot be kept (an expression with other flags). */
export function keepRules(rules: readonly CompiledRule[], files: readonly RuleSource[]): KeptRule[] | undefined {
  const out: KeptRule[] = [];
  for (const rule of rules) {
    const regexes = [...rule.patterns, ...rule.unless, ...rule.requires];
    const file = files.findIndex((f) => f.path === rule.source.file);
    if (regexes.some((re) => re.flags !== RULE_REGEX_FLAGS) || file === -1) return undefined;
    out.push({
      id: rule.id, severity: rule.severity, language: rule.language, stages: rule.stages, positions: rule.positions,
      patterns: rule.patterns.map((re) => re.source), unless: rule.unless.map((re) => re.source), requires: rule.requires.map((re) => re.source),
      match: rule.match.map(keepPhrase), context: rule.context.map(keepPhrase), except: rule.except.map(keepPhrase),
      negatable: rule.negatable, message: rule.message, rationale: rule.rationale, citation: rule.citation, examples: rule.examples,
      source: [file, rule.source.line, rule.source.column],
    });
  }
  return out;
}

function item(kept: KeptItem): PhraseItem {
  switch (kept[0]) {
    case 't': return { kind: 'token', forms: new Set(kept[1]), optional: kept[2] };
    case 'p': return { kind: 'pos', pos: kept[1], optional: kept[2] };
    case 'g': return { kind: 'gap', max: kept[1] };
    case 'c': return { kind: 'choice', options: kept[1].map((option) => option.map(item)), optional: kept[2] };
  }
}

function phrase(kept: KeptPhrase): Phrase {
  return {
    source: kept.source,
    items: kept.items.map(item),
    ...(kept.anchors ? { anchors: new Set(kept.anchors) } : {}),
    ...(kept.starts ? { starts: new Set(kept.starts) } : {}),
  };
}

/** Compiled rules from their kept form, placed in the files of this load. */
export function restoreRules(kept: readonly KeptRule[], files: readonly RuleSource[]): CompiledRule[] {
  return kept.map((rule) => ({
    id: rule.id, severity: rule.severity, language: rule.language, stages: [...rule.stages], positions: [...rule.positions],
    patterns: rule.patterns.map((s) => new RegExp(s, RULE_REGEX_FLAGS)),
    unless: rule.unless.map((s) => new RegExp(s, RULE_REGEX_FLAGS)),
    requires: rule.requires.map((s) => new RegExp(s, RULE_REGEX_FLAGS)),
    match: rule.match.map(phrase), context: rule.context.map(phrase), except: rule.except.map(phrase),
    negatable: rule.negatable, message: rule.message, rationale: rule.rationale, citation: rule.citation,
    examples: { trigger: rule.examples.trigger, pass: rule.examples.pass },
    source: { file: files[rule.source[0]]!.path, line: rule.source[1], column: rule.source[2] },
  }));
}

/** What the compiled rules depend on besides the files: the parser and the language model. */
export function ruleSetVersions(): string {
  const require = createRequire(import.meta.url);
  return ['yaml', 'wink-nlp', 'wink-eng-lite-web-model'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`).join(' ');
}

/** Compiled rule sets as lib/safety/rule-files.cjs holds them. */
export interface RuleSets {
  versions: string;
  /** ruleSetKey → the kept rules, as JSON. */
  sets: Record<string, string>;
}

type Load = (files: readonly RuleSource[]) => { rules: CompiledRule[]; diagnostics: readonly unknown[] };

/**
 * The rule sets to keep for these files (made by `npm run compile` with loadRules): the compiled
 * rules of exactly these files, only when loading them has nothing at all to say.
 */
export function compileRuleSets(files: readonly RuleSource[], load: Load): RuleSets {
  const { rules, diagnostics } = load(files);
  const kept = diagnostics.length === 0 && rules.length > 0 ? keepRules(rules, files) : undefined;
  return { versions: ruleSetVersions(), sets: kept ? { [ruleSetKey(files)]: JSON.stringify(kept) } : {} };
}

interface RuleSetModule {
  ruleSets?: RuleSets;
}

let sets: Record<string, string> | null | undefined;

/** The rules compiled ahead of time for exactly these files, or undefined. */
export function precompiledRules(files: readonly RuleSource[]): CompiledRule[] | undefined {
  if (sets === undefined) {
    sets = null;
    try {
      const module = createRequire(import.meta.url)('./rule-files.cjs') as RuleSetModule;
      if (module.ruleSets && module.ruleSets.versions === ruleSetVersions()) sets = module.ruleSets.sets;
    } catch {
      // No module beside this one (a run from the sources): rules are compiled at load.
    }
  }
  const json = sets?.[ruleSetKey(files)];
  return json === undefined ? undefined : restoreRules(JSON.parse(json) as KeptRule[], files);
}
