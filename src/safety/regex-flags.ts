// Flags every rule expression is compiled with (load-rules.ts, rule-set-cache.ts).
export const RULE_REGEX_FLAGS = 'iu';
