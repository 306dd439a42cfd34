// Phrases over lemmas (src/nlp/phrase.ts) and concept lexicons in rule files (load-rules.ts).
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { compilePhrase, firstPhraseMatch, phraseText, type Phrase } from '../../src/nlp/phrase.js';
import { checkSentence, loadRules } from '../../src/safety/index.js';

const concepts: Record<string, Phrase[]> = {};
const lookup = (name: string): Phrase[] | undefined => concepts[name];
concepts['on-back'] = [compilePhrase('on|onto your|the back', lookup), compilePhrase('supine', lookup)];

function found(phrase: string, sentence: string): string | undefined {
  const m = firstPhraseMatch(compilePhrase(phrase, lookup), phraseText(analyse(sentence)));
  return m ? sentence.slice(m.start, m.end) : undefined;
}

describe('phrases', () => {
  test('a word matches its inflections through the lemma', () => {
    expect(found('lie $on-back', 'Lying on your back, lift your hips.')).toBe('Lying on your back');
    expect(found('press belly', 'She presses her bellies.')).toBeUndefined();
    expect(found('press ~2 belly', 'She presses her belly.')).toBe('presses her belly');
  });
  test('a gap reaches over a bounded number of tokens and never over the end of a clause', () => {
    expect(found('lie ~3 $on-back', 'Lie down flat on the back.')).toBe('Lie down flat on the back');
    expect(found('lie ~2 $on-back', 'Lie down very flat on the back.')).toBeUndefined();
    expect(found('lie ~6 $on-back', 'Lie down; then on the back.')).toBeUndefined();
  });
  test('optional items, alternatives and parts of speech', () => {
    expect(found('as far as you possibly? can', 'Reach as far as you can.')).toBe('as far as you can');
    expect(found('as far as you possibly? can', 'Reach as far as you possibly can.')).toBe('as far as you possibly can');
    expect(found('pos:NUM minute|minutes', 'Walk for 10 minutes.')).toBe('10 minutes');
    expect(found('sit-up|crunch', 'Begin sit-ups slowly.')).toBe('sit-ups');
  });
  test('=word matches the form as written, not its lemma', () => {
    expect(found('=healthier baby', 'Walking gives you a healthier baby.')).toBe('healthier baby');
    expect(found('=healthier baby', 'Walking helps you have a healthy baby.')).toBeUndefined();
    expect(found('healthier baby', 'Walking helps you have a healthy baby.')).toBe('healthy baby');
    expect(found('=higher iq', 'Babies with a higher IQ.')).toBe('higher IQ');
    expect(() => compilePhrase('=$concept', lookup)).toThrow(/expected a word, =word/);
  });
  test('malformed phrases and unknown concepts are errors that say what is expected', () => {
    expect(() => compilePhrase('$nowhere', lookup)).toThrow(/unknown concept \$nowhere; expected/);
    expect(() => compilePhrase('~ ~3', lookup)).toThrow(/expected at least one required word/);
    expect(() => compilePhrase('word ~40 word', lookup)).toThrow(/out of range/);
  });
});

const FILE = (body: string): string => `concepts:
  maximiser:
    - as far as you possibly? can
    - to your limit
rules:
  - id: stretch-far
    severity: warning
    stages: [trimester-2]
${body}    message: Stretching to the limit is unexpected; stretch gently instead.
    rationale: Relaxin loosens joints in pregnancy, so end-range stretching risks strain.
    citation: ACOG Committee Opinion 804 (2020)
    examples:
      trigger:
        - text: Stretch as far as you can.
        - text: Push the stretch to your limit.
      pass:
        - text: Stretch gently.
        - text: Do not stretch as far as you can.
`;

describe('concept rules', () => {
  test('a rule over concepts flags its wording, respects negation and its examples hold', () => {
    const { rules, diagnostics } = loadRules([{ path: 'r.yaml', text: FILE('    match:\n      - stretch|reach|push ~6 $maximiser\n') }]);
    expect(diagnostics).toEqual([]);
    const flag = (s: string): string[] => checkSentence(s, { stages: ['trimester-2'] }, rules).map((m) => m.evidence);
    expect(flag('Reach forward along your legs as far as you possibly can.')).toEqual(['Reach forward along your legs as far as you possibly can']);
    expect(flag('Never push the stretch to your limit.')).toEqual([]);
    expect(flag('Stretch gently, only as far as is comfortable.')).toEqual([]);
  });
  test('an unknown concept in a rule is reported at its place and the rule is left out', () => {
    const { rules, diagnostics } = loadRules([{ path: 'r.yaml', text: FILE('    match:\n      - stretch $nothing\n') }]);
    expect(rules).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'phrase', line: 10, rule: 'stretch-far', message: expect.stringMatching(/unknown concept \$nothing/) })]);
  });
  test('a content rule or concept with a default id replaces it and is reported; duplicates in one origin are errors', () => {
    const base = FILE('    match:\n      - stretch ~6 $maximiser\n');
    const own = FILE('    match:\n      - reach ~6 $maximiser\n').replace('severity: warning', 'severity: error');
    const { rules, diagnostics } = loadRules([{ path: 'content/rules/own.yaml', text: own, origin: 'content' }, { path: 'pkg/rules/base.yaml', text: base, origin: 'default' }]);
    expect(rules.map((r) => `${r.id}:${r.severity}`)).toEqual(['stretch-far:error']);
    // The concept is the same in both files: a copy is no override and is not reported.
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}`)).toEqual(['content/rules/own.yaml:6 info override']);
    const ownConcept = own.replace('- to your limit', '- to the very end');
    const both = loadRules([{ path: 'content/rules/own.yaml', text: ownConcept, origin: 'content' }, { path: 'pkg/rules/base.yaml', text: base, origin: 'default' }]);
    expect(both.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['2 override', '6 override']);
    const twice = loadRules([{ path: 'a.yaml', text: base }, { path: 'b.yaml', text: base }]);
    expect(twice.diagnostics.map((d) => d.code)).toEqual(['duplicate-concept', 'duplicate-id']);
  });
  test('a file of concepts alone is valid; a concept that refers to itself is an error', () => {
    expect(loadRules([{ path: 'c.yaml', text: 'concepts:\n  calm:\n    - breathe calmly\n' }]).diagnostics).toEqual([]);
    const loop = loadRules([{ path: 'c.yaml', text: 'concepts:\n  loop:\n    - again $loop\n' }, { path: 'r.yaml', text: FILE('    match:\n      - stretch $loop\n') }]);
    expect(loop.rules).toEqual([]);
    expect(loop.diagnostics[0]?.message).toMatch(/refers to itself/);
  });
});
