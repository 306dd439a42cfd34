/**
 * Rewrites text for SMS: NFC, then typographic characters replaced by their
 * GSM-7 look-alikes, so that one curly quote does not switch a whole tip to
 * UCS-2 (70 characters a segment instead of 160).
 *
 * Letters are never changed: a character without a meaning-preserving GSM-7
 * equivalent (lower-case ç, backtick, °, emoji) is left in place for
 * {@link firstNonGsm} to report.
 *
 * @module
 */

/** One substitution made by {@link normalizeForSms}. */
export interface SmsReplacement {
  /** The character(s) replaced (CRLF is reported as one replacement). */
  from: string;
  /** What replaced them; `''` for removed zero-width characters. */
  to: string;
  /** UTF-16 index of `from` in the NFC-normalised input (before spaces are collapsed and trimmed). */
  index: number;
}

/** Result of {@link normalizeForSms}. */
export interface NormalizedSms {
  /** The rewritten text: one line, single spaces, trimmed. */
  text: string;
  /** Every substitution, in text order. */
  replacements: SmsReplacement[];
}

const SPACE = ' ';

/** Characters with a GSM-7 equivalent that keeps their meaning. */
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  // apostrophes and single quotes, prime
  ['\u2018', "'"], ['\u2019', "'"], ['\u201A', "'"], ['\u201B', "'"], ['\u2032', "'"],
  // double quotes, double prime
  ['\u201C', '"'], ['\u201D', '"'], ['\u201E', '"'], ['\u201F', '"'], ['\u2033', '"'],
  // hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign
  ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'],
  ['\u2015', '-'], ['\u2212', '-'],
  // ellipsis
  ['\u2026', '...'],
  // bullets
  ['\u2022', '-'], ['\u2023', '-'], ['\u2043', '-'], ['\u25E6', '-'],
  // multiplication sign
  ['\u00D7', 'x'],
  // line breaks: a tip is one line
  ['\r\n', SPACE], ['\r', SPACE], ['\n', SPACE], ['\u0085', SPACE], ['\u2028', SPACE], ['\u2029', SPACE],
  // tab, vertical tab, form feed (GSM-7 has \f in its extension table, but it is a page break)
  ['\t', SPACE], ['\u000B', SPACE], ['\f', SPACE],
  // no-break, Ogham, en/em/thin/hair and other fixed-width spaces, narrow no-break, medium maths, ideographic
  ['\u00A0', SPACE], ['\u1680', SPACE],
  ['\u2000', SPACE], ['\u2001', SPACE], ['\u2002', SPACE], ['\u2003', SPACE], ['\u2004', SPACE],
  ['\u2005', SPACE], ['\u2006', SPACE], ['\u2007', SPACE], ['\u2008', SPACE], ['\u2009', SPACE],
  ['\u200A', SPACE], ['\u202F', SPACE], ['\u205F', SPACE], ['\u3000', SPACE],
  // zero-width and invisible formatting: soft hyphen, ZW space/non-joiner/joiner, word joiner, BOM
  ['\u00AD', ''], ['\u180E', ''], ['\u200B', ''], ['\u200C', ''], ['\u200D', ''], ['\u2060', ''], ['\uFEFF', ''],
]);

/**
 * Prepares one SMS tip: applies NFC (so `e` + U+0301 becomes the GSM-7
 * character `é`), replaces typographic characters with GSM-7 equivalents
 * (’ ‘ ‚ ‛ ′ → `'`; “ ” „ ‟ ″ → `"`; dashes, minus sign, non-breaking hyphen
 * and bullets → `-`; … → `...`; × → `x`), turns line breaks, tabs and Unicode
 * spaces into a space, removes zero-width characters, collapses runs of spaces
 * and trims.
 *
 * The result may still hold non-GSM characters (ç, °, `, emoji, other
 * scripts); check it with {@link isGsm7} or {@link firstNonGsm}. NFC itself,
 * collapsing and trimming are not listed in `replacements`.
 *
 * Idempotent: normalising the output again changes nothing and reports nothing.
 * Cached (the tip composer normalises the same sentences many times); callers get a copy.
 */
export function normalizeForSms(text: string): NormalizedSms {
  const hit = normalized.get(text);
  if (hit) return { text: hit.text, replacements: hit.replacements.map((r) => ({ ...r })) };
  const out = normalizeUncached(text);
  if (normalized.size >= 50_000) normalized.clear();
  normalized.set(text, out);
  return { text: out.text, replacements: out.replacements.map((r) => ({ ...r })) };
}

const normalized = new Map<string, NormalizedSms>();

/**
 * True when {@link normalizeForSms} would give `text` back unchanged with no
 * replacement: printable ASCII only (U+0020 to U+007E: NFC leaves it alone and
 * no entry of the replacement table is in that range), no run of two spaces,
 * no space at either end.
 */
export function isSmsPlain(text: string): boolean {
  const last = text.length - 1;
  let previous = 0x20;
  for (let index = 0; index <= last; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code > 0x7e || (code === 0x20 && previous === 0x20)) return false;
    previous = code;
  }
  return previous !== 0x20;
}

/**
 * The text of {@link normalizeForSms} alone, without copying its list of
 * replacements: what the tip composer measures, many times a tip. Plain text
 * (see {@link isSmsPlain}) is its own result and is not cached.
 */
export function smsText(text: string): string {
  if (isSmsPlain(text)) return text;
  const hit = normalized.get(text);
  if (hit) return hit.text;
  const out = normalizeUncached(text);
  if (normalized.size >= 50_000) normalized.clear();
  normalized.set(text, out);
  return out.text;
}

function normalizeUncached(text: string): NormalizedSms {
  const nfc = text.normalize('NFC');
  const replacements: SmsReplacement[] = [];
  let out = '';
  let index = 0;
  for (const char of nfc) {
    const from = char === '\r' && nfc[index + 1] === '\n' ? '\r\n' : char;
    if (from === '\n' && nfc[index - 1] === '\r') {
      // second half of a CRLF already replaced
      index += 1;
      continue;
    }
    const to = REPLACEMENTS.get(from);
    if (to === undefined) {
      out += char;
    } else {
      replacements.push({ from, to, index });
      out += to;
    }
    index += char.length;
  }
  // Removing a zero-width character can bring a letter and a combining mark together: compose again.
  const result = out.normalize('NFC').replace(/ {2,}/g, SPACE).replace(/^ | $/g, '');
  return { text: result, replacements };
}
