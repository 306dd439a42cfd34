// Two-space JSON as UTF-8 bytes, the same bytes as `JSON.stringify(value, null, 2) + '\n'`, built
// piece by piece: the top-level object is walked here and its arrays are stringified a slab of
// elements at a time, so a large dataset or report never becomes one giant string (a JS string
// holding non-Latin-1 text takes two bytes a character, and strings stop at ~512 M characters; a
// Buffer of UTF-8 takes one byte for ASCII and has no such limit).

/** Array elements stringified in one call: few calls, and strings of a few hundred kB at most. */
const SLAB = 256;
/** Text gathered before it is encoded into a chunk. */
const CHUNK_CHARS = 1 << 20;

export function jsonBytes(value: unknown): Buffer {
  const chunks = jsonChunks(value);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/** The bytes of `jsonBytes` as the pieces they are made in (about 1 MB each), never joined. */
export function jsonChunks(value: unknown): Buffer[] {
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  let size = 0;
  const emit = (text: string): void => {
    pending.push(text);
    size += text.length;
    if (size >= CHUNK_CHARS) {
      chunks.push(Buffer.from(pending.join(''), 'utf8'));
      pending = [];
      size = 0;
    }
  };
  if (!serialize(resolve(value, ''), 0, emit)) throw new TypeError('jsonBytes: the value has no JSON form');
  emit('\n');
  chunks.push(Buffer.from(pending.join(''), 'utf8'));
  return chunks;
}

type Emit = (text: string) => void;

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
function serialize(value: unknown, level: number, emit: Emit): boolean {
  if (hasNoJsonForm(value)) return false;
  if (Array.isArray(value) && level <= 1) {
    serializeArray(value, level, emit);
    return true;
  }
  // A value whose toJSON gave another value with a toJSON is walked: stringified whole, that
  // second toJSON would be called, which JSON.stringify never does.
  if (value === null || typeof value !== 'object' || (level > 0 && !hasToJson(value))) {
    emit(stringifyAt(value, level));
    return true;
  }
  const inner = '  '.repeat(level + 1);
  let first = true;
  for (const key of Object.keys(value)) {
    const item = resolve((value as Record<string, unknown>)[key], key);
    if (hasNoJsonForm(item)) continue;
    emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    serialize(item, level + 1, emit);
  }
  emit(first ? '{}' : `\n${'  '.repeat(level)}}`);
  return true;
}

function serializeArray(value: readonly unknown[], level: number, emit: Emit): void {
  if (value.length === 0) {
    emit('[]');
    return;
  }
  const inner = '  '.repeat(level + 1);
  emit('[\n');
  for (let from = 0; from < value.length; from += SLAB) {
    const slab = value.slice(from, from + SLAB);
    if (from > 0) emit(',\n');
    if (slab.some(hasToJson)) {
      // toJSON is called with the element's index: one at a time, so the index is the real one.
      slab.forEach((item, i) => {
        if (i > 0) emit(',\n');
        emit(inner);
        if (!serialize(resolve(item, String(from + i)), level + 1, emit)) emit('null');
      });
    } else {
      // "[\n" + the elements at level + 1 + "\n" + indent + "]": keep the elements.
      const text = stringifyAt(slab, level);
      emit(text.slice(2, text.length - 2 - 2 * level));
    }
  }
  emit(`\n${'  '.repeat(level)}]`);
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
