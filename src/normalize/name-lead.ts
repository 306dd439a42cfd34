// The name an exercise's text leads with: in quotes (“Eagle”. Stand up…), before a parenthesis
// (Marjariasana (“cat”). …), before a colon or a spaced dash (Pelvic floor: "Sitting tall, squeeze…"), in bold
// (**Side-lying clam** Lie on your side…) or as a short title (Lotus Back. Sit in…).
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { capitalize } from './drafts.js';
import { mappedText } from './inline-text.js';
import { isInstruction } from './instructions.js';
import { analyse } from '../nlp/analyse.js';
import { readSentence } from './sentence-role.js';
import { fieldsAtMost } from './boilerplate.js';

export interface NameLead { name: string; aliases: string[]; length: number }

const QUOTED = /^\s*[“"‘'«]\s*([^”"»\n]{1,50}?)\s*[”"’'»](?!\p{L})[\s;:,.–—-]*/u;
const WITH_PARENS = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})\s*\(([^)\n]{1,60})\)[\s;:,.–—-]*/u;
const TITLE = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\.\s+(?=\p{Lu})/u;
const COLON = /^\s*(\p{Lu}[\p{L}’'/-]*(?:-\d+\p{L}*)?(?:\s+[\p{L}\d’'/×-]+){0,9}?)\s*(?:[:–—]|(?<=\s)-)\s+(?=[“"‘'«]?[\p{L}\d])/u;
/** Colon leads that label a part of an exercise or a piece of advice, not an exercise's name. */
const LABEL = /^(?:note|notes|tip|tips|today|tonight|tomorrow|this (?:week|morning|evening)|level|coach|instructor|trainer|intensity|difficulty|calories|kcal|burn|category|format|focus|target|venue|location|date|cost|price|total|total time|caution|warning|important|remember|why|how|when|what|who|where|aim|goal|benefits?|equipment|frequency|dosage|reps|repetitions|sets|time|hold|repeat|repeats|steps?|technique|instructions?|markers|indicators|cues?|position|starting position|start position|duration|how often|how long|how many|rest|progression|modification|variation|example|source|image|photo|picture|figure|video|caption|credit|q|a|question|answer|step \d+|stage \d+|week \d+|day \d+|(?:exercise|move|pose|stretch|übung) (?:\d+|[ivx]+)|trimester|first trimester|second trimester|third trimester)$/i;

/** "Coach's note", "Midwife tip", "Safety warning", "Thandi writes": a label over advice, not a name. */
const NOTE_LABEL = /^(?:[\p{L}'’]+\s+){0,2}(?:note|notes|tip|tips|caution|warning|reminder|important|disclaimer)$|^(?:[\p{L}'’.]+\s+){1,3}(?:writes|wrote|says|said|explains|explained|adds|added|advises|advised|recommends|recommended|suggests|suggested|notes|noted|asks|asked|answers|answered|replies|replied|comments|commented|shares|shared|tells us|told us|told me)$/iu;

const EMOJI_NUMBER = /^\s*(?:\d\uFE0F?\u20E3|\p{Extended_Pictographic}\uFE0F?)\s*/u;
/**
 * Numbering markdown does not read as a list: a report's "2.1", "(3)", "#4", "IV." before a
 * capitalised name. A bare "2 " is left alone: "2 sets of ten" is a dosage, not a number.
 */
const PLAIN_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|\(\d{1,2}\)|#\d{1,2}|[IVX]{1,4}[.)])\s+(?=[“"‘'«]?\p{Lu})/u;
/** A dosage at the end of a name lead ("Cat cow x10 —", "Child's pose 1 min —"): it belongs to the body. */
const TRAILING_DOSAGE = /\s+(?:[x×]\s?\d+|\d+\s*(?:x|×|min|mins|minutes?|sec|secs|seconds?|reps?|times|breaths?))\b.*$/iu;
/** "Yes.", "No.": the start of an answer, not a name. */
const ANSWER = /^(?:yes|no|yeah|ok|okay|sure|absolutely|definitely|maybe|certainly|often|usually|sometimes|rarely|never|always)$/i;
const NAME_LABEL = /^\s*(?:name|(?:exercise|move|pose|stretch|übung|ejercicio|exercice)(?:\s+(?:\d{1,2}|[IVX]{1,4}|[A-H]))?|title)\s*[:.–—-]\s*(?=[“"‘'«\p{Lu}])/iu;

const MAX_PREFIXES = 3;
const INVITED_LOWER = /^\s*(?:(?:[Aa]lso|[Aa]nd|[Tt]hen|[Nn]ext|[Nn]ow|[Ss]o)\b,?\s+)?[Tt]ry\s+(?!(?:not|never|n't)\b)(?:(?:the|a|an|some)\s+)?(?!(?:the|a|an|some|not|never)\s)(\p{Ll}[\p{L}\d'’-]*(?:\s+[\p{L}\d'’-]+){0,5}?)\s*:\s+(?=\S)/u;
const INVITED = /^\s*(?:(?:[Aa]lso|[Aa]nd|[Tt]hen|[Nn]ext|[Nn]ow|[Ss]o)\b,?\s+)?(?:[Tt]ry|[Dd]o)\s+(?!(?:[Nn][Oo][Tt]|[Nn][Ee][Vv][Ee][Rr])\b)(?:(?:the|a|an|this|some)\s+)?(?=\p{Lu})/u;

/** Words that point at the next exercise without naming it: "First one", "Next up", "My favourite". */
const POINTER = String.raw`(?:(?:and\s+)?(?:my|our|your)\s+(?:(?:all-time\s+)?favou?rite|go-to)(?:\s+one)?|(?:and\s+)?(?:the\s+other|another)(?:\s+(?:one|thing|move|exercise))?|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|next|last|final)(?:\s+(?:one|up|move|exercise|stretch))?|next up|up next|number (?:one|two|three|four|five|six|\d+|\w+)|finally)`;
// Spoken fillers may come first: "So first one, glute bridges."
const ORDINAL_LEAD = new RegExp(String.raw`^\s*(?:(?:so|and|ok|okay|right|then|um+|uh+|erm|now|alright)\b,?\s+)*${POINTER}\s*(?:[:–—,]|\s-)\s*(?:(?:it['’]s|is)\s+)?(?:the\s+|a\s+|an\s+)?([^.!?\n:–—,]{3,50}?)\s*[.!:–—]\s+(?=\p{L})`, 'iu');
const POINTER_ONLY = new RegExp(String.raw`^${POINTER}$`, 'iu');

/** A lead opening with a function word is a clause ("And the worst thing: …"), not a name. */
const FUNCTION_WORD = /^(?:and|but|or|so|then|this|that|these|those|it|its|if|when|while|for|in|on|at|as|because|however|also|there|here|here's|let's|we|you|i|our|your|my|what|why|how|who|which|remember|please|try)\b/i;

/** The exercise name a text leads with, or undefined. */
export function nameLead(text: string, depth = 0): NameLead | undefined {
  // Each prefix (numbering, "Try", a label) is stripped by a call one level deeper; a real lead
  // has two at most, and a run of thousands ("Do Do Do …") must not exhaust the stack.
  if (depth > MAX_PREFIXES) return undefined;
  // Emoji numbering ("1️⃣ Cat cow x10 — on hands and knees…") is not part of the name.
  const numbering = EMOJI_NUMBER.exec(text) ?? PLAIN_NUMBER.exec(text);
  if (numbering) {
    const inner = nameLead(text.slice(numbering[0].length), depth + 1);
    return inner ? { ...inner, length: inner.length + numbering[0].length } : undefined;
  }
  // "Try CAT STRETCH: on hands and knees…": an invitation to try is not part of the name, which
  // then needs its colon or dash.
  // "Try cat-camel on hands and knees: slowly round…": a name in lower case after "try", closed by a colon.
  const lower = INVITED_LOWER.exec(text);
  const taught = lower ? readSentence(text.slice(lower[0].length).split(/(?<=[.!?])\s/)[0] ?? '') : undefined;
  if (lower && taught && (taught.movement || taught.role === 'position') && !/^(?:this|that|these|those|it|them|one|something|anything|\p{L}+ing)\b/u.test(lower[1]!) && !isInstruction(lower[1]!) && readSentence(lower[1]!).imperative === undefined) {
    return { name: capitalize(lower[1]!.trim()), aliases: [], length: lower[0].length };
  }
  const invited = INVITED.exec(text)?.[0].length ?? 0;
  if (invited > 0) {
    const inner = nameLead(text.slice(invited), depth + 1);
    return inner && /[:–—-]\s*$/.test(text.slice(0, invited + inner.length)) ? { ...inner, length: invited + inner.length } : undefined;
  }
  // A form's own label: `Name: "Bird dog". Kneel…`, `Exercise 3: Clam. Lie…`.
  const label = NAME_LABEL.exec(text);
  if (label) {
    const after = text.slice(label[0].length);
    // "Exercise 5 – Step-ups⏎Step up onto the stair…": the rest of the label's line is a title,
    // even one that reads as a verb.
    const line = /^([^\n.!?;:]{3,70})[ \t]*\n(?=\s*\S)/u.exec(after);
    if (line && fieldsAtMost(line[1]!.trim(), 8)) return { name: capitalize(line[1]!.trim()), aliases: [], length: label[0].length + line[0].length };
    const inner = nameLead(after, depth + 1);
    if (inner) return { ...inner, length: inner.length + label[0].length };
    // "Exercise 1 – Deep tummy breathing" (a bold title on its own): the rest is the name.
    const rest = after.trim().replace(/[.:;]+$/, '');
    if (rest && fieldsAtMost(rest, 6) && !/[.!?;:]/.test(rest) && !isInstruction(rest)) return { name: capitalize(rest), aliases: [], length: text.length };
    // "Exercise II. Tensing of the pelvic floor. In the lying position, tense…": after the label, a
    // short first sentence with no verb to obey is the name.
    const first = /^([^.!?\n]{3,60})\.\s+(?=\p{Lu})/u.exec(after);
    const reading = first ? readSentence(first[1]!) : undefined;
    if (first && reading && fieldsAtMost(first[1]!, 7) && !isInstruction(first[1]!) && reading.imperative === undefined && !reading.quantity) {
      return { name: capitalize(first[1]!.trim()), aliases: [], length: label[0].length + first[0].length };
    }
  }
  // "First one – knee drops. Lie on…", "Next, side-lying leg slide.": the pointer is not the name.
  const ordinal = ORDINAL_LEAD.exec(text);
  if (ordinal && fieldsAtMost(ordinal[1]!, 5) && !isInstruction(ordinal[1]!)) {
    return { name: capitalize(ordinal[1]!.trim()), aliases: [], length: ordinal[0].length };
  }
  const quoted = QUOTED.exec(text);
  if (quoted) return { name: capitalize(quoted[1]!.trim()), aliases: [], length: quoted[0].length };
  const parens = WITH_PARENS.exec(text);
  // "PT here (not your PT!)": a remark in brackets, not an alias.
  if (parens && !/[!?]|^\s*(?:not|your|my|i|we|you|just|only|see)\b/i.test(parens[2]!)) {
    const alias = parens[2]!.replace(/[“”"‘’'«»;.,]/g, '').trim();
    return { name: parens[1]!.trim(), aliases: alias ? [capitalize(alias)] : [], length: parens[0].length };
  }
  const title = TITLE.exec(text);
  if (title && !ANSWER.test(title[1]!) && !isInstruction(title[1]!)) return { name: title[1]!.trim(), aliases: [], length: title[0].length };
  const colon = COLON.exec(text);
  if (colon) {
    const dosage = TRAILING_DOSAGE.exec(colon[1]!);
    const name = (dosage ? colon[1]!.slice(0, dosage.index) : colon[1]!).trim();
    // "Bridge: Lie on your back…": a one-word verb before a capitalised instruction is a name.
    // "Sit-to-stand with knees together:": a hyphened compound first is a noun, not a verb to obey.
    const named = !isInstruction(name) || /^\p{L}+-\p{L}/u.test(name) || (!/\s/.test(name) && /^\p{Lu}/u.test(text.slice(colon[0].length)) && isInstruction(text.slice(colon[0].length).split(/[.!?]/)[0] ?? ''));
    // "HANNAH: So, a few things I get people doing…": a speaker in capitals before speech, not a name.
    const said = text.slice(colon[0].length).split(/(?<=[.!?])\s/)[0] ?? '';
    const speaker = /^\p{Lu}[\p{Lu}'’.-]+$/u.test(name) && !isInstruction(said) && readSentence(said).role !== 'position' && readSentence(said).role !== 'dosage';
    // Before a colon a name may run longer ("Sitting pelvic tilts on a ball:") than before a dash.
    const most = /:\s*$/.test(colon[0].trimEnd()) || /:/.test(colon[0]) ? 7 : 5;
    if (name && name.split(/\s+/).length <= most && !LABEL.test(name) && !NOTE_LABEL.test(name) && !FUNCTION_WORD.test(name) && named && !speaker) {
      // The dosage stays in the body, where it is read: "x10 — on hands and knees…".
      return { name: capitalize(name), aliases: [], length: dosage ? colon.index + (colon[0].indexOf(colon[1]!)) + dosage.index : colon[0].length };
    }
  }
  return undefined;
}

/** A paragraph's lead: a bold or italic lead-in of a few words first, then the text patterns. */
export function paragraphLead(paragraph: Paragraph): NameLead | undefined {
  const lead = anyParagraphLead(paragraph);
  // "**▲ 54**", "**#3**": a vote count or a number in bold names nothing.
  return lead && /\p{L}[^\p{L}]*\p{L}/u.test(lead.name) ? lead : undefined;
}

function anyParagraphLead(paragraph: Paragraph): NameLead | undefined {
  // "[icon: chair] **Seated cat-cow** — …": a picture's stand-in before the name does not hide it.
  const [opening, second] = paragraph.children as PhrasingContent[];
  const standIn = opening?.type === 'text' && /^\s*(?:\[[^\]\n]{1,60}\]\s*)+$/.test(opening.value) && (second?.type === 'strong' || second?.type === 'emphasis');
  const first = (standIn ? second : opening) as PhrasingContent | undefined;
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    const bold = toString(first).trim();
    const text = mappedText(paragraph).text;
    const skipped = standIn ? (opening as { value: string }).value.length : 0;
    const at = text.indexOf(bold, skipped) - skipped;
    const after = text.slice(skipped + at + bold.length);
    const name = bold.replace(/[\s.:;,–—-]+$/, '').replace(/^(?:\d+[.)]\s*|\(?[A-Ha-h][.)]\s+)/, '');
    const words = name.split(/\s+/).length;
    // "**Lie on your back** and lift…" is an emphasised instruction, not a name; "**Q: Any tips?**" a question.
    // A numbered bold line or one on a line of its own is a title, even one that reads as a verb ("**4. Sit to stand**").
    const titled = (/^\d+[.)]/.test(bold) || /^[\s.:;,–—-]*\n/.test(after)) && words <= 5;
    if (at >= 0 && at <= 3 && name && words <= 8 && !LABEL.test(name) && !NOTE_LABEL.test(name) && !/^\s*\p{Ll}/u.test(after) && (titled || !(words >= 3 && isInstruction(name))) && !isQuestion(name)) {
      const rest = /^[\s.:;,–—-]*/.exec(after)![0];
      // "**Exercise 5 – Step-ups**" on its own line: the title after the label, whatever it reads as.
      const label = NAME_LABEL.exec(name);
      const titledRest = label && titled ? name.slice(label[0].length).trim() : '';
      if (titledRest && fieldsAtMost(titledRest, 8) && !/[.!?;:]/.test(titledRest)) {
        return { name: capitalize(titledRest), aliases: [], length: skipped + at + bold.length + rest.length };
      }
      const inner = nameLead(name);
      return { name: inner?.name ?? capitalize(name.replace(/^[“"‘'«]|[”"’'»]$/g, '')), aliases: inner?.aliases ?? [], length: skipped + at + bold.length + rest.length };
    }
  }
  const text = mappedText(paragraph).text;
  return nameLead(text) ?? titleOnFirstLine(text) ?? introducedName(paragraph);
}

/**
 * "Tummy tightening in four-point kneeling⏎Kneel on all fours…": a scraped page whose heading
 * became the first line of the paragraph under it. A short capitalised line without sentence
 * punctuation, not itself an instruction, before a line that instructs (in a list of exercises,
 * before any line: the list has shown what its items are).
 */
export function titleOnFirstLine(text: string, bodyMustInstruct = true): NameLead | undefined {
  const match = /^(\s*)([^\n]{3,70})\n(?=\s*\S)/u.exec(text);
  // Under a title, a sentence starts with a capital; in a list of exercises, terse notes need not.
  if (!match || (bodyMustInstruct && !/^\s*\p{Lu}/u.test(text.slice(match[0].length)))) return undefined;
  const line = match[2]!.trim();
  if (!/^[\p{Lu}\d]/u.test(line) || /[.!?:;,]$/.test(line) || !fieldsAtMost(line, 8) || isInstruction(line)) return undefined;
  const body = text.slice(match[0].length).split(/(?<=[.!?])\s/)[0] ?? '';
  if (bodyMustInstruct && !isInstruction(body) && readSentence(body).role !== 'position') return undefined;
  const name = line.replace(/^(?:\d+[.)]|\d\uFE0F?\u20E3)\s*/u, '');
  // "KNEELING CAT AND DOG" → "Kneeling cat and dog".
  const shouted = name === name.toUpperCase() && name !== name.toLowerCase();
  return { name: capitalize(shouted ? name.toLowerCase() : name), aliases: [], length: match[0].length };
}

/** "Q: Is there one you give everyone?", "Any warning signs?": a question, which names no exercise. */
export function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || /^(?:q|question)\s*[:.]/i.test(text.trim());
}

/** "Yes. Try the **seated pelvic floor hold**. Sit on…": a bold name in a short opening sentence. */
function introducedName(paragraph: Paragraph): NameLead | undefined {
  const strong = paragraph.children.find((child) => child.type === 'strong');
  if (!strong) return undefined;
  const bold = toString(strong).trim();
  const text = mappedText(paragraph).text;
  const at = text.indexOf(bold);
  if (!bold || at < 0 || at > 80 || bold.split(/\s+/).length > 8) return undefined;
  const end = /[.!?:]\s+/g;
  end.lastIndex = at + bold.length;
  // "Today: **Cat-Cow** 🐈🐄": a name that closes its paragraph, after it only emoji or marks.
  const closing = at > 0 && !isQuestion(bold) && /^[^\p{L}\p{N}]*$/u.test(text.slice(at + bold.length)) ? { index: text.length, 0: '' } : undefined;
  const stop = end.exec(text) ?? closing;
  if (!stop || !fieldsAtMost(text.slice(0, stop.index), 14)) return undefined;
  return { name: capitalize(bold.replace(/[.:]+$/, '')), aliases: [], length: stop.index + stop[0].length };
}

/** "Hip circles.", "Knee-to-chest stretch.": a few words, capitalised, with no verb of their own. */
export function isNameSentence(sentence: string): boolean {
  const text = sentence.replace(/[.:]+$/, '').trim();
  // "First one.", "Next up.", "Another one.": a pointer to the exercise, not its name.
  if (POINTER_ONLY.test(text)) return false;
  if (!/^\p{Lu}/u.test(text) || !fieldsAtMost(text, 5) || /[,;!?]/.test(text)) return false;
  const reading = readSentence(text);
  // "Seated forward bend" reads as a position too; with no verb it is still a name.
  return reading.imperative === undefined && !reading.quantity && (reading.role === 'description' || reading.role === 'benefit' || reading.role === 'position')
    && !analyse(text).some((t) => t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'DET');
}
