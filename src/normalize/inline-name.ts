// An exercise named in bold in the middle of a paragraph, then taught in the same sentence, as
// forum replies and chatty posts do: "…and it helped. Also the **shoulder blade squeeze** - sit
// up straight, squeeze…". The bold name starts a new exercise where it stands.
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fieldsAtMost } from './boilerplate.js';
import { isInstruction } from './instructions.js';
import { capitalize } from './drafts.js';
import { nameLead } from './name-lead.js';
import { positionOf } from './attributes.js';
import { readSentence } from './sentence-role.js';

/** Bold or italic runs of a paragraph short enough to be names. */
export function emphasisedNames(paragraph: Paragraph): string[] {
  return paragraph.children
    .filter((child) => child.type === 'strong')
    .map((child) => toString(child).trim().replace(/[.:;,]+$/, ''))
    .filter((text) => text.length >= 3 && fieldsAtMost(text, 6) && !/[.!?]/.test(text));
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The name a sentence opens with, bold (after "also", "and", "then", "plus", an article or "do")
 * or plain before a colon or dash, followed by an instruction: the name and where the
 * instruction starts.
 */
export function inlineLead(sentence: string, names: readonly string[]): { name: string; length: number } | undefined {
  for (const name of names) {
    const lead = new RegExp(`^(?:(?:also|and|then|next|plus|or|finally|lastly)\\b,?\\s+)?(?:(?:do|try)\\s+)?(?:(?:the|a|an|my|our|some)\\s+)?${escape(name)}[.:;,]?\\s*(?:[-–—:]\\s*|\\([^)]{0,40}\\)\\s*[-–—:]?\\s*)`, 'iu').exec(sentence);
    if (!lead) continue;
    const rest = sentence.slice(lead[0].length);
    const clause = rest.split(/[,;]/)[0] ?? '';
    if (!/^\p{L}/u.test(rest) || !(isInstruction(clause) || isInstruction(rest))) continue;
    if (isInstruction(name) && /\s/.test(name)) continue;
    return { name: capitalize(name), length: lead[0].length };
  }
  // Without bold: "Pelvic tilts: gently tuck your tailbone under…", a name before a colon or dash.
  const plain = nameLead(sentence);
  if (plain && plain.length > 0 && plain.length < sentence.length && /[:–—-]\s*$/.test(sentence.slice(0, plain.length))) {
    const rest = sentence.slice(plain.length);
    // "Figure-4 Stretch – sitting on a chair, cross your ankle…": a starting position opens the body too.
    const opening = rest.split(/[,;]/)[0] ?? '';
    if (isInstruction(opening) || isInstruction(rest) || (positionOf(opening) !== undefined && readSentence(rest).movement)) return { name: plain.name, length: plain.length };
  }
  return undefined;
}
