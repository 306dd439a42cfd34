// Two-space JSON as UTF-8 bytes, the same bytes as `JSON.stringify(value, null, 2) + '\n'`, built
// piece by piece: the first levels of objects and arrays are walked here and each element is
// stringified on its own, so a large dataset or report never becomes one giant string (a JS
// string holding non-Latin-1 text takes two bytes a character, and strings stop at ~512 M
// characters; a Buffer of UTF-8 takes one byte for ASCII and has no such limit).

/** Levels walked here; deeper values are stringified whole (they are small: one record, one entry). */
const SPLIT_DEPTH = 2;
/** Text gathered before it is encoded into a chunk. */
const CHUNK_CHARS = 1 << 20;

export function jsonBytes(value: unknown): Buffer {
  const chunks: Buffer[] = [];
  let pending = '';
  const emit = (text: string): void => {
    pending += text;
    if (pending.length >= CHUNK_CHARS) {
      chunks.push(Buffer.from(pending, 'utf8'));
      pending = '';
    }
  };
  if (!serialize(resolve(value, ''), '', 0, emit)) throw new TypeError('jsonBytes: the value has no JSON form');
  emit('\n');
  chunks.push(Buffer.from(pending, 'utf8'));
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

type Emit = (text: string) => void;

/** What JSON.stringify writes for a member: the value its `toJSON` gives, if it has one. */
function resolve(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON(key: string): unknown }).toJSON(key)
    : value;
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
function hasNoJsonForm(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Writes `value` (its toJSON already applied) at `indent`; false when it has no JSON form. */
function serialize(value: unknown, indent: string, depth: number, emit: Emit): boolean {
  if (hasNoJsonForm(value)) return false;
  if (depth >= SPLIT_DEPTH || value === null || typeof value !== 'object') {
    const text = JSON.stringify(value, null, 2);
    emit(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
    return true;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      emit('[]');
      return true;
    }
    emit('[\n');
    value.forEach((item, i) => {
      emit(inner);
      if (!serialize(resolve(item, String(i)), inner, depth + 1, emit)) emit('null');
      emit(i < value.length - 1 ? ',\n' : '\n');
    });
    emit(`${indent}]`);
    return true;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = resolve((value as Record<string, unknown>)[key], key);
    if (hasNoJsonForm(item)) continue;
    emit(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    serialize(item, inner, depth + 1, emit);
  }
  emit(first ? '{}' : `\n${indent}}`);
  return true;
}
