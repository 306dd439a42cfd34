// The fast text handler of the markdown writer gives the same bytes as the library's own handler
// (`state.safe` on every text), for text full of what markdown could misread, in every place the
// handouts put text: headings, paragraphs, list items, bold labels, block quotes, next to bold.
import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fastText, isPlainText } from '../../src/write/markdown/fast-text.js';
import { stringifyOptions } from '../../src/write/markdown/markdown-writer.js';

const TRICKY = [
  'a', 'B', 'z', '1', '9', ' ', '  ', '.', ',', ':', ';', '*', '**', '_', '__', '#', '# ', '1.', '1. ', '2)', '-', '- ', '--', '+', '+ ',
  '<', '<a', '</', '&', '&amp;', '&#', '[', ']', '](', '(', ')', '!', '![', '\\', '\\*', '|', '`', '~', '~~~', '=', '>', '> ', '\n', '\r',
  '\t', "'", '"', 'é', '—', '…', '\u00A0', '%', '/', '?', '@', '^', '{', '}', '$',
];
const tricky = fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((units) => units.join(''));
const words = fc.constantFrom('Lie on your back.', 'Hold 8-10 seconds (if comfortable).', 'Don\u2019t arch', '1. Step', '# Title', 'Take care:', '(see Take care)');
const value = fc.oneof(tricky, words, fc.string({ maxLength: 12 }), fc.tuple(tricky, words, tricky).map((parts) => parts.join('')));

const text = (v: string): PhrasingContent => ({ type: 'text', value: v });
const phrasing: fc.Arbitrary<PhrasingContent[]> = fc.array(
  fc.oneof(value.map(text), value.map((v): PhrasingContent => ({ type: 'strong', children: [text(v)] }))),
  { minLength: 1, maxLength: 3 },
);
const block: fc.Arbitrary<RootContent> = fc.oneof(
  phrasing.map((children): RootContent => ({ type: 'paragraph', children })),
  fc.tuple(fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, phrasing).map(([depth, children]): RootContent => ({ type: 'heading', depth, children })),
  fc.tuple(fc.boolean(), fc.array(phrasing, { minLength: 1, maxLength: 3 })).map(([ordered, items]): RootContent => ({
    type: 'list', ordered, spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
  })),
  phrasing.map((children): RootContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children }] })),
);
const tree = fc.array(block, { minLength: 1, maxLength: 5 }).map((children): Root => ({ type: 'root', children: [{ type: 'yaml', value: 'title: x' }, ...children] }));

const stringify = (root: Root, text?: Handle): string =>
  unified().use(remarkStringify, { ...stringifyOptions, ...(text ? { handlers: { text } } : {}) }).use(remarkFrontmatter, ['yaml']).stringify(root);

describe('the fast text handler', () => {
  it('gives what the library gives for every text node, in place', () => {
    let plain = 0;
    let slow = 0;
    const both: Handle = (node, parent, state, info) => {
      const expected = defaultHandlers.text(node, parent, state, info);
      expect(fastText(node, parent, state, info)).toBe(expected);
      if (isPlainText(state, node.value, info)) plain += 1;
      else slow += 1;
      return expected;
    };
    fc.assert(fc.property(tree, (root) => {
      stringify(root, both);
    }), { numRuns: 2000 });
    // Both paths were taken, many times.
    expect(plain).toBeGreaterThan(500);
    expect(slow).toBeGreaterThan(500);
  });

  it('writes whole documents byte for byte as the library does', () => {
    fc.assert(fc.property(tree, (root) => {
      expect(stringify(root, fastText)).toBe(stringify(root));
    }), { numRuns: 1000 });
  });

  it.each([
    ['Lie on your back.', 'Lie on your back.'],
    ['1. Step', '1\\. Step'],
    ['# Title', '\\# Title'],
    ['a*b', 'a\\*b'],
    ['a_b', 'a_b'],
    ['_a_', '\\_a\\_'],
    ['x < y', 'x < y'],
    ['<a', '\\<a'],
    ['a [b]', 'a \\[b]'],
    ['back\\slash', 'back\\slash'],
    ['- item', '\\- item'],
    ['tom & jerry', 'tom & jerry'],
    ['&amp;', '\\&amp;'],
  ])('%j in a paragraph is written %j', (input, expected) => {
    const root: Root = { type: 'root', children: [{ type: 'paragraph', children: [text(input)] }] };
    expect(stringify(root, fastText)).toBe(`${expected}\n`);
    expect(stringify(root)).toBe(`${expected}\n`);
  });
});
