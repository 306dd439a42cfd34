/// <reference types="pdfkit" />
// The fonts the handouts embed: Noto Sans TTFs from the @expo-google-fonts/noto-sans npm package
// (TTF only: pdfkit renders WOFF2 as blank glyphs). Every string goes through `runsOf`, which picks,
// for each character, the first font of the style's stack that has a glyph for it, and throws an
// UncoveredCharacterError naming the record and the character when none has: a missing glyph is
// a build error, never an empty box on paper.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WriterContentError } from '../writer.js';

export type FontStyle = 'regular' | 'bold' | 'italic';

const PACKAGE = '@expo-google-fonts/noto-sans';

/** Font files inside the package (it has no exports map, so paths are joined by hand). */
export const FONT_FILES: Readonly<Record<FontStyle, string>> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
};

/**
 * Fonts tried in order for each style. A fallback family (e.g. Noto Sans SC for Chinese) is one
 * more registered font at the end of a stack.
 */
export const FONT_STACKS: Readonly<Record<FontStyle, readonly string[]>> = {
  regular: ['regular'],
  bold: ['bold', 'regular'],
  italic: ['italic', 'regular'],
};

let cached: Record<FontStyle, Buffer> | undefined;

/** The TTF bytes of each style, read once per process. */
export function fontBytes(): Readonly<Record<FontStyle, Buffer>> {
  if (!cached) {
    const root = dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
    const read = (style: FontStyle): Buffer => readFileSync(join(root, ...FONT_FILES[style].split('/')));
    cached = { regular: read('regular'), bold: read('bold'), italic: read('italic') };
  }
  return cached;
}

export class UncoveredCharacterError extends WriterContentError {
  constructor(
    /**
     * Where the text came from: a record id; `source:<document id>` for a source in the
     * attribution list; `handout:…` for the handout's own words.
     */
    override readonly record: string,
    readonly character: string,
    readonly text: string,
  ) {
    const hex = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    super(`no embedded font has a glyph for “${character}” (${hex}) in “${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`, record);
    this.name = 'UncoveredCharacterError';
  }
}

/** A stretch of text drawn in one font. */
export interface Run {
  font: string;
  text: string;
}

/**
 * Splits `text` into runs, each in the first font of `stack` that covers its characters. Pure:
 * `covers(font, codePoint)` answers for each font. Throws UncoveredCharacterError naming `source`.
 */
export function splitRuns(text: string, stack: readonly string[], covers: (font: string, codePoint: number) => boolean, source: string): Run[] {
  const runs: Run[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    // Spaces break lines and need no glyph of their own in the run's font.
    const font = char === ' ' && runs.length > 0 ? runs.at(-1)!.font : stack.find((f) => covers(f, codePoint));
    if (font === undefined) throw new UncoveredCharacterError(source, char, text);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

interface GlyphFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * Parsed fonts, shared by every document of the process: parsing a TTF (and decoding its glyphs
 * and layout tables) is most of the cost of a handout. pdfkit accepts a parsed fontkit font in
 * place of bytes and keeps a subset of its own per document, so sharing does not change output.
 */
const parsed = new Map<FontStyle, GlyphFont>();

/**
 * pdfkit's per-font cache of laid-out words (glyphs and positions, the same in every document),
 * shared too: shaping words is the other big cost. Glyphs enter each document's own subset only
 * when text is drawn, so the output does not depend on what other documents drew.
 */
const layoutCaches = new Map<FontStyle, object>();

interface PdfkitFont {
  font?: GlyphFont;
  layoutCache?: object;
}

/** Registers the fonts on a document and answers coverage questions from the fonts themselves. */
export function registerFonts(doc: PDFKit.PDFDocument): (font: string, codePoint: number) => boolean {
  const glyphs = new Map<string, GlyphFont>();
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    doc.registerFont(style, (parsed.get(style) ?? fontBytes()[style]) as never);
    doc.font(style);
    // pdfkit's embedded font wraps the fontkit font, which answers hasGlyphForCodePoint.
    const embedded = (doc as unknown as { _font?: PdfkitFont })._font;
    const font = embedded?.font;
    if (!embedded || !font || typeof font.hasGlyphForCodePoint !== 'function') throw new Error(`font ${style} did not load as a TrueType font`);
    parsed.set(style, font);
    if (embedded.layoutCache) {
      embedded.layoutCache = layoutCaches.get(style) ?? embedded.layoutCache;
      layoutCaches.set(style, embedded.layoutCache);
    }
    glyphs.set(style, font);
  }
  doc.font('regular');
  const memo = new Map<string, boolean>();
  return (name, codePoint) => {
    const key = `${name}:${codePoint}`;
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = glyphs.get(name)?.hasGlyphForCodePoint(codePoint) ?? false;
      memo.set(key, hit);
    }
    return hit;
  };
}
