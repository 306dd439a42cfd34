// Two-space JSON as UTF-8 bytes, the same bytes as `JSON.stringify(value, null, 2) + '\n'`, built
// piece by piece: the top-level object is walked here and its arrays are stringified a slab of
// elements at a time, so a large dataset or report never becomes one giant string (a JS string
// holding non-Latin-1 text takes two bytes a character, and strings stop at ~512 M characters; a
// Buffer of UTF-8 takes one byte for ASCII and has no such limit).

/** Array elements stringified in one call: few calls, and strings of a few hundred kB at most. */
const SLAB = 256;
/** Text gathered before it is encoded into a chunk. */
const CHUNK_CHARS = 1 << 20;

/** Texts gathered and encoded as UTF-8 pieces of about CHUNK_CHARS characters, never joined. */
class Utf8Pieces {
  private readonly pieces: Buffer[] = [];
  private pending: string[] = [];
  private size = 0;

  readonly add = (text: string): void => {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  };

  finish(): Buffer[] {
    if (this.pending.length > 0) this.flush();
    return this.pieces;
  }

  private flush(): void {
    this.pieces.push(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
    this.size = 0;
  }
}

/** The bytes of `JSON.stringify(value, null, 2) + '\n'` in pieces of about 1 MB. */
export function jsonChunks(value: unknown): Buffer[] {
  const out = new Utf8Pieces();
  if (!serialize(resolve(value, ''), 0, out.add)) throw new TypeError('jsonChunks: the value has no JSON form');
  out.add('\n');
  return out.finish();
}

/** One JSON text a line, each line ending in a newline (JSON Lines), in pieces of about 1 MB. */
export function jsonLines(records: readonly unknown[]): Buffer[] {
  const out = new Utf8Pieces();
  for (const record of records) out.add(`${JSON.stringify(record)}\n`);
  return out.finish();
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
