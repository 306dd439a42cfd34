// Bytes → text. Rejects what cannot be read safely (invalid UTF-8, NUL bytes), accepts and
// normalises what editors commonly produce (a UTF-8 BOM, CRLF or lone CR line endings), so that
// line numbers stay those an editor shows.
import type { VFile } from 'vfile';
import { report } from '../report/diagnostics.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Returns the text, or undefined after reporting why the bytes cannot be used. */
export function decodeContent(bytes: Uint8Array, file: VFile): string | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    report(file, `Unexpected invalid UTF-8 byte 0x${bytes[at.offset]?.toString(16).toUpperCase().padStart(2, '0')} (byte ${at.offset + 1} of the file), expected a UTF-8 encoded file`, {
      ruleId: 'invalid-encoding',
      severity: 'error',
      place: { line: at.line, column: at.column },
      note: 'Re-save the file as UTF-8 (most editors offer “Save with encoding”).',
    });
    return undefined;
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const before = text.slice(0, nul).replace(/\r\n?/g, '\n');
    report(file, 'Unexpected NUL byte, expected a text file', {
      ruleId: 'invalid-encoding',
      severity: 'error',
      place: { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') },
      note: 'The file looks binary or corrupted; remove the NUL characters.',
    });
    return undefined;
  }
  // TextDecoder drops a leading BOM; normalise line endings (CRLF and lone CR) to LF.
  return text.replace(/\r\n?/g, '\n');
}

/** The first byte that is not valid UTF-8, with the line (LF, CRLF or CR endings) and column. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line += 1;
      column = 0;
    }
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (size === 0) return { offset: i, line, column };
    try {
      decoder.decode(bytes.subarray(i, i + size));
    } catch {
      return { offset: i, line, column };
    }
    i += size;
    column += 1;
  }
  return { offset: i, line, column };
}
