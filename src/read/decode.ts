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
    report(file, `Unexpected invalid UTF-8 at byte ${at.offset} (line ${at.line}), expected a UTF-8 encoded file`, {
      ruleId: 'invalid-encoding',
      severity: 'error',
      place: { line: at.line, column: 1 },
      note: 'Re-save the file as UTF-8 (most editors offer “Save with encoding”).',
    });
    return undefined;
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    report(file, 'Unexpected NUL byte, expected a text file', {
      ruleId: 'invalid-encoding',
      severity: 'error',
      place: { line, column: nul - text.lastIndexOf('\n', nul - 1) },
      note: 'The file looks binary or corrupted; remove the NUL characters.',
    });
    return undefined;
  }
  // TextDecoder drops a leading BOM; normalise line endings (CRLF and lone CR) to LF.
  return text.replace(/\r\n?/g, '\n');
}

function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte === 0x0a) line += 1;
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (size === 0) return { offset: i, line };
    try {
      decoder.decode(bytes.subarray(i, i + size));
    } catch {
      return { offset: i, line };
    }
    i += size;
  }
  return { offset: i, line };
}
