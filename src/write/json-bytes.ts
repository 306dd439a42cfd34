// Two-space JSON as UTF-8 bytes, the same bytes as `JSON.stringify(value, null, 2) + '\n'`, built
// piece by piece: the top-level object is walked here and its arrays are stringified a slab of
// elements at a time, so a large dataset or report never becomes one giant string (a JS string
// holding non-Latin-1 text takes two bytes a character, and strings stop at ~512 M characters; a
// Buffer of UTF-8 takes one byte for ASCII and has no such limit). The pieces are made one at a
// time as they are taken, so a file goes to disk (or into a digest) without ever being whole.
import { utf8Pieces } from './utf8-pieces.js';

/**
 * Array elements stringified in one call: few calls, yet strings of some tens of kB, under V8's
 * large-object size (128 kB), so they die young instead of filling the old generation.
 */
const SLAB = 16;
/**
 * The bytes of `JSON.stringify(value, null, 2) + '\n'` in pieces of about 1 MB, made as they are
 * taken (iterate once, before `value` changes). Throws at once when the value has no JSON form.
 */
export function jsonChunks(value: unknown): Iterable<Buffer> {
  const top = resolve(value, '');
  if (hasNoJsonForm(top)) throw new TypeError('jsonChunks: the value has no JSON form');
  return utf8Pieces((function* () {
    yield* serialize(top, 0);
    yield '\n';
  })());
}

/** One JSON text a line, each line ending in a newline (JSON Lines), in pieces of about 1 MB, made as taken. */
export function jsonLines(records: readonly unknown[]): Iterable<Buffer> {
  return utf8Pieces((function* () {
    for (const record of records) yield `${JSON.stringify(record)}\n`;
  })());
}

const hasToJson = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function';

/** What JSON.stringify writes for a member: the value its `toJSON` gives, if it has one. */
function resolve(value: unknown, key: string): unknown {
  return hasToJson(value) ? (value as { toJSON(key: string): unknown }).toJSON(key) : value;
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
function hasNoJsonForm(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * Writes `value` (its own toJSON already applied) at indentation `level`; false when it has no
 * JSON form. The top-level object is walked member by member, arrays slab by slab; anything else
 * is stringified whole.
 */
function* serialize(value: unknown, level: number): Generator<string, boolean, undefined> {
  if (hasNoJsonForm(value)) return false;
  if (Array.isArray(value) && level <= 1) {
    yield* serializeArray(value, level);
    return true;
  }
  // A value whose toJSON gave another value with a toJSON is walked: stringified whole, that
  // second toJSON would be called, which JSON.stringify never does.
  if (value === null || typeof value !== 'object' || (level > 0 && !hasToJson(value))) {
    yield stringifyAt(value, level);
    return true;
  }
  const inner = '  '.repeat(level + 1);
  let first = true;
  for (const key of Object.keys(value)) {
    const item = resolve((value as Record<string, unknown>)[key], key);
    if (hasNoJsonForm(item)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* serialize(item, level + 1);
  }
  yield first ? '{}' : `\n${'  '.repeat(level)}}`;
  return true;
}

function* serializeArray(value: readonly unknown[], level: number): Generator<string, void, undefined> {
  if (value.length === 0) {
    yield '[]';
    return;
  }
  const inner = '  '.repeat(level + 1);
  yield '[\n';
  for (let from = 0; from < value.length; from += SLAB) {
    const slab = value.slice(from, from + SLAB);
    if (from > 0) yield ',\n';
    if (slab.some(hasToJson)) {
      // toJSON is called with the element's index: one at a time, so the index is the real one.
      for (let i = 0; i < slab.length; i += 1) {
        if (i > 0) yield ',\n';
        yield inner;
        if (!(yield* serialize(resolve(slab[i], String(from + i)), level + 1))) yield 'null';
      }
    } else {
      // "[\n" + the elements at level + 1 + "\n" + indent + "]": keep the elements.
      const text = stringifyAt(slab, level);
      yield text.slice(2, text.length - 2 - 2 * level);
    }
  }
  yield `\n${'  '.repeat(level)}]`;
}

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented `level` steps: the
 * value is stringified inside `level` one-element arrays, which indent it just so, and the
 * brackets are cut off (cheaper than re-indenting the text). `value` has no toJSON of its own.
 */
function stringifyAt(value: unknown, level: number): string {
  let wrapped: unknown = value;
  for (let i = 0; i < level; i += 1) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each level adds "[\n" + indent before the value and "\n" + indent + "]" after it.
  let head = 0;
  let tail = 0;
  for (let i = 0; i < level; i += 1) {
    head += 2 + 2 * (i + 1);
    tail += 2 + 2 * i;
  }
  return text.slice(head, text.length - tail);
}
