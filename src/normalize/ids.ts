// Stable ids: the document id and a slug of the record's own words, so an id changes only when
// that record's name (or lead-in) changes, never when unrelated text moves.

/** ASCII slug: accents folded, other scripts dropped, words joined by single dashes. */
export function slugify(text: string, maxWords = 8): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(text)) return asciiSlug(text, maxWords);
  // Ids are made from whole paragraphs; fold only a prefix that already holds the words kept.
  for (let from = 200; from < text.length; from *= 4) {
    const cut = text.indexOf(' ', from);
    if (cut < 0) break;
    const words = slugWords(fold(text.slice(0, cut)));
    if (words.length >= maxWords || words.join('-').length >= 80) return joinSlug(words, maxWords);
  }
  return slugOfFolded(fold(text), maxWords);
}

/**
 * Accents folded. An ASCII space is a boundary of every step (NFKD decomposes character by
 * character and reorders only marks, which never cross a space), so the words of a prefix cut
 * at a space are the first words of the whole text.
 */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** The general path: any text whose accents are already folded. */
export function slugOfFolded(folded: string, maxWords: number): string {
  return joinSlug(slugWords(folded), maxWords);
}

function slugWords(folded: string): string[] {
  const ascii = folded
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ascii.split(/\s+/).filter(Boolean);
}

function joinSlug(words: readonly string[], maxWords: number): string {
  return words.slice(0, maxWords).join('-').slice(0, 80).replace(/-+$/, '');
}

/**
 * `slugOfFolded` for ASCII text in one pass that stops after the words it keeps: ids are made
 * from whole paragraphs, of which a slug needs only the first few words.
 */
function asciiSlug(text: string, maxWords: number): string {
  const parts: string[] = [];
  let words = 0;
  let length = 0;
  let inWord = false;
  let runStart = -1;
  for (let i = 0; i <= text.length && length < 80; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (runStart >= 0) continue;
      if (!inWord) {
        if (words === maxWords) break;
        if (words > 0) {
          parts.push('-');
          length += 1;
        }
        words += 1;
        inWord = true;
      }
      runStart = i;
    } else {
      if (runStart >= 0) {
        parts.push(text.slice(runStart, i));
        length += i - runStart;
        runStart = -1;
      }
      // An apostrophe joins the letters around it ("don't" → "dont"); anything else ends a word.
      if (c !== 39) inWord = false;
    }
  }
  return parts.join('').toLowerCase().slice(0, 80).replace(/-+$/, '');
}

/** Hands out ids unique within one dataset: a repeat gets -2, -3 … in reading order. */
export class IdAllocator {
  private readonly used = new Set<string>();

  take(documentId: string, words: string, fallback: string): string {
    const base = `${documentId}--${slugify(words) || fallback}`;
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
