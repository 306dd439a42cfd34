// Plain text of an mdast node with a map back to the source: every offset in the text can be
// turned into the line and column it came from, so flags and diagnostics cite exact places.
import type { Nodes } from 'mdast';
import type { Point } from '../model/types.js';

interface Segment {
  /** Offset of this segment in the joined text. */
  offset: number;
  value: string;
  start: Point;
}

export interface MappedText {
  text: string;
  /** The source place of the character at `offset` (clamped to the text). */
  pointAt(offset: number): Point;
}

const cache = new WeakMap<Nodes, MappedText>();

/**
 * Joins the text of a node's descendants; blocks inside (list items, paragraphs) join with a
 * newline. Cached per node: the shape readers ask for the same node's text several times.
 */
export function mappedText(node: Nodes): MappedText {
  let mapped = cache.get(node);
  if (!mapped) {
    mapped = computeMappedText(node);
    cache.set(node, mapped);
  }
  return mapped;
}

function computeMappedText(node: Nodes): MappedText {
  const segments: Segment[] = [];
  let text = '';
  const push = (value: string, start: Point | undefined): void => {
    if (!value) return;
    segments.push({ offset: text.length, value, start: start ?? lastPoint() });
    text += value;
  };
  const lastPoint = (): Point => {
    const last = segments[segments.length - 1];
    return last ? advance(last.start, last.value, last.value.length) : { line: 1, column: 1 };
  };
  // Text between inline <script>…</script> (or style, iframe…) tags is code, never guidance.
  let hiddenUntil: string | undefined;
  const walk = (current: Nodes): void => {
    if (current.type === 'html') {
      const open = /^<(script|style|iframe|noscript|template|object|textarea|title)\b[^>]*>$/i.exec(current.value.trim());
      if (open && !hiddenUntil) hiddenUntil = open[1]!.toLowerCase();
      else if (hiddenUntil && new RegExp(`^</${hiddenUntil}\\s*>$`, 'i').test(current.value.trim())) hiddenUntil = undefined;
      return;
    }
    if (hiddenUntil) return;
    if ('value' in current && typeof current.value === 'string' && (current.type === 'text' || current.type === 'inlineCode')) {
      push(current.value, current.position?.start && { line: current.position.start.line, column: current.position.start.column });
      return;
    }
    if (current.type === 'break') {
      push('\n', current.position?.start && { line: current.position.start.line, column: current.position.start.column });
      return;
    }
    if (current.type === 'yaml') return;
    if ('children' in current) {
      const block = current.type === 'list' || current.type === 'listItem' || current.type === 'blockquote' || current.type === 'root';
      current.children.forEach((child, index) => {
        if (block && index > 0 && text.length > 0 && !text.endsWith('\n')) push('\n', undefined);
        walk(child as Nodes);
      });
    }
  };
  walk(node);
  return {
    text,
    pointAt(offset: number): Point {
      if (segments.length === 0) return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segments[mid]!.offset <= offset) lo = mid;
        else hi = mid - 1;
      }
      const segment = segments[lo]!;
      return advance(segment.start, segment.value, Math.min(Math.max(offset - segment.offset, 0), segment.value.length));
    },
  };
}

function advance(start: Point, value: string, count: number): Point {
  let { line, column } = start;
  for (let i = 0; i < count; i += 1) {
    if (value.charCodeAt(i) === 10) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
  }
  return { line, column };
}

/** Collapses runs of whitespace (including line breaks) into single spaces and trims. */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/g;
const SPACES = /\s{2,}|[\t\n\r\f\v\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

export function clean(text: string): string {
  // Encyclopedia citation marks ("…for 30 seconds.[7]") point at a reference list the reader never gets.
  const cited = text.includes('[') ? text.replace(CITATION, '').replace(EDITORIAL_MARK, '') : text;
  return isPlain(cited) ? cited.trim() : cleanGeneral(cited);
}

/** An encyclopedia's notes to its editors: "[citation needed]", "[clarification needed]". */
const EDITORIAL_MARK = /\s?\[(?:citation needed|clarification needed|according to whom\?|by whom\?|when\?|dubious(?: – discuss)?|verification needed|edit)\]/gi;
const CITATION = /(?<=[\p{L}\p{N}.,;:)\]])\[\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\]/gu;

/**
 * Whether `text` has no invisible control, no whitespace but single ASCII spaces: then
 * {@link cleanGeneral} only trims. Conservative: any character of U+2000–U+206F (or another
 * non-ASCII space) sends the text to the general path.
 */
function isPlain(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (c < 128) {
      if (c >= 9 && c <= 13) return false;
    } else if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff) {
      return false;
    }
  }
  return true;
}

/** The general path of {@link clean} (exported for the test that they agree). */
export function cleanGeneral(text: string): string {
  const visible = INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
  INVISIBLE.lastIndex = 0;
  return (SPACES.test(visible) ? visible.replace(/\s+/g, ' ') : visible).trim();
}
