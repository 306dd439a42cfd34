// Text as UTF-8 in pieces of about 1 MB, each made when the one before it has been taken: the
// form a writer gives a large output in (JSON, markdown, SMS files), so no file is ever whole
// in memory, as one string or one buffer.

/** Bytes of a piece. */
const PIECE_BYTES = 1 << 20;

/**
 * Texts encoded as UTF-8 straight into pieces of about PIECE_BYTES (never joined into one string
 * first), each made only when the one before it has been taken: a large file is never whole in
 * memory.
 */
export function* utf8Pieces(texts: Iterable<string>): Generator<Buffer, void, undefined> {
  let piece = Buffer.allocUnsafe(PIECE_BYTES);
  let used = 0;
  for (const text of texts) {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (used + text.length * 3 > PIECE_BYTES) {
      if (used > 0) {
        yield filled(piece, used);
        piece = Buffer.allocUnsafe(PIECE_BYTES);
        used = 0;
      }
      if (text.length * 3 > PIECE_BYTES) {
        yield Buffer.from(text, 'utf8');
        continue;
      }
    }
    used += piece.write(text, used, 'utf8');
  }
  if (used > 0) yield filled(piece, used);
}

/** The used bytes of a piece; copied when that is under half of it, so a small file keeps no 1 MB buffer. */
function filled(piece: Buffer, used: number): Buffer {
  return used < PIECE_BYTES / 2 ? Buffer.from(piece.subarray(0, used)) : piece.subarray(0, used);
}
