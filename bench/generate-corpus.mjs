// A seeded, deterministic corpus in the authoring format: N documents recombined from the
// sections of content/*.md, perturbed, with planted exact and near duplicates across documents
// and flag-triggering sentences. Same seed and N, same bytes.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FLAG_SENTENCES = [
  'Hold your breath for a few seconds at the top.',
  'A hot yoga class is a great way to loosen up.',
  'Push through the pain, it means the exercise is working.',
  'Lie on your back and lift your hips slowly.',
  'These stretches are completely safe for everyone.',
  'Try to bend forward as much as possible.',
  'This exercise eliminates back pain for good.',
];
const STAGE_HEADINGS = ['In the first trimester', 'Second trimester', 'Third trimester', 'After childbirth', 'Warm up', 'Stretches'];

/** The sections of the real content: a heading line and the blocks under it. */
function sourceSections(contentDir) {
  const sections = [];
  for (const name of readdirSync(contentDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const body = readFileSync(join(contentDir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    let current = { heading: '## Introduction', blocks: [] };
    for (const block of body.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)) {
      if (/^#{1,6} /.test(block)) {
        if (current.blocks.length) sections.push(current);
        current = { heading: block.replace(/^#+/, '##'), blocks: [] };
      } else {
        current.blocks.push(block);
      }
    }
    if (current.blocks.length) sections.push(current);
  }
  return sections;
}

function perturb(text, random) {
  const words = text.split(' ');
  if (words.length < 6) return text;
  const i = 1 + Math.floor(random() * (words.length - 3));
  [words[i], words[i + 1]] = [words[i + 1], words[i]];
  return words.join(' ');
}

export function generateCorpus({ count, dir, seed = 42, contentDir }) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sections = sourceSections(contentDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'rules'), { recursive: true });
  copyFileSync(join(contentDir, 'dataset.yaml'), join(dir, 'dataset.yaml'));
  for (const rule of readdirSync(join(contentDir, 'rules'))) copyFileSync(join(contentDir, 'rules', rule), join(dir, 'rules', rule));
  // The house safety documents come along as a real content folder has them: the SMS schedule
  // needs their warning signs for every stage.
  cpSync(join(contentDir, 'house'), join(dir, 'house'), { recursive: true });
  const planted = [];
  let bytes = 0;
  for (let n = 0; n < count; n += 1) {
    const audience = random() < 0.7 ? 'pregnancy' : 'postpartum';
    const parts = [`---\ntitle: "Generated guidance ${n}"\nlanguage: en\naudience: [${audience}]\n---\n`];
    const sectionCount = 4 + Math.floor(random() * 6);
    for (let s = 0; s < sectionCount; s += 1) {
      const section = pick(sections);
      if (random() < 0.3) parts.push(`## ${pick(STAGE_HEADINGS)}`);
      parts.push(random() < 0.5 ? section.heading.replace(/^## (?!\d)/, `## ${n}-${s} `) : section.heading);
      for (const block of section.blocks) {
        const r = random();
        if (r < 0.15 && !/^(?:\d+\.|-) /m.test(block)) parts.push(perturb(block, random));
        else parts.push(block);
      }
      if (random() < 0.3) parts.push(pick(FLAG_SENTENCES));
      if (planted.length > 0 && random() < 0.2) parts.push(pick(planted));
      if (planted.length > 0 && random() < 0.1) parts.push(perturb(pick(planted), random));
    }
    const unique = `Document ${n} reminds you to drink water, rest on your side and walk ${1 + (n % 9)} times a week with a friend named ${n.toString(36)}.`;
    parts.push(unique);
    if (planted.length < 200) planted.push(unique);
    const text = `${parts.join('\n\n')}\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `doc-${String(n).padStart(5, '0')}.md`), text);
  }
  return { count, bytes };
}
