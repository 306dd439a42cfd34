/**
 * English stop words: function words that carry no topic, so two sentences sharing only these
 * are not alike. Based on the common NLTK/Snowball list, plus a few modal and filler words that
 * the seed articles use everywhere (can, also, may, just, something).
 */
const WORDS = `
a about above after again against all also am an and any are as at
be because been before being below between both but by
can could
did do does doing down during
each either even ever every
few for from further
get gets got
had has have having he her here hers herself him himself his how
i if in into is it it's its itself
just
let like
may me might more most much must my myself
now
of off on once one only or other our ours ourselves out over own
per
quite
rather
same she should so some something such
than that the their theirs them themselves then there these they this those through to too
under until up upon us
very via
was we were what when where whether which while who whom whose why will with
within would
yet you your yours yourself yourselves
`;

/**
 * Stop words in normalised form (apostrophes dropped, as `normalizeForComparison` does: "it's"
 * is stored as "its"). Negations (not, no, without, don't…) are deliberately absent: they are
 * content, folded to one token in tokens.ts.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => w.replace(/'/g, '')),
);

/** Whether a normalised token is a stop word. */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}
