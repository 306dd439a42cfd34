// Types of the unsafe-claim rules: the YAML shape (schemas/rule.schema.json), the compiled form
// the engine runs, its findings and the problems found while loading rule files.
import type { Position, Severity, Stage } from '../model/types.js';
import type { Phrase } from '../nlp/phrase.js';

/** One example sentence of a rule, read in the given stages and exercise position. */
export interface RuleExample {
  text: string;
  /** Stages of the record the sentence is read in; default: the rule's stages. */
  stages?: Stage[];
  /** Exercise position of the record; default: none. */
  position?: Position;
}

/** A rule as written in a content/rules/*.yaml file (after schema validation). */
export interface RuleSpec {
  id: string;
  severity: Severity;
  language?: string;
  stages: Stage[];
  positions?: Position[];
  patterns?: string[];
  match?: string[];
  unless?: string[];
  requires?: string[];
  context?: string[];
  except?: string[];
  negatable?: boolean;
  message: string;
  rationale: string;
  citation: string;
  examples: { trigger: RuleExample[]; pass: RuleExample[] };
}

/** A rule file given to the loader: its name for diagnostics, its text and where it comes from. */
export interface RuleSource {
  path: string;
  text: string;
  /**
   * `default`: shipped with the package; `content`: the project's content/rules (the default
   * when absent). A content rule or concept with the id of a default one replaces it, reported.
   */
  origin?: 'default' | 'content';
}

/** A place in a rule file: 1-based line and column. */
export interface RulePlace {
  file: string;
  line: number;
  column: number;
}

/** A rule ready to run: every regular expression compiled with flags `iu` and checked safe. */
export interface CompiledRule {
  id: string;
  severity: Severity;
  /** Primary language subtag of the patterns; the rule checks documents in this language only. */
  language: string;
  stages: readonly Stage[];
  /** Exercise positions that trigger the rule without words (empty when none). */
  positions: readonly Position[];
  patterns: readonly RegExp[];
  /** One match anywhere in the sentence makes every match of the rule in it safe. */
  unless: readonly RegExp[];
  /** All must match somewhere in the sentence before a pattern match counts. */
  requires: readonly RegExp[];
  /** Phrases over lemmas and concepts that find the unsafe wording (see src/nlp/phrase.ts). */
  match: readonly Phrase[];
  /** One phrase match anywhere in the sentence makes every match of the rule in it safe. */
  except: readonly Phrase[];
  /** All must match somewhere in the sentence before a match counts. */
  context: readonly Phrase[];
  /** When false, matches count even in a negated clause. */
  negatable: boolean;
  message: string;
  rationale: string;
  citation: string;
  examples: { trigger: readonly RuleExample[]; pass: readonly RuleExample[] };
  /** Where the rule starts in its file. */
  source: RulePlace;
}

/** The record a sentence belongs to, as far as the rules care. */
export interface RuleContext {
  stages: readonly Stage[];
  position?: Position;
}

/** A finding of one rule on one sentence. */
export interface RuleMatch {
  rule: CompiledRule;
  /** UTF-16 offset of the evidence in the sentence (0 for a position match). */
  index: number;
  /** Length of the evidence in the sentence (0 for a position match). */
  length: number;
  /** The matched words, or `position: <name>` for a position match. */
  evidence: string;
  via: 'pattern' | 'position';
}

/** What kind of problem a rule file has. */
export type RuleDiagnosticCode =
  | 'yaml-syntax'
  | 'yaml-warning'
  | 'schema'
  | 'duplicate-id'
  | 'regex-syntax'
  | 'regex-unsafe'
  | 'phrase'
  | 'duplicate-concept'
  | 'override'
  | 'no-rules';

/** A problem in a rule file, at its line and column. */
export interface RuleDiagnostic extends RulePlace {
  severity: 'error' | 'warning' | 'info';
  code: RuleDiagnosticCode;
  message: string;
  /** The rule the problem belongs to, when known. */
  rule?: string;
}

/** The outcome of one example of one rule. */
export interface RuleExampleResult {
  rule: string;
  example: string;
  expected: 'trigger' | 'pass';
  ok: boolean;
}
