/**
 * A deliberately light English stemmer: enough to make "squatting"/"squat", "ligaments"/
 * "ligament", "releases"/"released"/"release" and "correctly"/"correct" meet, without the
 * over-reach of a full Porter stemmer. Non-Latin words pass through unchanged.
 */

const VOWEL = /[aeiouy]/;
const LATIN_WORD = /^[a-z]+$/;
/** Double consonants that are undoubled after a suffix is removed (stopp → stop). */
const UNDOUBLE = /([bdfgkmnprtv])\1$/;

/** Remove a plural or third-person -s. */
function stripS(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * Remove -ing or -ed when a stem of two letters or more with a vowel remains (using → us, but
 * thing, bring, red stay), or -ly when three letters or more remain (-bly/-ply keep the l, so
 * "comfortably" meets "comfortable").
 */
function stripSuffix(w: string): string {
  if (w.endsWith('ly')) {
    const stem = w.slice(0, -2);
    if (stem.length < 3 || !VOWEL.test(stem)) return w; // fly, ugly
    return /[bp]$/.test(stem) ? `${stem}l` : stem;
  }
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    if (suffix === 'ed' && w.endsWith('eed')) return w; // need, feed, proceed
    const stem = w.slice(0, -suffix.length);
    if (stem.length < 2 || !VOWEL.test(stem)) return w;
    return stem.replace(UNDOUBLE, '$1');
  }
  return w;
}

/**
 * Light stem of one normalised, lower-case word: strip a plural -s (-ies → -y), then one of
 * -ly, -ing, -ed (undoubling a final double consonant after -ing/-ed), then a final -e
 * (so "release", "releases", "released" and "releasing" all become "releas").
 * Words with anything but the letters a–z are returned as they are.
 */
export function lightStem(word: string): string {
  if (!LATIN_WORD.test(word)) return word;
  let w = stripSuffix(stripS(word));
  if (w.length >= 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}
