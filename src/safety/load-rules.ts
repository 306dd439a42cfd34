// Rule files → compiled rules. Pure: the caller reads the package's default rules and
// content/rules/*.yaml and passes the text. Concept lexicons are shared by every file; a content
// rule or concept with the id of a default one replaces it (reported). Every problem is a
// diagnostic at its line and column; a rule with any problem is left out, the others still load.
import { compilePhrase, phraseWords, primeWords, type Phrase } from '../nlp/phrase.js';
import { regexSafetyProblems } from './regex-safety.js';
import { readRuleFile, type ParsedRuleFile } from './rule-file.js';
import { cachedRuleFile } from './rule-file-cache.js';
import { RULE_REGEX_FLAGS } from './regex-flags.js';
import { precompiledRules } from './rule-set-cache.js';
import type { CompiledRule, RuleDiagnostic, RulePlace, RuleSource, RuleSpec } from './types.js';

export { RULE_REGEX_FLAGS };

type RegexField = 'patterns' | 'unless' | 'requires';

/**
 * Compile one regular expression source, or say why it cannot be used: invalid syntax, or a shape
 * that can backtrack catastrophically (see regex-safety.ts).
 */
export function compileRuleRegex(source: string): { regex: RegExp } | { error: string; code: 'regex-syntax' | 'regex-unsafe' } {
  let regex: RegExp;
  try {
    regex = new RegExp(source, RULE_REGEX_FLAGS);
  } catch (error) {
    return { code: 'regex-syntax', error: `invalid regular expression: ${(error as Error).message}; expected JavaScript syntax valid with flags ${RULE_REGEX_FLAGS}` };
  }
  const problems = regexSafetyProblems(source);
  if (problems.length > 0) {
    return { code: 'regex-unsafe', error: `unsafe regular expression: ${problems.join('; ')}; expected a pattern without nested or overlapping repetition (write gaps as a bounded class such as [^.;,]{0,30})` };
  }
  if (regex.test('')) {
    return { code: 'regex-unsafe', error: 'regular expression matches empty text; expected a pattern that needs at least one character' };
  }
  return { regex };
}

type PhraseField = 'match' | 'context' | 'except';
type PlaceOf = ParsedRuleFile['placeOf'];
type ConceptLookup = (name: string) => readonly Phrase[] | undefined;

function compileRule(spec: RuleSpec, index: number, placeOf: PlaceOf, concept: ConceptLookup, diagnostics: RuleDiagnostic[]): CompiledRule | undefined {
  let ok = true;
  const compileList = (field: RegexField): RegExp[] => {
    const out: RegExp[] = [];
    (spec[field] ?? []).forEach((source, j) => {
      const result = compileRuleRegex(source);
      if ('regex' in result) {
        out.push(result.regex);
        return;
      }
      ok = false;
      diagnostics.push({ ...placeOf(['rules', index, field, j]), severity: 'error', code: result.code, message: `\`${field}\` ${j + 1} of rule ${spec.id}: ${result.error}`, rule: spec.id });
    });
    return out;
  };
  const compilePhrases = (field: PhraseField): Phrase[] => {
    const out: Phrase[] = [];
    (spec[field] ?? []).forEach((source, j) => {
      try {
        out.push(compilePhrase(source, concept));
      } catch (error) {
        ok = false;
        diagnostics.push({ ...placeOf(['rules', index, field, j]), severity: 'error', code: 'phrase', message: `\`${field}\` ${j + 1} of rule ${spec.id}: ${(error as Error).message}`, rule: spec.id });
      }
    });
    return out;
  };
  const patterns = compileList('patterns');
  const unless = compileList('unless');
  const requires = compileList('requires');
  const match = compilePhrases('match');
  const context = compilePhrases('context');
  const except = compilePhrases('except');
  if (!ok) return undefined;
  return {
    id: spec.id,
    severity: spec.severity,
    language: spec.language ?? 'en',
    stages: [...spec.stages],
    positions: [...(spec.positions ?? [])],
    patterns,
    unless,
    requires,
    match,
    context,
    except,
    negatable: spec.negatable ?? true,
    message: spec.message,
    rationale: spec.rationale,
    citation: spec.citation,
    examples: { trigger: spec.examples.trigger, pass: spec.examples.pass },
    source: placeOf(['rules', index]),
  };
}

interface Definition<T> {
  value: T;
  /** Where it is defined; asked for only when a diagnostic names it (finding it can mean a parse). */
  place: () => RulePlace;
  origin: 'default' | 'content';
}

/**
 * Record a definition of `id`: a second definition from the same origin is a duplicate (error);
 * a content definition of a default id replaces it (reported as information), unless it is the
 * same definition.
 */
function define<T>(table: Map<string, Definition<T>>, id: string, next: Definition<T>, what: string, diagnostics: RuleDiagnostic[], content: (value: T) => unknown): void {
  const first = table.get(id);
  if (!first) {
    table.set(id, next);
    return;
  }
  if (first.origin === 'default' && next.origin === 'content') {
    // A copy of a default (a content folder that holds the package's own rule files) changes nothing.
    if (JSON.stringify(content(first.value)) === JSON.stringify(content(next.value))) return;
    const [place, firstPlace] = [next.place(), first.place()];
    diagnostics.push({ ...place, severity: 'info', code: 'override', message: `${what} ${id} replaces the package's default ${what} of the same id (${firstPlace.file}:${firstPlace.line}); remove it here to use the default again`, ...(what === 'rule' ? { rule: id } : {}) });
    table.set(id, next);
    return;
  }
  const [place, firstPlace] = [next.place(), first.place()];
  diagnostics.push({ ...place, severity: 'error', code: what === 'rule' ? 'duplicate-id' : 'duplicate-concept', message: `${what} id ${id} is already used at ${firstPlace.file}:${firstPlace.line}; expected every ${what} id once across all rule files`, ...(what === 'rule' ? { rule: id } : {}) });
}

/**
 * Load rule files (YAML text, the file name used in diagnostics and, optionally, their origin).
 * Returns the rules that loaded cleanly, defaults first then content, each file in order, and
 * every problem: YAML syntax, schema errors (with what was expected), duplicate rule or concept
 * ids, invalid or unsafe regular expressions, phrases that cannot be read or name an unknown
 * concept; and, as information, each default rule or concept a content file replaces.
 */
export function loadRules(files: readonly RuleSource[]): { rules: CompiledRule[]; diagnostics: RuleDiagnostic[] } {
  // The same files give the same rules: a process that compiles many times (tests, watch) reads
  // and compiles them once. Compiled rules are never changed after loading.
  const key = files.map((f) => `${f.origin ?? 'content'}\u0000${f.path}\u0000${f.text}`).join('\u0001');
  let loaded = cache.get(key);
  if (!loaded) {
    const precompiled = precompiledRules(files);
    loaded = precompiled ? { rules: precompiled, diagnostics: [] } : loadUncached(files);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, loaded);
  }
  return { rules: [...loaded.rules], diagnostics: loaded.diagnostics.map((d) => ({ ...d })) };
}

const CACHE_SIZE = 4;
const cache = new Map<string, { rules: CompiledRule[]; diagnostics: RuleDiagnostic[] }>();

function loadUncached(files: readonly RuleSource[]): { rules: CompiledRule[]; diagnostics: RuleDiagnostic[] } {
  const diagnostics: RuleDiagnostic[] = [];
  const ordered = [...files.filter((f) => f.origin === 'default'), ...files.filter((f) => f.origin !== 'default')];
  const parsed = ordered.map((file) => ({ origin: file.origin ?? 'content' as const, file: readRuleFile(file.path, file.text, cachedRuleFile(file.text)) }));
  const conceptSources = new Map<string, Definition<{ phrases: string[]; placeOf: PlaceOf }>>();
  const specs = new Map<string, Definition<{ spec: RuleSpec; index: number; placeOf: PlaceOf }>>();
  for (const { origin, file } of parsed) {
    diagnostics.push(...file.diagnostics);
    for (const { name, phrases } of file.concepts) {
      define(conceptSources, name, { value: { phrases, placeOf: file.placeOf }, place: () => file.placeOf(['concepts', name], true), origin }, 'concept', diagnostics, (v) => v.phrases);
    }
    for (const { index, spec } of file.rules) {
      define(specs, spec.id, { value: { spec, index, placeOf: file.placeOf }, place: () => file.placeOf(['rules', index, 'id']), origin }, 'rule', diagnostics, (v) => v.spec);
    }
  }
  primeWords([
    ...[...conceptSources.values()].flatMap((d) => d.value.phrases.flatMap(phraseWords)),
    ...[...specs.values()].flatMap((d) => [...(d.value.spec.match ?? []), ...(d.value.spec.context ?? []), ...(d.value.spec.except ?? [])].flatMap(phraseWords)),
  ]);
  const concept = conceptResolver(conceptSources, diagnostics);
  const rules: CompiledRule[] = [];
  for (const { value } of specs.values()) {
    const rule = compileRule(value.spec, value.index, value.placeOf, concept, diagnostics);
    if (rule) rules.push(rule);
  }
  return { rules, diagnostics };
}

/** Concepts compiled on first use; a concept that refers to itself, directly or not, is an error. */
function conceptResolver(sources: Map<string, Definition<{ phrases: string[]; placeOf: PlaceOf }>>, diagnostics: RuleDiagnostic[]): ConceptLookup {
  const compiled = new Map<string, Phrase[]>();
  const active = new Set<string>();
  const lookup = (name: string): Phrase[] | undefined => {
    const done = compiled.get(name);
    if (done) return done;
    const source = sources.get(name);
    if (!source) return undefined;
    if (active.has(name)) throw new Error(`concept $${name} refers to itself; expected concepts that end in words`);
    active.add(name);
    const out: Phrase[] = [];
    try {
      source.value.phrases.forEach((text, j) => {
        try {
          out.push(compilePhrase(text, lookup));
        } catch (error) {
          const message = (error as Error).message;
          if (message.includes('refers to itself')) throw error;
          diagnostics.push({ ...source.value.placeOf(['concepts', name, j]), severity: 'error', code: 'phrase', message: `concept ${name}, phrase ${j + 1}: ${message}` });
        }
      });
    } finally {
      active.delete(name);
    }
    compiled.set(name, out);
    return out;
  };
  return lookup;
}
