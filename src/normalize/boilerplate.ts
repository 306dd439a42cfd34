// Text that is not guidance at all: adverts and app promotions, site navigation ("Top search",
// "Related articles"), image captions. Classified by general patterns, kept out of records and
// listed in the report (the safety rules still read it).
import type { List } from 'mdast';
import type { Point } from '../model/types.js';
import type { Block, Section } from '../read/sections.js';
import { splitSentences } from '../language/split-sentences.js';
import { locatedText } from './drafts.js';
import { isCaptionLabel } from '../language/picture-reference.js';
import { isInstruction } from './instructions.js';
import { parseDosage } from './dosage.js';

export type BoilerplateKind = 'advert' | 'navigation' | 'caption' | 'transcript';

export interface BoilerplateBlock {
  kind: BoilerplateKind;
  /** Why it was classified so, for the report. */
  reason: string;
  text: string;
  items: string[];
  start: Point;
  lines: { start: number; end: number };
  headings: string[];
}

const NAVIGATION_HEADING = /^(?:top (?:search(?:es)?|keywords|tags|\d+|posts|articles|stories)|related (?:articles|posts|stories|topics)|read (?:more|next|also)|see also|popular (?:posts|articles|now)|you (?:may|might) also like|more from|tags?|categories|trending|most (?:read|popular))\b|^(?:(?:table of )?contents|on this page|in this (?:article|page|guide)|references|sources|citations|bibliography|notes and references|external links)$/i;
const ADVERT = /\bsponsored by\b|\b(?:in|on|with|via) (?:the|our) app\b|\bearn (?:a|this week['’]s|your|the) badge\b|\bshop (?:now|the (?:range|look|collection))\b|\b(?:use|using|enter|with|apply) (?:the )?(?:promo |discount |voucher )?code\b|\b\d+ ?% off\b|\bper ?cent off\b|\bat checkout\b|\blink (?:below|in (?:the|my) (?:description|bio))\b|\bdownload (?:the|our) app\b|\b\d+\s*days? free\b|\bfree (?:trial|use)\b|\bstart now\b|\bsubscribe\b|\bsign up\b|\bin your smartphone\b|\bonline (?:course|program(?:me)?)\b|\bbuy now\b|\bpromo code\b|\b24\/7\b|\b(?:get|install) (?:it|the app) (?:on|from)\b|\bapp store\b|\bgoogle play\b|\bvisit\S* online course\b/i;
const CAPTION = /^(?:image|photo|picture|pictured|figure|fig\.|illustration|video|diagram|credit|source|caption)\b/i;
const CREDIT = /©|\b(?:photo|image|picture)s?\s*(?:by|credit|:)|\b(?:shutterstock|getty images|istock|unsplash|adobe stock)\b/i;

/**
 * Site and leaflet furniture: bylines, breadcrumbs, share bars, "Related posts", cookie and
 * copyright lines, comment prompts, form blanks, contact and reference lines.
 */
const FURNITURE_LEAD = /^(?:[▲▼△▽⬆⬇]\s*[-+]?\d|(?:best|accepted|top|most helpful) answer\b|[‹<←]\s*(?:back|workouts?|home|menu|library|programs?|programmes?|plans?|classes|exercises)\b|(?:saved|pinned|shared) from\b|contents\s*\[(?:hide|show)\]|retrieved from\b|this (?:article|section|page) (?:needs|has multiple issues|relies|may need)\b|from [\p{L} ]{3,40}, the free (?:\p{L}+ )?encyclopedia|(?:\[\s*[^\]\n]{1,30}\s*\]\s*)+$|(?:screen|card|step|lesson|module|slide|page|question|part)\s+\d+\s*(?:of|\/)\s*\d+\s*$|\d{1,2}:\d{2}\b.{0,30}\d{1,3}\s?%\s*$|related\s*[:–—-]|(?:up next|coming up(?: next)?|next video|watch next)\s*:|edit(?:ed)?\s*(?:\d+\s*)?:|load (?:more|all) (?:comments|replies|posts)\b|view (?:all |more )?(?:\d+ )?(?:comments|replies)\b|(?:posted|submitted) by u\/|\d+\s+(?:upvotes?|points|likes)\b|print (?:this )?(?:page|article|leaflet)\s*$|(?:show|read|see) (?:more|less|all)\s*$|back to (?:top|the top)\s*$|(?:expand|collapse)(?: all)?\s*$|(?:rate|rate and review|like and subscribe)\b|(?:(?:lots of |sending |with |all my )?love|cheers|take care|speak soon|until next time|(?:sending )?hugs|xo+)\b[,!]?\s*x*\s*(?:\p{Lu}\p{L}*)?\s*x*\s*$|sent from my (?:phone|iphone|ipad|android|mobile|samsung)\b|posted (?:on |by |at )?(?:\d|\p{Lu})|skip to (?:content|main)|menu\b|log ?in\b|sign (?:in|up)\b|advertisement\b|sponsored\b|related (?:posts|articles|stories|reading|content)\b|read (?:next|more|also)\b|also read\b|more from [^:]{1,40}:[^.]*\s[·|•]\s|view (?:this|the) (?:email|newsletter|message) in (?:your |a )?(?:web )?browser|forward (?:this )?to a friend\b|loading(?:\.{3}|…)?\s*$|\d+ comments?\b|leave a (?:reply|comment)\b|search [^.]{0,30}(?:\.{3}|…)\s*$|see also\b|you (?:may|might) also (?:like|enjoy)\b|trending\b|most (?:read|popular)\b|continue reading\b|share (?:this|on)\b|pin (?:it|this)\b|follow us\b|was this (?:page|article|information) (?:useful|helpful)|(?:page )?last (?:updated|reviewed)\b|slide \d+ (?:of|\/) \d+|(?:page|seite|página|pagina|pag\.|страница|стр\.)\s*\d+\s*(?:of|\/|von|de|di|из)\s*\d+|(?:subject|from|to|sent|cc|date)\s*:|(?:hi|hello|dear)\s+(?:(?:mr|mrs|ms|miss|dr|mx)\.?\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}[\p{L}-]*)?\s*[,!]?\s*$|yours (?:sincerely|faithfully|truly)\b|(?:kind|best|warm|many) (?:regards|wishes|thanks)\b|regards\b|thanks for reading\b|updated (?:on )?\d|published (?:on )?\d|medically reviewed\b|reviewed by\b|written by\b|by (?:a |our )?(?:staff|\p{Lu}\p{L}+ \p{Lu})|©|copyright\b|all rights reserved|privacy policy|cookie|this (?:post|article|page) (?:contains|may contain) affiliate|shop the look|tick the box|leaflet (?:reference|number)|review date|reference:?\s*[A-Z]{2,}-?\d|patient (?:name|information)\b)/iu;
const FURNITURE_ANYWHERE = /\bwe use cookies\b|\bemail us\b|\bwrite to us at\b|\bhave a (?:health |pregnancy )?question\?|\bparking (?:is|costs?|available)\b|\bsee you (?:all )?(?:[\w’']+ ){0,4}?next (?:week|time|session|class|month)\b|\bbring (?:a|your) [^.!?]{0,40}\bnext (?:week|time|session|class)\b|^next (?:week|session|class)\s*:|\b(?:rate|review) (?:and (?:review|subscribe) (?:to )?)?us\b|\blike and subscribe\b|\bwherever you (?:get|listen to) your podcasts\b|\bthanks for (?:having me|listening|watching|tuning in)\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b|\bmanage (?:preferences|cookies|cookie settings)\b|\b\d+\s*min(?:ute)?s? read\b|\b(?:share|post) (?:on|to) (?:facebook|x|twitter|pinterest|whatsapp|instagram)\b|\bwelcome (?:back )?to (?:issue|edition|this (?:week|month)['’]?s|the (?:newsletter|channel|blog|podcast|show)|my (?:newsletter|channel|blog))\b|\b(?:next (?:week|time|month|issue)|in the next issue),? (?:i['’]m|i am|we['’]re|we are|i['’]ll|we['’]ll|i will|we will) (?:be )?(?:writing|talking|looking|covering|sharing|back)\b|\b(?:log in|sign in|register) (?:or (?:register|sign up) )?to (?:reply|comment|post)\b|\bsimilar (?:threads|posts|topics)\b|\bintended (?:only |solely )?for the (?:named )?(?:recipient|addressee)|\bconfidential and intended\b|\blet (?:me|us) know in the comments\b|\b(?:drop|leave|share|post) (?:your|a) (?:own )?(?:tips?|comments?|thoughts?|questions?) (?:below|in the comments)\b|\bsave this (?:post |pin |for later)|\bswipe\b|\blink in (?:my |the )?bio\b|(?:^|\s)#\p{L}[\p{L}\d_]*(?:\s+#\p{L}[\p{L}\d_]*)+|\bleave a comment\b|\baffiliate links?\b|\bbring this (?:sheet|leaflet|form)\b|\ball (?:the )?rights reserved\b|\bfollow us (?:on|in|at)\b|_{4,}|[☐☑□]|\bautoplay\b|\bscan\s+(?:the\s+|this\s+|our\s+)?(?:qr\s*(?:code)?|code)\b|\bscan\s+(?:here\s+)?for\s+(?:the\s+|a\s+)?(?:video|demo|film)\b|\[\s*qr(?:\s*code)?\s*\]|\btag (?:a|your|the) (?:friend|mama|mum|mom|bestie|partner|buddy|someone|girl)s?\b/iu;
const PHONE = /(?:\btel(?:ephone)?\b|\bphone\b|\bcall us\b)[\s.:]*\+?\d[\d\s()-]{7,}\d/i;

/** An author's note: "Hannah Cole is a health journalist and mother of two." */
/** An SMS programme's menu ("Reply 1 for more", "Text STOP to 12345"): its keywords are in capitals or digits. */
const SMS_MENU = /\b(?:[Rr]eply|[Tt]ext|SMS|[Ss]end)\s+(?:\d{1,3}|[A-Z]{2,10})\s+(?:for|to)\b|\b[Oo]pt[- ]?outs?\s*:/u;

const AUTHOR_BIO = /^(?:about the author\b|\p{Lu}\p{L}+(?: \p{Lu}\.?)? \p{Lu}[\p{L}'’-]+ (?:is|writes) (?:an? |our )?(?:[\p{L}-]+ ){0,3}(?:journalist|writer|editor|blogger|author|contributor|columnist|presenter|influencer|content creator|reporter)\b)/u;

/** A line of site or leaflet furniture rather than guidance. */
export function isFurniture(text: string): boolean {
  return furnitureReason(text) !== undefined;
}

/** Why a line is site or leaflet furniture (what gave it away, for the report), or undefined. */
export function furnitureReason(text: string): string | undefined {
  const trimmed = text.trim().replace(/^[*_\s]+/, '');
  if (!fieldsAtMost(trimmed, 40)) return undefined;
  const lead = FURNITURE_LEAD.exec(trimmed);
  const words = lead ?? FURNITURE_ANYWHERE.exec(trimmed) ?? AUTHOR_BIO.exec(trimmed);
  // A line of furniture inside a block that also teaches ("…Repeat 10 times.⏎[QR] Scan for
  // video") leaves the block as guidance: the line is cut out as a sentence of its own.
  if (words && !lead && splitSentences(trimmed).some((s) => !FURNITURE_ANYWHERE.test(s.text) && isInstruction(s.text))) return undefined;
  if (words) {
    // The matched words, to the end of the last word ("By Hannah C" → "By Hannah Cole,").
    const end = words.index + words[0].length;
    return `page furniture: “${(words[0] + (/^\S*/.exec(trimmed.slice(end))?.[0] ?? '')).trim()}”`;
  }
  // Breadcrumbs and share bars: "Home > Pregnancy > Back pain", "Facebook · X · Email".
  // "Sets: 2 | Reps: 10 | Rest: 30s" is a dosage line, not a menu.
  const separators = parseDosage(trimmed) ? 0 : (trimmed.match(/\s[>›»|·•]\s/g) ?? []).length;
  if (separators >= 2 && !/[.!?]\s+\p{Lu}/u.test(trimmed)) return 'breadcrumb, share bar or menu (items between separators)';
  if (separators >= 1 && fieldsAtMost(trimmed, 10) && !/[.!?]$/.test(trimmed)) return 'breadcrumb, share bar or menu (items between separators)';
  // "PIN THIS POST FOR LATER", "ADVERTISEMENT": a short line in capitals.
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && fieldsAtMost(trimmed, 12)) return 'short line in capitals (a banner or button)';
  // Contact lines ("Telephone 0100 000 0000, Monday to Friday") with no advice in them.
  return PHONE.test(trimmed) && !/\bif\b|\burgent|\bemergency|\bbleeding|\bpain\b/i.test(trimmed) ? 'contact line' : undefined;
}

export interface PartitionedBlocks {
  blocks: Block[];
  boilerplate: BoilerplateBlock[];
}

/**
 * Splits a section's leftover blocks into guidance and boilerplate. `repeated` holds the texts
 * of short standalone lines that occur more than once in the document (a repeated caption).
 */
export function partitionBoilerplate(blocks: readonly Block[], section: Section, repeated: ReadonlySet<string>, foreignShare: (text: string) => number): PartitionedBlocks {
  const navigation = section.path.some((heading) => NAVIGATION_HEADING.test(heading));
  const out: PartitionedBlocks = { blocks: [], boilerplate: [] };
  let previous: BoilerplateKind | undefined;
  let previousText: string | undefined;
  for (const block of blocks) {
    if (block.directives.some((d) => d.kind === 'exercise' || d.kind === 'exercises' || d.kind === 'advice')) {
      out.blocks.push(block);
      previous = undefined;
      previousText = undefined;
      continue;
    }
    const kind = navigation ? { kind: 'navigation' as const, reason: 'under a site-navigation heading' } : classify(block, previous, previousText, repeated, foreignShare);
    if (!kind) {
      out.blocks.push(block);
      previous = undefined;
      previousText = undefined;
      continue;
    }
    out.boilerplate.push(describe(block, kind.kind, kind.reason, section));
    previous = kind.kind;
    previousText = locatedText(block.node)?.value;
  }
  return out;
}

function classify(block: Block, previous: BoilerplateKind | undefined, previousText: string | undefined, repeated: ReadonlySet<string>, foreignShare: (text: string) => number): { kind: BoilerplateKind; reason: string } | undefined {
  const text = locatedText(block.node)?.value ?? '';
  if (!text) return undefined;
  // Sentences are slices of the text cut at whitespace, CJK or closing punctuation (never inside
  // a word), so no sentence is promotional unless the whole text is: one test rules most out.
  const sentences = ADVERT.test(text) ? splitSentences(text) : [];
  const promotional = sentences.filter((sentence) => ADVERT.test(sentence.text));
  // Mostly promotion: the block is an advert. A single promotional sentence inside guidance is
  // cut out later, sentence by sentence (see isPromotional).
  if (promotional.length > 0 && (promotional.length * 2 > sentences.length || text.length < 200)) {
    return { kind: 'advert', reason: `promotional wording (“${ADVERT.exec(text)![0]}”)` };
  }
  // The feature list of an advert ("Yoga for each trimester • Nutrition program …").
  if (previous === 'advert' && block.node.type === 'list') return { kind: 'advert', reason: 'list that follows an advert' };
  // The links under "You may also like" / "Related articles": titles, not guidance.
  if (previous === 'navigation' && block.node.type === 'list' && previousText !== undefined && NAVIGATION_HEADING.test(previousText.replace(/^[*_\s]+/, ''))) {
    return { kind: 'navigation', reason: `list of links under “${previousText}”` };
  }
  // "*Pictured: leaning over the ball…*": a labelled caption, whatever its length.
  if (block.node.type === 'paragraph' && captionLabelled(text)) return { kind: 'caption', reason: 'labelled image caption' };
  if (block.node.type === 'paragraph' && BRACKETED_PICTURE.test(text.trim())) return { kind: 'caption', reason: 'a picture described in brackets' };
  const furniture = block.node.type === 'paragraph' ? furnitureReason(text) : undefined;
  if (furniture) return { kind: 'navigation', reason: furniture };
  if (block.node.type === 'paragraph' && isShortLine(text)) {
    if (CAPTION.test(text)) return { kind: 'caption', reason: 'image caption' };
    // "woman kneeling on a mat, stretching her back": a caption starts in lower case.
    if (/^\p{Ll}/u.test(text)) return { kind: 'caption', reason: 'short lower-case line without sentence punctuation (an image caption)' };
    if (CREDIT.test(text)) return { kind: 'caption', reason: 'image credit' };
    if (repeated.has(text)) return { kind: 'caption', reason: 'short line repeated in the document (a caption or banner)' };
    if (foreignShare(text) > 0.5) return { kind: 'caption', reason: 'short standalone line in another language' };
  }
  return undefined;
}

/** A standalone line that reads as an image caption or credit (lower-case start, "Image: …", "Photo by …"). */
export function isCaptionLine(text: string): boolean {
  return BRACKETED_PICTURE.test(text.trim()) || (isShortLine(text) && (CAPTION.test(text) || /^\p{Ll}/u.test(text) || CREDIT.test(text))) || captionLabelled(text);
}

/** "[Picture of a mother holding a chair]", "[Infographic: … - Download PDF]": a picture's stand-in line. */
const BRACKETED_PICTURE = /^\[\s*(?:picture|image|photo|photograph|illustration|infographic|diagram|figure|video|graphic|drawing|gif|animation|chart|icon|emoji|logo)\b[^\]]{0,200}\]$/i;

/** "Figure 2: Lie on your back…": a numbered picture label over instructions heads an exercise. */
const NUMBERED_FIGURE = /^\(?(?:picture|figure|fig\.?|illustration|diagram|drawing|video)\s+\d/i;

/** A labelled caption ("Caption: …", "Pictured left: …", "Credit: …") of at most 30 words. */
function captionLabelled(text: string): boolean {
  if (!isCaptionLabel(text) || !fieldsAtMost(text, 30)) return false;
  return !NUMBERED_FIGURE.test(text) || !splitSentences(text.replace(/^[^:.–—-]*[:.–—-]\s*/, '')).some((s) => isInstruction(s.text));
}

/** A standalone line of a few words with no sentence punctuation: a caption, banner or label. */
export function isShortLine(text: string): boolean {
  return fieldsAtMost(text, 10) && !/[.!?:;。！？]$/.test(text.trim());
}

function describe(block: Block, kind: BoilerplateKind, reason: string, section: Section): BoilerplateBlock {
  const node = block.node;
  const items = node.type === 'list' ? (node as List).children.map((item) => locatedText(item)?.value ?? '').filter(Boolean) : [];
  const located = locatedText(node);
  return {
    kind,
    reason,
    text: node.type === 'list' ? '' : located?.value ?? '',
    items,
    start: located?.start ?? { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 },
    lines: { start: node.position?.start.line ?? 1, end: node.position?.end.line ?? 1 },
    headings: section.path,
  };
}

/** A sentence that promotes a product or course ("visit our online course", "download the app"). */
export function isPromotional(sentence: string): boolean {
  return ADVERT.test(sentence);
}

/** Thread chatter: thanks and promises to try, which tell the reader nothing. */
const CHATTER = /^(?:(?:oh )?thank you(?: (?:so|very) much| both| all| everyone)?|thanks(?: so much| everyone| all| ladies| both)?|will (?:report back|update)|trying this (?:tonight|today|tomorrow)|tried (?:it|this|the [\w -]{1,30}) (?:tonight|today|last night)|same here|following|bump|this!+|\+1)\b[^.!?]{0,60}[.!?]*$/i;

/** Whether a text may hold a chatter sentence (CHATTER is anchored to a sentence, this is not). */
const CHATTER_HINT = /\b(?:thank you|thanks|will (?:report back|update)|trying this|tried (?:it|this|the)|same here|following|bump|this!)|\+1/i;

/** Whether some sentence of the text may be furniture or chatter: a cheap test before splitting it. */
export function mayHoldFurniture(text: string): boolean {
  return FURNITURE_ANYWHERE.test(text) || SMS_MENU.test(text) || CHATTER_HINT.test(text);
}

/** A sentence of page or class furniture inside guidance ("Email us at the newsdesk.", "Parking is free after 6pm."). */
export function isFurnitureSentence(sentence: string): boolean {
  const text = sentence.trim();
  return FURNITURE_ANYWHERE.test(text) || SMS_MENU.test(text) || CHATTER.test(text);
}

const SPACE = /\s/u;

/**
 * Whether `text.split(/\s+/)` would give at most `limit` fields, counted without building them
 * (and stopping at the first field over the limit): a field starts at the text's start and
 * after every run of whitespace.
 */
export function fieldsAtMost(text: string, limit: number): boolean {
  if (limit < 1) return false;
  let fields = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text[i]!);
    if (space && !inSpace && (fields += 1) > limit) return false;
    inSpace = space;
  }
  return true;
}
