// The units a prose section is read in: a paragraph (or part of one) with its sentences, their
// roles, how many instruct, whether it says how much, and the name it leads with — from a bold
// lead-in, a title line, a label, a name introduced in its first sentences, a name told mid-
// paragraph, or a story sentence that says what was done and how much.
import type { List, Paragraph } from 'mdast';
import type { Located, Point } from '../model/types.js';
import type { Block } from '../read/sections.js';
import { exerciseName, locatedText, sentencesOf, type DocumentContext } from './drafts.js';
import { isNameSentence, paragraphLead, type NameLead } from './name-lead.js';
import { introducedName } from './introduced-name.js';
import { emphasisedNames, inlineLead } from './inline-name.js';
import { readSentence, type SentenceRole } from './sentence-role.js';
import { isShortLine } from './boilerplate.js';
import { isLoggedMessage } from './message-log.js';
import { positionOf } from './attributes.js';

/** An encyclopedia describes the movement instead of instructing it: "The pelvic tilt is performed standing…". */
const DESCRIBED = /\b(?:is|are)\s+(?:usually\s+|typically\s+|then\s+|slowly\s+|often\s+)?(?:performed|done|raised|lowered|lifted|held|contracted|rotated|practi[sc]ed)\b|\bconsists? of (?:contracting|lifting|raising|tightening|squeezing|alternating|rocking|tilting)\b|^(?:performed|done|practi[sc]ed) (?:on|in|while|standing|sitting|lying|kneeling)\b/i;

export interface Unit {
  block: Block;
  index: number;
  lead?: NameLead;
  sentences: Located[];
  roles: SentenceRole[];
  /** Sentences that instruct a movement or set up a position. */
  instructing: number;
  /** Some sentence states a quantity. */
  dosed: boolean;
  /** Where a name told as a sentence starts. */
  leadStart?: Point;
  /** The lead is a name the first sentence introduces ("Next we're going into a glute bridge."). */
  introduced?: boolean;
  own: boolean;
}

export function unitsOf(block: Block, context: DocumentContext, headless: boolean, nameless = headless): Unit[] {
  const node = block.node;
  const own = !block.directives.some((d) => d.kind !== 'allow');
  if (node.type !== 'paragraph' && node.type !== 'list') return [{ block, index: 0, sentences: [], roles: [], instructing: 0, dosed: false, own }];
  const found = node.type === 'paragraph' ? titleLine(node) ?? paragraphLead(node) : undefined;
  // A label the document repeats paragraph after paragraph ("Ausgangsposition: …") names nothing.
  const lead = found && context.repeatedLeads?.has(found.name.toLowerCase()) ? undefined : found;
  const sentences = node.type === 'list' ? (node as List).children.flatMap((item) => sentencesOf(item)) : sentencesOf(node, lead?.length ?? 0);
  const read = (s: Located) => (context.foreignShare(s.value) < 0.5 ? readSentence(s.value) : undefined);
  /** Sentences that tell what was done with an amount ("I did cat-cow, about ten rounds"): steps of a story. */
  const told = new Set<number>();
  const readings = sentences.map(read);
  const make = (from: number, to: number, named?: NameLead, leadStart?: Point): Unit => {
    const part = readings.slice(from, to);
    return {
      block, index: 0, ...(named ? { lead: named } : {}), ...(leadStart ? { leadStart } : {}), own,
      sentences: sentences.slice(from, to),
      roles: part.map((r) => r?.role ?? 'description'),
      instructing: part.filter((r, k) => r && (r.movement || r.role === 'position' || DESCRIBED.test(sentences[from + k]!.value) || told.has(from + k)) && r.role !== 'caution' && r.role !== 'cue').length,
      dosed: part.some((r) => r?.quantity === true),
    };
  };
  // "1. Side-lying clams" alone in its list, its text in the paragraphs after: a title, as a heading would be.
  const listTitle = node.type === 'list' && (node as List).children.length === 1 ? titledItem(node as List) : undefined;
  if (listTitle) return [{ block, index: 0, lead: listTitle, sentences: [], roles: [], instructing: 0, dosed: false, own }];
  if (node.type === 'list') return [make(0, sentences.length, lead)];
  // Names told as sentences when headings were lost: "Hip circles. Stand with… 10 times. Knee
  // hug. Lie on your side…": a short verbless sentence before a starting position, at the start
  // of the paragraph or once the exercise before it has said how much.
  const units: Unit[] = [];
  let from = 0;
  let named = lead;
  let leadStart: Point | undefined;
  const bolds = emphasisedNames(node as Paragraph);
  for (let i = 0; i < sentences.length; i += 1) {
    // "… Also the **shoulder blade squeeze** - sit up straight…", "Good. Pelvic tilts: tuck…": a
    // name mid-paragraph before an instruction starts one.
    const inline = i > 0 ? inlineLead(sentences[i]!.value, bolds) : undefined;
    if (inline) {
      if (i > from) units.push(make(from, i, named, leadStart));
      const sentence = sentences[i]!;
      leadStart = sentence.start;
      named = { name: inline.name, aliases: [], length: 0 };
      sentences[i] = { value: sentence.value.slice(inline.length), start: { line: sentence.start.line, column: sentence.start.column + inline.length } };
      readings[i] = read(sentences[i]!);
      from = i;
      continue;
    }
    // A story told exercise by exercise in one paragraph, under no heading that names them: "At
    // home I did cat-cow most mornings, about ten rounds. I also did a child's pose for a minute."
    const story = nameless && !lead && readings[i]?.quantity ? introducedName(sentences[i]!.value) : undefined;
    if (story && story.toLowerCase() !== named?.name.toLowerCase()) {
      told.add(i);
      if (i > from) units.push(make(from, i, named, leadStart));
      named = { name: story, aliases: [], length: 0 };
      leadStart = sentences[i]!.start;
      from = i;
      continue;
    }
    if (i + 1 >= sentences.length) break;
    const first = i === 0 && !lead;
    const finished = i > from && readings.slice(from, i).some((r) => r?.quantity === true);
    if (!(first || finished) || !isNameSentence(sentences[i]!.value) || readings[i + 1]?.role !== 'position') continue;
    if (i > from) units.push(make(from, i, named, leadStart));
    named = { ...exerciseName(sentences[i]!.value.replace(/[.:]+$/, '')), length: 0 };
    leadStart = sentences[i]!.start;
    from = i + 1;
  }
  units.push(make(from, sentences.length, named, leadStart));
  const [only] = units;
  // Only where no heading names the exercises: under one, the heading's own renaming applies.
  if (headless && units.length === 1 && only && !only.lead) return introducedLead(only);
  return units;
}

/**
 * A paragraph that teaches an exercise and names it in its first sentence, as speech does where
 * no heading exists ("Next we're going into a glute bridge. Same position, breathe out…"). The
 * naming sentence stays unless it only names.
 */
function introducedLead(unit: Unit): Unit[] {
  if (unit.instructing === 0 || (unit.instructing < 2 && !unit.dosed)) return [unit];
  // The name may come after a sentence or two of preamble ("So, a few things I get people
  // doing. First one is the wall lean. You stand facing the wall…").
  for (let k = 0; k < Math.min(3, unit.sentences.length - 1); k += 1) {
    const sentence = unit.sentences[k]!;
    const name = introducedName(sentence.value);
    if (!name) continue;
    const reading = readSentence(sentence.value);
    const naming = !reading.movement && !reading.quantity && reading.role !== 'position' && positionOf(sentence.value) === undefined;
    // Past the first sentence, only a sentence that just names starts the exercise.
    if (k > 0 && !naming) continue;
    const lead: NameLead = { name, aliases: [], length: 0 };
    const from = naming ? k + 1 : k;
    const part = (a: number, b: number): Pick<Unit, 'sentences' | 'roles' | 'instructing' | 'dosed'> => {
      const readings = unit.sentences.slice(a, b).map((x) => readSentence(x.value));
      return {
        sentences: unit.sentences.slice(a, b), roles: unit.roles.slice(a, b),
        instructing: readings.filter((r) => (r.movement || r.role === 'position') && r.role !== 'caution' && r.role !== 'cue').length,
        dosed: readings.some((r) => r.quantity),
      };
    };
    const named: Unit = { ...unit, ...part(from, unit.sentences.length), lead, leadStart: sentence.start, introduced: true };
    if (named.instructing === 0) return [unit];
    return k === 0 ? [named] : [{ ...unit, ...part(0, k) }, named];
  }
  return [unit];
}


/** The one item of a list when it is only a short title ("1. Supine bridges"). */
function titledItem(list: List): NameLead | undefined {
  const [item] = list.children;
  const [paragraph, ...more] = item?.children ?? [];
  return paragraph?.type === 'paragraph' && more.length === 0 ? titleLine(paragraph) : undefined;
}

/** A paragraph that is only a short title ("Pelvic tilt", "**Side-lying clam**"): a lost heading. */
function titleLine(node: Paragraph): NameLead | undefined {
  const text = locatedText(node)?.value;
  if (!text || isLoggedMessage(node) || !isShortLine(text) || text.split(/\s+/).length > 7 || !/^[\p{Lu}“"‘'«*\d]/u.test(text)) return undefined;
  const reading = readSentence(text);
  // "Seated cat-cow", "Standing hip hinge": a position word in a name, with no verb to obey.
  if (reading.role !== 'description' && reading.role !== 'benefit' && !(reading.role === 'position' && reading.imperative === undefined)) return undefined;
  const name = text.replace(/^\d+[.)]\s*/, '').replace(/[:.]+$/, '');
  return { ...exerciseName(name), length: text.length };
}
