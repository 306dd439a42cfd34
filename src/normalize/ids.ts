// Stable ids. An exercise: the document id and a slug of its name, so the id changes only when
// the exercise is renamed. Advice has no name, and its sentences are what editors rewrite, so an
// advice id is the document id, a slug of its nearest heading and its number under that heading:
// it survives any change of the text, and changes only when the heading is renamed or advice is
// added or removed above it under the same heading.

/** ASCII slug: accents folded, other scripts dropped, words joined by single dashes. */
export function slugify(text: string, maxWords = 8): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(text)) return asciiSlug(text, maxWords);
  // Ids are made from whole paragraphs; fold only a prefix that already holds the words kept.
  for (let from = 200; from < text.length; from *= 4) {
    const cut = text.indexOf(' ', from);
    if (cut < 0) break;
    const words = slugWords(fold(text.slice(0, cut)));
    if (words.length >= maxWords || words.join('-').length >= MAX_SLUG) return joinSlug(words, maxWords);
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
  return clip(words.slice(0, maxWords).join('-'));
}

const MAX_SLUG = 80;

/** At most MAX_SLUG characters, cut between words: a slug never ends mid-word. */
function clip(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  if (slug[MAX_SLUG] === '-') return slug.slice(0, MAX_SLUG);
  const cut = slug.lastIndexOf('-', MAX_SLUG);
  // One word longer than the limit has no boundary to cut at; it is cut where it must be.
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG);
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
  for (let i = 0; i <= text.length && length < MAX_SLUG; i += 1) {
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
  return clip(parts.join('').toLowerCase());
}

/**
 * Hands out the ids of one document. Two records that would get the same id (two exercises of
 * one name, or an exercise named like a heading and a number) are told apart in reading order:
 * the later gets -2, -3 … after its id.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly underHeading = new Map<string, number>();

  /** An id from the record's own words (an exercise's name). */
  take(documentId: string, words: string, fallback: string): string {
    return this.claim(`${documentId}--${slugify(words) || fallback}`);
  }

  /**
   * An id from the nearest heading and the record's number under it (1, 2 …), counted across
   * every section whose heading has that slug; `fallback` names records before any heading.
   */
  takeNumbered(documentId: string, heading: string | undefined, fallback: string): string {
    const slug = (heading ? slugify(heading) : '') || fallback;
    const n = (this.underHeading.get(slug) ?? 0) + 1;
    this.underHeading.set(slug, n);
    return this.claim(`${documentId}--${slug}-${n}`);
  }

  private claim(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
