// Stable ids: the document id and a slug of the record's own words, so an id changes only when
// that record's name (or lead-in) changes, never when unrelated text moves.

/** ASCII slug: accents folded, other scripts dropped, words joined by single dashes. */
export function slugify(text: string, maxWords = 8): string {
  // eslint-disable-next-line no-control-regex
  const folded = /^[\x00-\x7F]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
  const ascii = folded
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ascii.split(/\s+/).filter(Boolean).slice(0, maxWords).join('-').slice(0, 80).replace(/-+$/, '');
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
