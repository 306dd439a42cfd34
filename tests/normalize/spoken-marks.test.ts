import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/read/parse-markdown.js';
import { barCuts, blank, blankSpokenMarks, spokenCuts } from '../../src/normalize/spoken-marks.js';
import { mappedText } from '../../src/normalize/inline-text.js';
import type { Paragraph } from 'mdast';

const cleaned = (text: string): string => blank(text, spokenCuts(text)).replace(/\s+/g, ' ').trim();

describe('transcript timestamps and filler', () => {
  it.each([
    ['02:15 okay so lie down on your back', 'Lie down on your back'],
    ['[1:02] Right, everyone, kneel on the mat.', 'Kneel on the mat.'],
    ['1:04:10 - um so breathe out and lift', 'Breathe out and lift'],
    ['Now (3:20) bring the knee in.', 'Now bring the knee in.'],
    ['(0:41) alright ladies, stand tall', 'Stand tall'],
  ])('%s → %s', (text, expected) => expect(cleaned(text)).toBe(expected));

  it.each([
    'Classes start at 10:30 am in the hall.',
    'Rest for 1:1 ratio of work to rest, so breathe.',
    'So, keep your knees soft.',
  ])('%s keeps its words', (text) => expect(cleaned(text)).toBe(text.replace(/\s+/g, ' ')));

  it('blanks a transcript tree without moving any place, and reports what it removed', () => {
    const source = '# Class\n\n[0:10] okay so kneel down.\n[0:20] alright guys, lift one arm.\n';
    const { tree, removed } = blankSpokenMarks(parseMarkdown(source));
    const paragraph = tree.children[1] as Paragraph;
    const mapped = mappedText(paragraph);
    const at = mapped.text.indexOf('Lift');
    expect(mapped.text.replace(/\s+/g, ' ').trim()).toBe('Kneel down. Lift one arm.');
    expect(mapped.pointAt(at)).toEqual({ line: 4, column: source.split('\n')[3]!.indexOf('lift') + 1 });
    expect(removed).toHaveLength(1);
    expect(removed[0]!.kind).toBe('transcript');
    expect(removed[0]!.reason).toContain('alright guys,');
  });

  it('blanks a speaker label in bold after a timestamp, and keeps a bold name that is not a label', () => {
    const source = '# Episode 7\n\n[0:05] **HOST:** Welcome back.\n\n[0:40] **Dr Lena Ortiz:** Kneel on all fours and round your back.\n\n[1:10] **Cat stretch** comes next.\n';
    const { tree, removed } = blankSpokenMarks(parseMarkdown(source));
    const texts = tree.children.slice(1).map((node) => mappedText(node as Paragraph).text.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['Welcome back.', 'Kneel on all fours and round your back.', 'Cat stretch comes next.']);
    expect(removed.map((r) => r.text)).toEqual(expect.arrayContaining(['HOST:', 'Dr Lena Ortiz:']));
  });

  it('leaves a document with one clock time alone (same tree)', () => {
    const tree = parseMarkdown('# Class\n\n10:30 meet at the pool.\n');
    expect(blankSpokenMarks(tree).tree).toBe(tree);
  });
});

describe('table rows written as a list', () => {
  it('turns the first bar into a colon and the others into sentence ends', () => {
    expect(barCuts('Bridge | Lie on your back and lift | 8 times')).toBe('Bridge:  Lie on your back and lift.  8 times');
    expect(barCuts('Heel slides | Slide one heel out. | 10 each leg')).toBe('Heel slides:  Slide one heel out.   10 each leg');
  });

  it('rewrites only lists whose items are rows', () => {
    const rows = blankSpokenMarks(parseMarkdown('- Cat | Round your back | 5 times\n- Dog | Arch it | 5 times\n'));
    expect(mappedText(rows.tree).text).toContain('Cat:  Round your back.  5 times');
    const prose = parseMarkdown('- Sit tall | or lie down\n- Breathe out slowly\n- Relax\n');
    expect(mappedText(blankSpokenMarks(prose).tree).text).toContain('Sit tall | or lie down');
  });
});

describe('a markdown table written out as a paragraph', () => {
  const source = '# Plan\n\n| Exercise | How | How much |\n|---|---|---|\n| Bridge | Lie on your back and lift your hips | 8 times |\n| Knee rolls | Let both knees fall to one side | 10 each side |\n';

  it('becomes a list of its body rows, each row placed on its own line', () => {
    const { tree, removed } = blankSpokenMarks(parseMarkdown(source));
    const list = tree.children[1]!;
    expect(list.type).toBe('list');
    const rows = (list as import('mdast').List).children.map((item) => mappedText(item));
    expect(rows.map((row) => row.text.replace(/\s+/g, ' ').trim())).toEqual([
      'Bridge: Lie on your back and lift your hips. 8 times',
      'Knee rolls: Let both knees fall to one side. 10 each side',
    ]);
    const second = rows[1]!;
    expect(second.pointAt(second.text.indexOf('Let'))).toEqual({ line: 6, column: source.split('\n')[5]!.indexOf('Let') + 1 });
    expect(removed.map((r) => r.reason)).toEqual(['table header and separator rows (the table is read row by row)']);
  });

  it('leaves a paragraph with bars but no separator row alone', () => {
    const tree = parseMarkdown('| not | a table |\n| just | bars |\n');
    expect(blankSpokenMarks(tree).tree).toBe(tree);
  });
});
