// References to what only a page can show — a picture, photo, diagram, drawing, video or clip —
// in one place for every reader of guidance text. Normalisation drops a sentence that is only
// such a pointer ("Look at picture 4 to see where the cushion goes.", "The drawing on the right
// shows the posture.") and cuts an inline one out of an instruction ("Kneel, as in the photo,
// with…", "(see image above)"); an SMS tip refuses any sentence that still mentions one.

/** Things only a page can show. */
const SHOWN = String.raw`(?:pictures?|photo(?:graph)?s?|images?|illustrations?|diagrams?|drawings?|figures?|fig\.?|videos?|clips?|graphics?|animations?|gifs?|sketch(?:es)?|screenshots?)`;
/** Where on the page: "above", "on the right", "overleaf", "4", "below left". */
const WHERE = String.raw`(?:\s+(?:\d+[a-z]?|[A-Z]\b|above|below|opposite|overleaf|here|left|right|on (?:the )?(?:left|right|next page|back(?: of this (?:sheet|page|leaflet))?|previous page|our (?:website|channel))|(?:at|on) the (?:top|bottom)|in (?:this|the) (?:leaflet|booklet|sheet))){0,2}`;
/** Verbs that send the reader to look: "see", "look at", "watch", "follow the diagram", "check the video". */
const LOOK = String.raw`(?:see|look(?:ing)? at|watch|view|follow|check|study|refer to|copy|compare with|use)`;
const OPENER = String.raw`(?:(?:please|you can|you could|you may|you might|now|first|just|also|then|and)\s+)*`;

/** A sentence that opens by sending the reader to a picture: "Look at the picture 4…", "Watch the clip on our website…". */
const POINTER = new RegExp(String.raw`^\(?${OPENER}${LOOK}\s+(?:(?:at\s+)?(?:the|this|that|these|our|my|each|every|a|an)\s+)?(?:\w+\s+){0,2}?${SHOWN}\b`, 'i');
/** A picture as the subject: "The drawing on the right shows…", "This photo illustrates…", "Pictures 3 and 4 show…". */
const SUBJECT = new RegExp(String.raw`^(?:the|this|that|these|our|each)?\s*(?:\w+\s+)?${SHOWN}${WHERE}(?:\s+and\s+\d+)?\s+(?:shows?|illustrates?|demonstrates?|gives?|is|are|will)\b`, 'i');
/** A caption's label: "Image: …", "Pictured left: …", "Figure 2 –", "Credit: …", "Caption: …". */
const LABEL = /^\(?(?:image|photo(?:graph)?|picture|pictured|figure|fig\.?|illustration|video|diagram|drawing|gif|credit|caption|source)\b(?:\s+(?:\d+[a-z]?|left|right|above|below|top|bottom|here))?\s*(?:[:.–—]|-(?![\p{L}\d]))/iu;
/** "See the picture above.", "As shown below.", "(see image above)": a pointer that is the whole sentence. */
const WHOLE = new RegExp(String.raw`^\(?${OPENER}(?:${LOOK}\s+(?:the\s+|this\s+|our\s+)?(?:\w+\s+)?${SHOWN}${WHERE}|(?:as\s+)?(?:shown|pictured|illustrated|demonstrated)${WHERE}(?:\s+in\s+the\s+${SHOWN}${WHERE})?)[.!)]*$`, 'i');

/** A video's presenter sending the viewer to the screen: "Just follow along with me on screen…", "Copy what I do on screen". */
const ON_SCREEN = new RegExp(String.raw`^${OPENER}(?:follow along|copy|watch|do as I do|mirror)\b[^.!?]{0,40}\bon (?:the |your )?screen\b`, 'i');

/** A pointer inside an instruction, cut out: ", as in the photo,", " (see image above)", ", as shown in picture 2". */
const INLINE = new RegExp(String.raw`,?\s+(?:(?:as|like)\s+(?:(?:shown|pictured|illustrated|demonstrated|seen)\s+)?(?:in|on)\s+(?:the\s+|this\s+|our\s+)?${SHOWN}${WHERE}|as\s+(?:shown|pictured|illustrated|demonstrated|seen)${WHERE}|(?:shown|pictured)\s+(?:above|below|left|right|here|on the (?:left|right)))(?=\s*[.,;!?)]|$)`, 'gi');
const INLINE_ONCE = new RegExp(INLINE.source, 'i');
const GROUP = /\s*[([][^)\]]{0,60}[)\]]/g;

/** Any mention of something only a page can show (for an SMS tip: such a sentence is never sent). */
const MENTION = new RegExp(String.raw`\b${SHOWN}(?!\w)|\bon (?:the |your )?screen\b|\b(?:as|like)\s+(?:shown|pictured|illustrated|demonstrated|seen)\b|\b(?:shown|pictured)\s+(?:above|below|here|left|right)\b|\b(?:see|look at)\s+(?:above|below)\b`, 'i');

/** A sentence that only points at a picture (never reader text): a caption label, a pointer, a picture as subject. */
export function isPictureReference(sentence: string): boolean {
  const text = sentence.trim().replace(/^[*_]+/, '');
  if (LABEL.test(text) || WHOLE.test(text) || POINTER.test(text) || SUBJECT.test(text) || ON_SCREEN.test(text)) return true;
  // A short sentence that is mostly a reference ("It looks like the photo above.").
  return text.split(/\s+/).length <= 8 && INLINE_ONCE.test(` ${text}`);
}

/** The text with inline picture references cut out: "Kneel (see picture 1) and…" → "Kneel and…". */
export function withoutPictureReferences(text: string): string {
  const inline = text.replace(INLINE, '');
  if (!/[([]/.test(inline)) return inline;
  return inline.replace(GROUP, (group) => {
    const inner = group.trim().slice(1, -1).trim();
    return isPictureReference(inner) || new RegExp(String.raw`^${SHOWN}${WHERE}$`, 'i').test(inner) ? '' : group;
  });
}

/** True when the sentence mentions something only a page can show: a tip with it would point at nothing. */
export function refersElsewhere(sentence: string): boolean {
  return MENTION.test(sentence);
}

/** A caption's label opens the text: "Image: …", "Pictured left: …", "Caption: …", "Credit: …" (not "Figure-4 stretch"). */
export function isCaptionLabel(text: string): boolean {
  return LABEL.test(text.trim().replace(/^[*_]+/, ''));
}
