// Rule files → compiled rules. Pure: the caller reads content/rules/*.yaml and passes the text.
// Every problem is a diagnostic at its line and column; a rule with any problem is left out, the
// others still load.
import { regexSafetyProblems } from './regex-safety.js';
import { readRuleFile } from './rule-file.js';
import type { CompiledRule, RuleDiagnostic, RulePlace, RuleSpec } from './types.js';

/** Flags every rule expression is compiled with. */
export const RULE_REGEX_FLAGS = 'iu';

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

function compileRule(spec: RuleSpec, index: number, placeOf: (path: ReadonlyArray<string | number>) => RulePlace, diagnostics: RuleDiagnostic[]): CompiledRule | undefined {
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
  const patterns = compileList('patterns');
  const unless = compileList('unless');
  const requires = compileList('requires');
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
    negatable: spec.negatable ?? true,
    message: spec.message,
    rationale: spec.rationale,
    citation: spec.citation,
    examples: { trigger: spec.examples.trigger, pass: spec.examples.pass },
    source: placeOf(['rules', index]),
  };
}

/**
 * Load rule files (YAML text and the file name used in diagnostics). Returns the rules that loaded
 * cleanly, in file then rule order, and every problem: YAML syntax, schema errors (with what was
 * expected), duplicate rule ids across files, invalid or unsafe regular expressions.
 */
export function loadRules(files: ReadonlyArray<{ path: string; text: string }>): { rules: CompiledRule[]; diagnostics: RuleDiagnostic[] } {
  const rules: CompiledRule[] = [];
  const diagnostics: RuleDiagnostic[] = [];
  const firstPlace = new Map<string, RulePlace>();
  for (const file of files) {
    const parsed = readRuleFile(file.path, file.text);
    diagnostics.push(...parsed.diagnostics);
    for (const { index, spec } of parsed.rules) {
      const first = firstPlace.get(spec.id);
      if (first) {
        diagnostics.push({ ...parsed.placeOf(['rules', index, 'id']), severity: 'error', code: 'duplicate-id', message: `rule id ${spec.id} is already used at ${first.file}:${first.line}; expected every rule id once across all rule files`, rule: spec.id });
        continue;
      }
      firstPlace.set(spec.id, parsed.placeOf(['rules', index, 'id']));
      const rule = compileRule(spec, index, parsed.placeOf, diagnostics);
      if (rule) rules.push(rule);
    }
  }
  return { rules, diagnostics };
}
