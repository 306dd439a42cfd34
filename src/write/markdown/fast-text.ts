// A text handler for remark-stringify that gives back plain text as it is, without the library's
// `safe` (which tries every unsafe pattern against every text node: the top of the markdown
// writer's profile). Text is "plain" when no unsafe pattern in scope could match a character of
// it; anything else goes to `state.safe` exactly as the library's own handler does, so the output
// is the same bytes either way (tests/handout/fast-text.test.ts compares the two).
//
// Why a text is plain: `safe` escapes only positions where a pattern's character occurs in the
// text itself (matches in the characters around it are skipped), then doubles backslashes. So a
// text is plain when it has no backslash (nor one in what follows it), and for every pattern in
// scope its character is absent, or present only where the pattern's context cannot match:
// - a pattern "at a break" needs a line ending before the character with only blanks (and, for
//   `1.`/`1)`, digits) in between: with no line ending in the text, only its first character
//   after leading blanks and digits can match;
// - a pattern with one character before (or after) it can only match against the text with the
//   character just before and just after it (what the handler is told surrounds it).
// Patterns of other shapes, or that look at sibling nodes, make their character always unsafe.
import type { Handle, Info, State, Unsafe } from 'mdast-util-to-markdown';
import type { Parents, Text } from 'mdast';

/** Context regexes that match exactly one character (or the end of the text): see the rules above. */
const ONE_CHARACTER = new Set(['[\\r\\n]', '\\r', '\\n', '\\]', '\\[', '[#A-Za-z]', '[!/?A-Za-z]', '(?:[\r\n]|$)']);

/** The `before` a pattern at a break may have and still be checked by its text's first characters. */
const BREAK_BEFORE = new Set([undefined, '\\d+']);

const escapeClass = (chars: Iterable<string>): string => [...chars].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
const escapeChar = (c: string): string => c.replace(/[$()*+.?[\\\]^{|}/-]/g, '\\$&');

function listInScope(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  const items = typeof list === 'string' ? [list] : list;
  if (!items || items.length === 0) return none;
  return items.some((item) => stack.includes(item));
}

/** Same test as the library's `patternInScope`. */
function inScope(stack: readonly string[], pattern: Unsafe): boolean {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}

/**
 * Regexes that match a text `safe` might change, for the patterns in scope of a stack: `inner` on
 * the text alone, `pairs` on the text between the characters around it. They may match texts
 * `safe` leaves alone (those then take the slow path), never the other way round.
 */
export interface UnsafeText {
  inner: RegExp;
  pairs: RegExp | undefined;
}

/** The {@link UnsafeText} of the patterns in scope of `stack`. */
export function unsafeText(patterns: readonly Unsafe[], stack: readonly string[]): UnsafeText {
  const always = new Set(['\\', '\r', '\n']);
  const atBreak = new Set<string>();
  const pairs: string[] = [];
  for (const pattern of patterns) {
    if (!inScope(stack, pattern)) continue;
    const c = pattern.character;
    // As the library reads them: an empty or null context is none.
    const before = pattern.before || undefined;
    const after = pattern.after || undefined;
    if (pattern.beforeNode || pattern.afterNode || pattern.unicode) always.add(c);
    else if (pattern.atBreak) (BREAK_BEFORE.has(before) ? atBreak : always).add(c);
    else if (before !== undefined && after === undefined && ONE_CHARACTER.has(before)) pairs.push(`(?:${before})${escapeChar(c)}`);
    else if (after !== undefined && before === undefined && ONE_CHARACTER.has(after)) pairs.push(`${escapeChar(c)}(?:${after})`);
    else always.add(c);
  }
  const inner = [`[${escapeClass(always)}]`, ...(atBreak.size > 0 ? [`^[\\t \\d]*[${escapeClass(atBreak)}]`] : [])];
  return { inner: new RegExp(inner.join('|')), pairs: pairs.length > 0 ? new RegExp(pairs.join('|')) : undefined };
}

/** The regex of each stack, per list of patterns (one list per stringify call: dropped with it). */
const compiled = new WeakMap<readonly Unsafe[], Map<string, UnsafeText>>();

function unsafeTextFor(state: State): UnsafeText {
  let byStack = compiled.get(state.unsafe);
  if (!byStack) {
    byStack = new Map();
    compiled.set(state.unsafe, byStack);
  }
  const key = `${state.unsafe.length}\u0000${state.stack.join('\u0000')}`;
  let regex = byStack.get(key);
  if (!regex) {
    regex = unsafeText(state.unsafe, state.stack);
    byStack.set(key, regex);
  }
  return regex;
}

/** True when `safe` would give `value` back unchanged in this state, followed by `info.after`. */
export function isPlainText(state: State, value: string, info: Info): boolean {
  if (info.after.includes('\\')) return false;
  const { inner, pairs } = unsafeTextFor(state);
  return !inner.test(value) && !(pairs && pairs.test(`${info.before.slice(-1)}${value}${info.after.slice(0, 1)}`));
}

/** The text handler: plain text as it is, anything else through `state.safe` as the library's handler does. */
export const fastText: Handle = (node: Text, parent: Parents | undefined, state: State, info: Info): string => {
  if (isPlainText(state, node.value, info)) return node.value;
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1] as number;
  return state.safe(node.value, { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] });
};
