/**
 * BCP 47 language tags → franc's ISO 639-3 codes and the Unicode scripts the language is written in.
 *
 * Only the primary language subtag and an optional script subtag are read (`en-GB` → `en`,
 * `zh-Hans` → Han); region and variant subtags are ignored. `_` is accepted in place of `-`.
 */

/** What the language checks need to know about a declared language. */
export interface LanguageInfo {
  /** ISO 639-3 code as franc reports it (macrolanguages resolved: `zh` → `cmn`, `ar` → `arb`). */
  iso6393: string;
  /** Unicode script names (as in `\p{Script=…}`) the language is normally written in. */
  scripts: string[];
}

const LATIN = ['Latin'];

/** Primary subtag → info. ISO 639-3 aliases (e.g. `eng`, `cmn`) are accepted as well. */
const LANGUAGES: Readonly<Record<string, LanguageInfo>> = {
  en: { iso6393: 'eng', scripts: LATIN },
  es: { iso6393: 'spa', scripts: LATIN },
  fr: { iso6393: 'fra', scripts: LATIN },
  de: { iso6393: 'deu', scripts: LATIN },
  pt: { iso6393: 'por', scripts: LATIN },
  it: { iso6393: 'ita', scripts: LATIN },
  nl: { iso6393: 'nld', scripts: LATIN },
  vi: { iso6393: 'vie', scripts: LATIN },
  sw: { iso6393: 'swh', scripts: LATIN },
  zu: { iso6393: 'zul', scripts: LATIN },
  xh: { iso6393: 'xho', scripts: LATIN },
  af: { iso6393: 'afr', scripts: LATIN },
  so: { iso6393: 'som', scripts: LATIN },
  yo: { iso6393: 'yor', scripts: LATIN },
  ha: { iso6393: 'hau', scripts: LATIN },
  ig: { iso6393: 'ibo', scripts: LATIN },
  pl: { iso6393: 'pol', scripts: LATIN },
  tr: { iso6393: 'tur', scripts: LATIN },
  ro: { iso6393: 'ron', scripts: LATIN },
  id: { iso6393: 'ind', scripts: LATIN },
  tl: { iso6393: 'tgl', scripts: LATIN },
  fil: { iso6393: 'tgl', scripts: LATIN },
  sv: { iso6393: 'swe', scripts: LATIN },
  da: { iso6393: 'dan', scripts: LATIN },
  nb: { iso6393: 'nob', scripts: LATIN },
  no: { iso6393: 'nob', scripts: LATIN },
  ru: { iso6393: 'rus', scripts: ['Cyrillic'] },
  uk: { iso6393: 'ukr', scripts: ['Cyrillic'] },
  zh: { iso6393: 'cmn', scripts: ['Han'] },
  ja: { iso6393: 'jpn', scripts: ['Han', 'Hiragana', 'Katakana'] },
  ko: { iso6393: 'kor', scripts: ['Hangul', 'Han'] },
  ar: { iso6393: 'arb', scripts: ['Arabic'] },
  fa: { iso6393: 'pes', scripts: ['Arabic'] },
  ur: { iso6393: 'urd', scripts: ['Arabic'] },
  he: { iso6393: 'heb', scripts: ['Hebrew'] },
  el: { iso6393: 'ell', scripts: ['Greek'] },
  hi: { iso6393: 'hin', scripts: ['Devanagari'] },
  bn: { iso6393: 'ben', scripts: ['Bengali'] },
  th: { iso6393: 'tha', scripts: ['Thai'] },
  am: { iso6393: 'amh', scripts: ['Ethiopic'] },
};

/** ISO 15924 script subtag (lower-cased) → Unicode script names. */
const SCRIPT_SUBTAGS: Readonly<Record<string, string[]>> = {
  latn: LATIN,
  cyrl: ['Cyrillic'],
  hans: ['Han'],
  hant: ['Han', 'Bopomofo'],
  hani: ['Han'],
  jpan: ['Han', 'Hiragana', 'Katakana'],
  kore: ['Hangul', 'Han'],
  hang: ['Hangul'],
  arab: ['Arabic'],
  hebr: ['Hebrew'],
  grek: ['Greek'],
  deva: ['Devanagari'],
  beng: ['Bengali'],
  thai: ['Thai'],
  ethi: ['Ethiopic'],
};

const BY_ISO6393: ReadonlyMap<string, LanguageInfo> = new Map(
  Object.values(LANGUAGES).map((info) => [info.iso6393, info]),
);

/**
 * Map a BCP 47 tag (`en`, `en-GB`, `zh-Hans`, `sw-KE`, …) to franc's ISO 639-3 code and the
 * expected scripts. An explicit script subtag replaces the default scripts (`ha-Arab` is
 * unsupported and yields `undefined`, as does any unknown language or malformed tag).
 */
export function languageOf(tag: string): LanguageInfo | undefined {
  if (typeof tag !== 'string') return undefined;
  const parts = tag.trim().toLowerCase().split(/[-_]/u);
  const primary = parts[0] ?? '';
  if (!/^[a-z]{2,3}$/u.test(primary)) return undefined;
  const base = LANGUAGES[primary] ?? BY_ISO6393.get(primary);
  if (base === undefined) return undefined;
  const second = parts[1];
  let scripts = base.scripts;
  if (second !== undefined && /^[a-z]{4}$/u.test(second)) {
    const explicit = SCRIPT_SUBTAGS[second];
    if (explicit === undefined || !explicit.some((s) => base.scripts.includes(s))) return undefined;
    scripts = explicit;
  }
  return { iso6393: base.iso6393, scripts: [...scripts] };
}
