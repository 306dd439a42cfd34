// Base forms of the verbs that instruct a body movement or set-up. wink-nlp tags some of them as
// nouns at the start of a sentence ("Kneel", "Repeat", "Bridge"), so the lemma is checked here
// whatever the tag; a verb missing from this list is still read as an imperative when wink tags
// it VERB, but it does not count as a movement (it may be "wear", "call", "eat").
export const MOVEMENT_VERBS: ReadonlySet<string> = new Set([
  'alternate', 'arch', 'bend', 'brace', 'breathe', 'bridge', 'bring', 'circle', 'clasp', 'clench', 'close', 'continue',
  'contract', 'count', 'crawl', 'cross', 'curl', 'curve', 'dip', 'do', 'draw', 'drop', 'elongate', 'engage', 'exhale',
  'extend', 'flatten', 'flex', 'float', 'fold', 'grab', 'grasp', 'gaze', 'hinge', 'hold', 'hollow', 'hug', 'imagine',
  'inhale', 'interlace', 'keep', 'kick', 'kneel', 'lean', 'lengthen', 'let', 'lie', 'lift', 'look', 'lower', 'lunge',
  'maintain', 'make', 'march', 'move', 'nod', 'open', 'pause', 'perform', 'place', 'point', 'position', 'press', 'pull',
  'push', 'put', 'raise', 'reach', 'relax', 'release', 'repeat', 'rest', 'return', 'rock', 'roll', 'rotate', 'round',
  'sag', 'shift', 'shrug', 'sink', 'sit', 'slide', 'slump', 'spread', 'squat', 'squeeze', 'stand', 'stay', 'step',
  'straighten', 'stretch', 'swap', 'sway', 'swing', 'switch', 'take', 'tap', 'tense', 'tighten', 'tilt', 'tip',
  'tuck', 'turn', 'twist', 'uncurl', 'walk', 'wrap', 'pay', 'ensure', 'rise', 'sweep', 'touch', 'face', 'support',
  'allow', 'cup', 'bounce', 'wiggle', 'stride', 'clap', 'shake', 'pedal', 'glide', 'reverse', 'change', 'slip',
  // Common in translated handouts: "elevate the hips", "incline the trunk", "descend slowly".
  'elevate', 'incline', 'descend', 'ascend', 'abduct', 'adduct', 'activate', 'retract', 'hover', 'pulse',
]);
