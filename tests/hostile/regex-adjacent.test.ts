// Polynomial backtracking: adjacent unbounded repetitions that can match the same text are
// rejected when rules load (`.*.*.*x` took 42 s on a 600-character stretch, `\d+\d+\d+$` 48 s),
// and every pattern of content/rules is still accepted.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { regexSafetyProblems } from '../../src/safety/regex-safety.js';
import { ROOT } from '../helpers/child-build.js';

const BAD = ['.*.*.*.*.*', '.*.*x', '\\s*\\s*\\s*x', 'a*a*a*b', '\\d+\\d+\\d+$', '\\w+\\w+$', '[a-z]+\\s*[a-z]+\\s*[a-z]+\\s*#', '.+\\s.+\\s.+\\s.+\\s.+\\s?$', '.*\\b.*x'];
const GOOD = ['\\bhold\\s+your\\s+breath\\b', '\\w+ing\\b', 'foo.*bar', '\\s+to\\s+', '[a-z]+@[a-z]+\\.com', '\\w+\\s+\\w+', '\\d+\\s*%', '\\bweight[- ]loss\\b', '(?:very\\s+)?hot\\s+tubs?'];

describe('adjacent unbounded repetitions', () => {
  for (const pattern of BAD) {
    it(`rejects ${pattern}`, () => {
      expect(regexSafetyProblems(pattern).join(' ')).toMatch(/adjacent unbounded|nested quantifier/);
    });
  }
  it('accepts patterns whose repetitions cannot share text', () => {
    for (const pattern of GOOD) expect(regexSafetyProblems(pattern), pattern).toEqual([]);
  });
  it('accepts every pattern of content/rules', () => {
    const patterns = readdirSync(`${ROOT}content/rules`).flatMap((name) =>
      ((parse(readFileSync(`${ROOT}content/rules/${name}`, 'utf8')) as { rules?: Array<{ patterns?: string[] }> }).rules ?? []).flatMap((rule) => rule.patterns ?? []));
    expect(patterns.length).toBeGreaterThan(50);
    for (const pattern of patterns) expect(regexSafetyProblems(pattern), pattern).toEqual([]);
  });
});
