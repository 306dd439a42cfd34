// The house safety documents (content/house): marked `kind: house` with the guidelines they are
// written from, in plain words (Flesch–Kincaid grade 8 or below, syllables counted by the
// `syllable` package), cited by name and year, and free of any unresolved flag.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitSentences } from '../../src/language/split-sentences.js';
import { compileRealContent, ROOT } from '../helpers/real-content.js';

const DIR = join(ROOT, 'content', 'house');
const documents = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();

/** Flesch–Kincaid grade of a text: list items and headings count as sentences. */
function readingGrade(text: string): number {
  const sentences = text.split('\n').map((line) => line.replace(/^\s*(?:#+|-|\d+\.)\s*/, '').trim()).filter(Boolean)
    .flatMap((line) => splitSentences(line).map((s) => s.text));
  const words = sentences.flatMap((s) => s.match(/[\p{L}\p{N}'’-]+/gu) ?? []);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
}

function bodyOf(file: string): { front: Record<string, unknown>; body: string } {
  const text = readFileSync(join(DIR, file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { front: parse(front) as Record<string, unknown>, body };
}

describe('house safety documents', () => {
  it('exist for both audiences, marked house, citing guidelines with their year', () => {
    const audiences = new Set<string>();
    expect(documents.length).toBeGreaterThanOrEqual(2);
    for (const file of documents) {
      const { front, body } = bodyOf(file);
      expect(front['kind'], file).toBe('house');
      for (const audience of front['audience'] as string[]) audiences.add(audience);
      const cites = front['cites'] as string[];
      expect(cites.length, file).toBeGreaterThan(0);
      for (const cite of cites) expect(cite, file).toMatch(/\((?:19|20)\d\d\)/);
      expect(body, file).toMatch(/\((?:[A-Z][\w/ ,.]*?)?(?:19|20)\d\d\)/);
    }
    expect([...audiences].sort()).toEqual(['postpartum', 'pregnancy']);
  });

  it('read at grade 8 or below', () => {
    expect(readingGrade('The physiological adaptations associated with gestation necessitate individualised consideration of contraindications.')).toBeGreaterThan(12);
    for (const file of documents) {
      const grade = readingGrade(bodyOf(file).body);
      expect(grade, `${file}: grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(8);
    }
  });

  it('compile to published advice with no unresolved warning or error flag', async () => {
    const result = await compileRealContent();
    const house = result.dataset!.advice.filter((a) => a.source.file.startsWith('house/'));
    expect(new Set(house.map((a) => a.topic))).toEqual(new Set(['warning-signs', 'contraindications', 'general-rules', 'when-to-exercise']));
    for (const record of house) {
      expect(record.status, record.id).toBe('published');
      expect(record.flags.filter((f) => !f.resolution && f.severity !== 'info'), record.id).toEqual([]);
    }
  });
});
