// Per-document bounds that keep hostile input cheap: every document is checked against them
// before it is parsed, and a document over a bound gets a clear error instead of a slow build.
// Documented in README.md ("Limits").
export const LIMITS = {
  /** Largest content document, in bytes (real articles are 5–20 kB). */
  documentBytes: 2 * 1024 * 1024,
  /** Longest line, in characters. */
  lineChars: 100_000,
  /** Deepest nesting of block quotes and lists (guidance needs two or three). */
  nestingDepth: 16,
  /** Most `[` in one block: unclosed link brackets make markdown parsing quadratic. */
  bracketsPerBlock: 500,
  /** Most list items in one document. */
  listItems: 20_000,
  /** Time to read and normalise one document, in milliseconds, before it is reported as slow. */
  documentMs: 5_000,
  /** Largest YAML block (front matter, dataset.yaml, a rule file), in characters. */
  yamlChars: 100_000,
  /**
   * Inline openers that may be left unclosed (`<`, `[`, runs of backticks) each make the markdown
   * parser scan to the end of their paragraph: the sum over paragraphs of openers × paragraph
   * length. 10,000,000 is about 2 s on the development machine; a real article is under 100,000.
   */
  openerScans: 10_000_000,
  /**
   * Emphasis markers (`*`, `_`) are matched pairwise within a paragraph, quadratic in their number:
   * the sum over paragraphs of markers². 4,000,000 (one paragraph of 2,000) is under 0.2 s.
   */
  emphasisPairs: 4_000_000,
} as const;

/**
 * Nesting depth of a line's container prefix: block quote markers and list indentation. Plain
 * indentation with no marker after it (an indented paragraph or code) is not nesting.
 */
export function lineNesting(line: string): number {
  const depth = prefixDepth(line);
  return /^[\s]*$/.test(line.slice(0, prefixEnd(line))) && !/^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(line) ? 0 : depth;
}

/** Where the run of whitespace, `>` and list markers at the start of a line ends. */
function prefixEnd(line: string): number {
  return /^(?:[\s>]|[-*+](?=\s|$)|\d{1,9}[.)](?=\s|$))*/.exec(line)?.[0].length ?? 0;
}

function prefixDepth(line: string): number {
  let depth = 0;
  let i = 0;
  let spaces = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '>') {
      depth += 1;
      spaces = 0;
    } else if (ch === ' ') {
      spaces += 1;
      if (spaces === 2) {
        depth += 1;
        spaces = 0;
      }
    } else if (ch === '\t') {
      depth += 2;
    } else if ((ch === '-' || ch === '*' || ch === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t' || line[i + 1] === undefined)) {
      depth += 1;
      i += 1;
    } else if (ch !== undefined && ch >= '0' && ch <= '9') {
      const match = /^\d{1,9}[.)](?:[ \t]|$)/.exec(line.slice(i, i + 12));
      if (!match) break;
      depth += 1;
      i += match[0].length - 1;
    } else {
      break;
    }
    i += 1;
  }
  return depth;
}
