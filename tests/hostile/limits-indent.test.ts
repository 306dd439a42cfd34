// Indentation is nesting only when a list or quote marker follows; items are counted however
// deeply they are indented.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { withinLimits } from '../../src/read/check-limits.js';
import { LIMITS, lineNesting } from '../../src/read/limits.js';

describe('nesting and item bounds', () => {
  it('plain indentation is not nesting', () => {
    expect(lineNesting(`${' '.repeat(40)}An indented paragraph line.`)).toBe(0);
    expect(lineNesting('\t\t\tcode')).toBe(0);
  });

  it('markers after indentation are nesting', () => {
    expect(lineNesting(`${'  '.repeat(20)}- item`)).toBe(21);
    expect(lineNesting('> > > quote')).toBe(3);
    expect(lineNesting('- - - item')).toBe(3);
  });

  it('counts list items indented four spaces or more, so the item bound cannot be bypassed', () => {
    const text = `---\ntitle: T\n---\n${Array(LIMITS.listItems + 1).fill('    - item').join('\n')}\n`;
    const file = new VFile({ path: 'a.md' });
    expect(withinLimits(text, file)).toBe(false);
    expect(file.messages[0]?.ruleId).toBe('too-many-items');
  });

  it('a paragraph indented 40 spaces passes', () => {
    const file = new VFile({ path: 'a.md' });
    expect(withinLimits(`---\ntitle: T\n---\n\n${' '.repeat(40)}Sit tall.\n`, file)).toBe(true);
    expect(file.messages).toEqual([]);
  });
});
