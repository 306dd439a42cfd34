// Checks a decoded document against LIMITS before parsing; reports the first bound it breaks.
import type { VFile } from 'vfile';
import { report } from '../report/diagnostics.js';
import type { InputFile } from '../pipeline/inputs.js';
import { decodeContent } from './decode.js';
import { LIMITS, lineNesting } from './limits.js';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Returns false (after reporting) when a document of this many bytes is too large to read. */
export function withinSize(bytes: number, file: VFile): boolean {
  if (bytes <= LIMITS.documentBytes) return true;
  report(file, `${/\.ya?ml$/i.test(file.path) ? 'File' : 'Document'} is ${(bytes / 1048576).toFixed(1)} MB, expected at most ${LIMITS.documentBytes / 1048576} MB`, {
    ruleId: 'document-too-large', severity: 'error', place: { line: 1, column: 1 },
    note: 'Split it into several documents; a guidance article is usually under 50 kB.',
  });
  return false;
}

/**
 * The text of a settings or rule file, or undefined (after reporting): over the size bound it is
 * not even read, and that is what is reported, not the empty text's shape.
 */
export function settingsText(input: InputFile, file: VFile): string | undefined {
  if (!withinSize(input.size ?? input.bytes.byteLength, file)) return undefined;
  return decodeContent(input.bytes, file);
}

/** Returns false (after reporting) when the document is over a bound and must not be parsed. */
export function withinLimits(text: string, file: VFile): boolean {
  let line = 1;
  let start = 0;
  // Front matter is YAML, bounded on its own (read/yaml-data.ts); the markdown bounds start after it.
  const frontMatterEnd = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(text)?.[0].length ?? 0;
  let items = 0;
  let brackets = 0;
  const inline = new InlineCost(frontMatterEnd);
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const length = stop - start;
    if (length > LIMITS.lineChars) {
      report(file, `Line is ${length} characters long, expected at most ${LIMITS.lineChars}`, {
        ruleId: 'line-too-long', severity: 'error', place: { line, column: 1 }, note: 'Break the text into paragraphs.',
      });
      return false;
    }
    const prefix = text.slice(start, Math.min(stop, start + 4 * LIMITS.nestingDepth + 16));
    const depth = lineNesting(prefix);
    if (depth > LIMITS.nestingDepth) {
      report(file, `Lists or block quotes nested ${depth} deep, expected at most ${LIMITS.nestingDepth}`, {
        ruleId: 'nesting-too-deep', severity: 'error', place: { line, column: 1 }, note: 'Flatten the nesting; guidance needs at most two or three levels.',
      });
      return false;
    }
    // Any line that starts a list item, however deeply it is indented or quoted.
    if (/^[\s>]*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(prefix)) items += 1;
    // Brackets per block (a blank line ends a block).
    if (start < frontMatterEnd || length === 0 || /^\s*$/.test(text.slice(start, stop))) brackets = 0;
    else brackets += countChar(text, '[', start, stop);
    if (brackets > LIMITS.bracketsPerBlock) {
      report(file, `More than ${LIMITS.bracketsPerBlock} \`[\` in one paragraph, expected fewer`, {
        ruleId: 'too-many-brackets', severity: 'error', place: { line, column: 1 },
        note: 'Unclosed link brackets make the document slow to read; remove them or escape them as \\[.',
      });
      return false;
    }
    if (!inline.line(text, start, stop, line, file)) return false;
    if (items > LIMITS.listItems) {
      report(file, `More than ${LIMITS.listItems} list items, expected fewer`, {
        ruleId: 'too-many-items', severity: 'error', place: { line, column: 1 }, note: 'Split the document.',
      });
      return false;
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  const bidi = BIDI_CONTROLS.exec(text);
  if (bidi) {
    const before = text.slice(0, bidi.index);
    const at = { line: before.split('\n').length, column: bidi.index - before.lastIndexOf('\n') };
    report(file, `Unexpected bidirectional control character U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, expected none (it can hide or reorder text)`, {
      ruleId: 'bidi-control', severity: 'warning', place: at, note: 'Remove it; right-to-left text needs no control characters.',
    });
  }
  return true;
}

function countChar(text: string, char: string, start: number, stop: number): number {
  let count = 0;
  for (let i = text.indexOf(char, start); i !== -1 && i < stop; i = text.indexOf(char, i + 1)) count += 1;
  return count;
}

/**
 * The parser's work on inline markup, estimated line by line (see LIMITS.openerScans and
 * LIMITS.emphasisPairs). A paragraph ends at a blank line, a list item or a heading; fenced code
 * is not parsed for inline markup and is not counted.
 */
class InlineCost {
  private scans = 0;
  private pairs = 0;
  private openers = 0;
  private markers = 0;
  private chars = 0;
  private startLine = 0;
  private fence: string | undefined;

  constructor(private readonly frontMatterEnd: number) {}

  /** Adds a line; false (after reporting) when the document is over a bound. */
  line(text: string, start: number, stop: number, line: number, file: VFile): boolean {
    const content = text.slice(start, stop);
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(content)?.[1];
    if (this.fence !== undefined || fence !== undefined) {
      this.end();
      if (this.fence === undefined) this.fence = fence;
      else if (fence !== undefined && fence[0] === this.fence[0] && fence.length >= this.fence.length) this.fence = undefined;
      return true;
    }
    if (start < this.frontMatterEnd || /^\s*$/.test(content) || /^\s*#{1,6}(?:\s|$)/.test(content)) {
      this.end();
      return true;
    }
    if (/^[\s>]*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(content.slice(0, 80))) this.end();
    if (this.chars === 0) this.startLine = line;
    this.chars += content.length + 1;
    this.openers += countOpeners(content);
    // A line of only `*`, `_` or `-` (and spaces) is a thematic break, not emphasis.
    if (!/^[\s*_-]*$/.test(content)) this.markers += countChar(content, '*', 0, content.length) + countChar(content, '_', 0, content.length);
    const scans = this.scans + this.openers * this.chars;
    const pairs = this.pairs + this.markers * this.markers;
    if (scans > LIMITS.openerScans) {
      report(file, `Too much inline markup that may be left open: the paragraph from line ${this.startLine} has ${this.openers} \`<\`, \`[\` or backtick runs in ${this.chars} characters (with the paragraphs before it, over ${LIMITS.openerScans.toLocaleString('en')} parser steps), expected fewer`, {
        ruleId: 'too-much-markup', severity: 'error', place: { line: this.startLine, column: 1 },
        note: 'Each unclosed `<`, `[` or backtick makes the parser read to the end of its paragraph. Escape them (\\<, \\[, \\`), close them, or split the paragraph.',
      });
      return false;
    }
    if (pairs > LIMITS.emphasisPairs) {
      report(file, `Too many emphasis markers: the paragraph from line ${this.startLine} has ${this.markers} \`*\` or \`_\` (with the paragraphs before it, over ${LIMITS.emphasisPairs.toLocaleString('en')} pairs to match), expected fewer`, {
        ruleId: 'too-much-emphasis', severity: 'error', place: { line: this.startLine, column: 1 },
        note: 'Emphasis markers are matched in pairs across the paragraph. Remove or escape them (\\*, \\_), or split the paragraph.',
      });
      return false;
    }
    return true;
  }

  private end(): void {
    this.scans += this.openers * this.chars;
    this.pairs += this.markers * this.markers;
    this.openers = 0;
    this.markers = 0;
    this.chars = 0;
  }
}

/** `<`, `[` and runs of backticks in a line. */
function countOpeners(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charCodeAt(i);
    if (ch === 60 || ch === 91) count += 1;
    else if (ch === 96 && line.charCodeAt(i - 1) !== 96) count += 1;
  }
  return count;
}
