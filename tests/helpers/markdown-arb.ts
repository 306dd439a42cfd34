// fast-check arbitraries of content folders: 1–3 markdown documents built from fragments (front
// matter valid and broken, headings with stage words, instruction and dosage sentences, lists,
// name-lead items, directives valid and invalid, raw HTML, other scripts, control characters).
import fc from 'fast-check';
import { compile, type CompileResult } from '../../src/pipeline/compile.js';
import { outputNames } from '../../src/write/registry.js';
import { DATASET_YAML } from './compile-text.js';

const WORDS = ['back', 'pelvis', 'gently', 'slowly', 'breathe', 'knees', 'hips', 'chair', 'wall', 'pillow', 'spine',
  'shoulders', 'relax', 'stretch', 'core', 'muscles', 'side', 'floor', 'bump', 'the', 'and', 'your', 'with', 'on', 'to', 'pain'];
const FOREIGN = ['背部', '请坐在椅子上', 'упражнение', 'Сядьте на стул', 'الظهر', 'اجلسي على الكرسي', 'גב', 'שבי על הכיסא', '🙂', '🤰🏽',
  'e\u0301', 'z̷a̷l̷g̷o̷', '“quoted”', '‘single’', 'naïve', 'ﬁt', '\u00a0', 'Ω', '\u200b'];
const INSTRUCTIONS = ['Lie on your side with a pillow between your knees.', 'Breathe out and tighten your tummy muscles.',
  'Stand with your back against a wall.', 'Sit on a firm chair with your feet flat.', 'Slowly lower your knees to one side.',
  'Get on your hands and knees.', 'Stop if you feel pain or dizziness.', 'Keep your back straight.'];
const DOSAGE = ['Repeat 10 times.', 'Hold for 5 seconds.', 'Do 3 sets of 8 to 12 reps.', 'Repeat 5–10 times on each side.',
  'Hold for 30 seconds, twice a day.', 'Do this 2 or 3 times a day.'];
const STAGE_WORDS = ['First trimester', 'Second trimester', 'Third trimester', 'Trimester 2', 'After birth', 'Postpartum',
  'Early pregnancy', 'Late pregnancy', 'Weeks 28 to 40', 'All stages', 'Exercises', 'Safety'];
const BIDI = ['\u202eevas\u202c', 'a\u2066b\u2069c', '\u202b', '\u2067right\u2069'];
const NAMES = ['Cat-cow', 'Pelvic tilt', 'Bridge', 'Child’s pose', 'Side stretch', 'Wall push-up'];
/** Raw HTML (blocks and inline). Headings never get any: known bug, see tests/hostile/raw-html.test.ts. */
const HTML_BLOCKS = ['<script>alert(1)</script>', '<div onclick="steal()">Sit down.</div>', '<iframe src="https://evil.example/"></iframe>',
  '<!-- an ordinary comment -->', '<p>Plain <em>html</em></p>', '<style>body{}</style>', '<a href="javascript:alert(1)">x</a>'];
const INLINE_HTML = ['<span onclick="x()">tap</span>', '<script>alert(1)</script>', '<iframe src="javascript:alert(1)"></iframe>',
  '<b>bold</b>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)" onclick="y()">link</a>'];
const DIRECTIVES = ['exercise', 'advice', 'stages trimester-3', 'stages trimester-1, postpartum', 'allow foreign-language — reviewed by the editor', 'not-exercise']
  .map((d) => `<!-- guidance: ${d} -->`);
const BAD_DIRECTIVES = ['exercize', 'stages trimester-9', 'allow', '', 'exercise extra'].map((d) => `<!-- guidance: ${d} -->`);

/** `arb` once in `every` values, else undefined. */
const sometimes = <T>(arb: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const words = (max: number, extra: readonly string[] = []): fc.Arbitrary<string> => fc.array(fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...FOREIGN) },
  ...(extra.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...extra) }] : []),
), { minLength: 1, maxLength: max }).map((ws) => ws.join(' '));
/** Body sentences may hold bidi controls; headings and titles never do (known bug, see tests/hostile). */
const sentence = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INSTRUCTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...DOSAGE) },
  { weight: 3, arbitrary: words(12, BIDI).map((w) => `${capital(w)}.`) },
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const withInlineHtml = fc.tuple(paragraph, fc.constantFrom(...INLINE_HTML), paragraph).map(([a, h, b]) => `${a} ${h} ${b}`);
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(
  fc.constantFrom(...STAGE_WORDS), words(5).map(capital), fc.tuple(fc.constantFrom(...STAGE_WORDS), words(3)).map(([s, w]) => `${s}: ${w}`), fc.constantFrom(...NAMES),
)).map(([level, text]) => `${'#'.repeat(level)} ${text}`);
const nameLead = fc.tuple(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...INSTRUCTIONS, ...DOSAGE), { minLength: 1, maxLength: 3 }), fc.constantFrom('“N”. ', '**N**: ', 'N: ', '*N* – '))
  .map(([name, steps, lead]) => `${lead.replace('N', name)}${steps.join(' ')}`);
const item = fc.oneof(sentence, paragraph, nameLead, withInlineHtml);
const list = fc.tuple(fc.boolean(), fc.array(fc.tuple(item, fc.option(item, { nil: undefined })), { minLength: 1, maxLength: 6 }))
  .map(([ordered, items]) => items.map(([text, sub], i) => `${ordered ? `${i + 1}.` : '-'} ${text}${sub ? `\n   - ${sub}` : ''}`).join('\n'));
/** A heading (optionally after an exercise directive) over numbered steps: most often an exercise. */
const exerciseSection = fc.tuple(fc.boolean(), fc.integer({ min: 2, max: 4 }), fc.constantFrom(...NAMES),
  fc.array(fc.constantFrom(...INSTRUCTIONS), { minLength: 1, maxLength: 4 }), fc.option(fc.constantFrom(...DOSAGE), { nil: undefined }))
  .map(([directive, level, name, steps, dose]) => `${directive ? '<!-- guidance: exercise -->\n' : ''}${'#'.repeat(level)} ${name}\n\n${[...steps, ...(dose ? [dose] : [])].map((t, i) => `${i + 1}. ${t}`).join('\n')}`);
const block = fc.oneof(
  { weight: 2, arbitrary: heading }, { weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: withInlineHtml },
  { weight: 3, arbitrary: list }, { weight: 3, arbitrary: exerciseSection }, { weight: 2, arbitrary: fc.constantFrom(...DIRECTIVES) },
  { weight: 1, arbitrary: sometimes(fc.constantFrom(...BAD_DIRECTIVES), 4).map((d) => d ?? '') }, { weight: 1, arbitrary: fc.constantFrom(...HTML_BLOCKS) },
  { weight: 1, arbitrary: paragraph.map((p) => `> ${p}`) }, { weight: 1, arbitrary: paragraph.map((p) => `\`\`\`\n${p}\n\`\`\``) },
);

const validFrontMatter = fc.record({
  title: words(6).map(capital),
  language: fc.constantFrom('en', 'en-GB', 'ru'),
  audience: fc.subarray(['pregnancy', 'postpartum'], { minLength: 1 }),
  stages: fc.option(fc.subarray(['trimester-1', 'trimester-2', 'trimester-3', 'postpartum'], { minLength: 1 }), { nil: undefined }),
  id: fc.option(fc.constantFrom('back-care', 'pelvic', 'late-stage'), { nil: undefined }),
}).map((fm) => [`title: ${JSON.stringify(fm.title)}`, `language: ${fm.language}`, `audience: [${fm.audience.join(', ')}]`,
  ...(fm.stages ? [`stages: [${fm.stages.join(', ')}]`] : []), ...(fm.id ? [`id: ${fm.id}`] : [])].join('\n'));
/** Broken front matter. Cyclic aliases are left out: they crash compile (known bug, tests/hostile/yaml.test.ts). */
const brokenFrontMatter = fc.constantFrom('title: [unclosed', 'title: ok\nlanguage: en', 'title: ok\nlanguage: en\naudience: [toddlers]',
  'title: ok\ntitle: dup\nlanguage: en\naudience: [pregnancy]', 'title: 12\nlanguage: en\naudience: [pregnancy]', 'just text',
  'title: ok\nlanguage: en\naudience: [pregnancy]\nid: ../../etc', 'title: ok\nlanguage: en\naudience: [pregnancy]\ncolour: red',
  'a: &a [x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b]\ntitle: ok\nlanguage: en\naudience: [pregnancy]');
const frontMatter = fc.oneof({ weight: 16, arbitrary: validFrontMatter.map((y) => `---\n${y}\n---`) },
  { weight: 2, arbitrary: brokenFrontMatter.map((y) => `---\n${y}\n---`) }, { weight: 1, arbitrary: fc.constant('') });

const text = fc.tuple(frontMatter, fc.array(block, { maxLength: 12 })).map(([fm, blocks]) => [fm, ...blocks].filter(Boolean).join('\n\n') + '\n');

export interface FolderOptions {
  /** Insert a control character (NUL, BOM, tab, bell, bidi…) at any byte offset. Off where a check
   * would misread the result: a character inside `<span onclick…>` turns the tag into plain text. */
  controlsAnywhere: boolean;
}

/** Byte-level damage: line endings, a BOM, an inserted control character or invalid byte. */
const documentBytes = (options: FolderOptions) => fc.tuple(text, fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(),
  options.controlsAnywhere ? sometimes(fc.tuple(fc.constantFrom('\u0000', '\u202e', '\u2066', '\ufeff', '\t', '\u0007', '\u202a', '\u000b'), fc.nat()), 5) : fc.constant(undefined),
  sometimes(fc.tuple(fc.constantFrom(0xff, 0xc0, 0x80), fc.nat()), 25),
).map(([t, eol, bom, control, bad]) => {
  let s = t.replace(/\n/g, eol);
  if (control) s = s.slice(0, control[1] % (s.length + 1)) + control[0] + s.slice(control[1] % (s.length + 1));
  const bytes = new TextEncoder().encode(bom ? `\ufeff${s}` : s);
  if (!bad) return bytes;
  const at = bad[1] % (bytes.length + 1);
  return new Uint8Array([...bytes.subarray(0, at), bad[0], ...bytes.subarray(at)]);
});

export interface GeneratedDocument { path: string; bytes: Uint8Array }

/** 1–3 documents with distinct paths (a few slug to the same id, or to none). */
export function contentFolderArb(options: FolderOptions): fc.Arbitrary<GeneratedDocument[]> {
  return fc.uniqueArray(
    fc.tuple(fc.oneof({ weight: 12, arbitrary: fc.constantFrom('a.md', 'b.md', 'back-care.md', 'c.markdown') },
      { weight: 1, arbitrary: fc.constantFrom('ubung.md', 'Übung.md', 'упражнения.md') }), documentBytes(options)),
    { minLength: 1, maxLength: 3, selector: ([path]) => path },
  ).map((docs) => docs.map(([path, bytes]) => ({ path: `content/${path}`, bytes })));
}

export const contentFolder = contentFolderArb({ controlsAnywhere: true });

/**
 * Output groups the properties compile: every registered one but the PDF handouts, which take
 * ~100× longer per compile (the suite's time budget) and throw UncoveredCharacterError on any
 * character Noto Sans lacks (CJK, Arabic, Hebrew: reported, not pinned while the writer is new).
 */
export const PROPERTY_OUTPUTS = outputNames().filter((name) => name !== 'pdf');

export function compileFolder(documents: readonly GeneratedDocument[], rules: Array<{ path: string; bytes: Uint8Array }> = []): Promise<CompileResult> {
  return compile({
    contentDir: 'content',
    documents: [...documents],
    datasetConfig: { path: 'content/dataset.yaml', bytes: new TextEncoder().encode(DATASET_YAML) },
    rules,
  }, { outputs: PROPERTY_OUTPUTS });
}

/** Lines of a document as an editor counts them (LF, CRLF or lone CR; a leading BOM ignored). */
export function lineCount(bytes: Uint8Array): number {
  return new TextDecoder('utf-8').decode(bytes).split(/\r\n|\r|\n/).length;
}

/** Output files as text: UTF-8, PDFs (binary) as latin1. */
export function outputTexts(result: CompileResult): Array<[string, string]> {
  return result.outputs.map((f) => [f.path, Buffer.from(f.data).toString(f.path.endsWith('.pdf') ? 'latin1' : 'utf8')]);
}
