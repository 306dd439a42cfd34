// Unsafe-claim rules: rule files as data (content/rules/*.yaml, schemas/rule.schema.json), loaded
// and checked at load time, and the engine that applies them to one sentence in context.
export { loadRules, compileRuleRegex, RULE_REGEX_FLAGS } from './load-rules.js';
export { checkSentence, appliesInStages } from './check-sentence.js';
export { runRuleExamples, testRuleExamples, type FailedRuleExample, type RuleExampleReport } from './rule-examples.js';
export { regexSafetyProblems, MAX_PATTERN_LENGTH } from './regex-safety.js';
export { normalizeSentence } from './negation.js';
export type {
  CompiledRule,
  RuleContext,
  RuleDiagnostic,
  RuleDiagnosticCode,
  RuleExample,
  RuleExampleResult,
  RuleMatch,
  RulePlace,
  RuleSource,
  RuleSpec,
} from './types.js';
