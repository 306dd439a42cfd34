/**
 * Unicode script classification of single characters (code points), using the `Script` property.
 * Characters of the Common and Inherited scripts (spaces, digits, punctuation, combining marks)
 * are "neutral": they belong to no script and never start or end a foreign-script span on their
 * own.
 */

/** Scripts recognised by name; letters of any other script are reported as `'Other'`. */
export const SCRIPT_NAMES = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana',
  'Nko', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada',
  'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Khmer', 'Mongolian', 'Ethiopic',
  'Cherokee', 'Canadian_Aboriginal', 'Tifinagh', 'Vai', 'Hangul', 'Hiragana', 'Katakana',
  'Bopomofo', 'Han', 'Yi', 'Javanese', 'Balinese', 'Ol_Chiki', 'Adlam',
] as const;

const MATCHERS: ReadonlyArray<readonly [string, RegExp]> = SCRIPT_NAMES.map(
  (name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const,
);

const LETTER = /^[\p{L}\p{Nl}]$/u;

/** Scripts written together in East Asian text: a span may run across all of them. */
export const CJK_SCRIPTS: ReadonlySet<string> = new Set([
  'Han', 'Hiragana', 'Katakana', 'Bopomofo', 'Hangul',
]);

/**
 * The script of one character (a single code point, possibly a surrogate pair), or `undefined`
 * for neutral characters (Common/Inherited script, lone surrogates).
 */
export function scriptOf(char: string): string | undefined {
  const code = char.codePointAt(0);
  if (code === undefined) return undefined;
  return scriptOfCode(code);
}

/** Scripts of the code points met so far: the matchers are tried once per code point. */
const SCRIPT_OF_CODE = new Map<number, string | undefined>();

/** The script of a code point (see `scriptOf`); ASCII is decided without a regular expression. */
export function scriptOfCode(code: number): string | undefined {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'Latin' : undefined;
  if (SCRIPT_OF_CODE.has(code)) return SCRIPT_OF_CODE.get(code);
  const char = String.fromCodePoint(code);
  let script: string | undefined;
  for (const [name, matcher] of MATCHERS) {
    if (matcher.test(char)) {
      script = name;
      break;
    }
  }
  script ??= LETTER.test(char) ? 'Other' : undefined;
  SCRIPT_OF_CODE.set(code, script);
  return script;
}

/** The merge group of a script: all CJK scripts share one group, every other script is its own. */
export function scriptGroup(script: string): string {
  return CJK_SCRIPTS.has(script) ? 'CJK' : script;
}

/** CJK punctuation and full-width forms (`。，、！？「」（）`…) that carry no Script of their own. */
const CJK_PUNCTUATION = /^[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]$/u;

/**
 * Whether a neutral, non-space character belongs with a span of `script` when it touches the
 * span's edge: its Script_Extensions name that script (e.g. `。` for Han), or it is CJK
 * punctuation next to CJK text.
 */
export function attachesTo(char: string, script: string): boolean {
  if (/^\s$/u.test(char) || scriptOf(char) !== undefined) return false;
  if (CJK_SCRIPTS.has(script) && CJK_PUNCTUATION.test(char)) return true;
  return extensionMatcher(script)?.test(char) ?? false;
}

const EXTENSION_MATCHERS = new Map<string, RegExp | null>();

function extensionMatcher(script: string): RegExp | null {
  let matcher = EXTENSION_MATCHERS.get(script);
  if (matcher === undefined) {
    matcher = (SCRIPT_NAMES as readonly string[]).includes(script)
      ? new RegExp(`^\\p{Script_Extensions=${script}}$`, 'u')
      : null;
    EXTENSION_MATCHERS.set(script, matcher);
  }
  return matcher;
}
