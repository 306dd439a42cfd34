// How much of a text is written in a script its document's language does not use: a cheap
// per-character check the shape readers use to set aside lines they cannot judge.
import { languageOf } from '../language/language-tags.js';
import { scriptOfCode } from '../language/scripts.js';

/** Returns a function giving the share (0–1) of letters outside the language's scripts. */
export function foreignShareFor(language: string): (text: string) => number {
  const scripts = new Set(languageOf(language)?.scripts ?? []);
  if (scripts.size === 0) return () => 0;
  // The shape readers ask about the same sentences several times; one memo per document.
  const memo = new Map<string, number>();
  return (text: string) => {
    let share = memo.get(text);
    if (share === undefined) {
      share = shareOutside(text, scripts);
      memo.set(text, share);
    }
    return share;
  };
}

function shareOutside(text: string, scripts: ReadonlySet<string>): number {
  let letters = 0;
  let foreign = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    const script = scriptOfCode(code);
    if (script === undefined) continue;
    letters += 1;
    if (!scripts.has(script)) foreign += 1;
  }
  return letters === 0 ? 0 : foreign / letters;
}
