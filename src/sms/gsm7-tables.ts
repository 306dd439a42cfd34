/**
 * The GSM 7-bit default alphabet and its extension table, as defined by
 * 3GPP TS 23.038 (formerly GSM 03.38), section 6.2.1.
 *
 * Only the default tables are modelled: the national language single-shift and
 * locking-shift tables (Turkish, Spanish, Portuguese, Indian scripts) are not,
 * because handsets and gateways support them unevenly.
 *
 * @module
 */

/** Septet value 0x1B: escape to the extension table. It is not a printable character. */
export const GSM7_ESCAPE = 0x1b;

/**
 * The 128-entry basic (default) table, indexed by septet value 0x00–0x7F.
 *
 * Each entry is the Unicode character the septet stands for, or `null` for
 * 0x1B (escape), which has no character of its own. 0x0A is LF and 0x0D is CR;
 * 0x09 is capital Ç (U+00C7): lower-case ç is not in the alphabet.
 */
export const GSM7_BASIC_TABLE: readonly (string | null)[] = Object.freeze([
  // 0x00–0x0F
  '@', '\u00A3', '$', '\u00A5', '\u00E8', '\u00E9', '\u00F9', '\u00EC',
  '\u00F2', '\u00C7', '\n', '\u00D8', '\u00F8', '\r', '\u00C5', '\u00E5',
  // 0x10–0x1F: Δ _ Φ Γ Λ Ω Π Ψ Σ Θ Ξ ESC Æ æ ß É
  '\u0394', '_', '\u03A6', '\u0393', '\u039B', '\u03A9', '\u03A0', '\u03A8',
  '\u03A3', '\u0398', '\u039E', null, '\u00C6', '\u00E6', '\u00DF', '\u00C9',
  // 0x20–0x2F: 0x24 is the currency sign ¤, not $
  ' ', '!', '"', '#', '\u00A4', '%', '&', "'",
  '(', ')', '*', '+', ',', '-', '.', '/',
  // 0x30–0x3F
  '0', '1', '2', '3', '4', '5', '6', '7',
  '8', '9', ':', ';', '<', '=', '>', '?',
  // 0x40–0x5F: ¡ A–Z Ä Ö Ñ Ü §
  '\u00A1', 'A', 'B', 'C', 'D', 'E', 'F', 'G',
  'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
  'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W',
  'X', 'Y', 'Z', '\u00C4', '\u00D6', '\u00D1', '\u00DC', '\u00A7',
  // 0x60–0x7F: ¿ a–z ä ö ñ ü à
  '\u00BF', 'a', 'b', 'c', 'd', 'e', 'f', 'g',
  'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'p', 'q', 'r', 's', 't', 'u', 'v', 'w',
  'x', 'y', 'z', '\u00E4', '\u00F6', '\u00F1', '\u00FC', '\u00E0',
]);

/**
 * The extension table: characters sent as ESC (0x1B) followed by the listed
 * septet, so each costs two septets. Pairs are `[septet, character]` in septet
 * order. 0x0D (CR2) and 0x1B (SS2) are control codes without a character and
 * are left out.
 */
export const GSM7_EXTENSION_TABLE: readonly (readonly [number, string])[] = Object.freeze([
  [0x0a, '\f'], // form feed (page break)
  [0x14, '^'],
  [0x28, '{'],
  [0x29, '}'],
  [0x2f, '\\'],
  [0x3c, '['],
  [0x3d, '~'],
  [0x3e, ']'],
  [0x40, '|'],
  [0x65, '\u20AC'], // €
] as const);
