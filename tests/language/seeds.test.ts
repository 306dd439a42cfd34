/**
 * The scraped seed texts: every Chinese and Russian fragment is found at the right offsets, and
 * no English sentence of any seed is flagged (the false-positive guard for the trigram check).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findForeignSpans, MIN_TRIGRAM_LETTERS, splitSentences } from '../../src/language/index.js';
import type { ForeignSpan } from '../../src/language/index.js';

const repoRoot = new URL('../../', import.meta.url);
const seedsDir = fileURLToPath(new URL('../shared/seeds/', repoRoot));
const haveSeeds = existsSync(seedsDir) && readdirSync(seedsDir).some((f) => f.endsWith('.txt'));
const SKIP_REASON = `seed texts not found at ${seedsDir}`;

interface Located extends ForeignSpan {
  file: string;
}

/** Load every seed, split it into lines (blocks) and sentences, and check each sentence. */
function scanSeeds(language: string): { spans: Located[]; sentences: Array<{ file: string; text: string }>; texts: Map<string, string> } {
  const spans: Located[] = [];
  const sentences: Array<{ file: string; text: string }> = [];
  const texts = new Map<string, string>();
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(`${seedsDir}${file}`, 'utf8');
    texts.set(file, text);
    let lineStart = 0;
    for (const line of text.split('\n')) {
      for (const sentence of splitSentences(line)) {
        sentences.push({ file, text: sentence.text });
        const offset = lineStart + sentence.start;
        for (const span of findForeignSpans(sentence.text, language)) {
          spans.push({ ...span, file, start: span.start + offset, end: span.end + offset });
        }
      }
      lineStart += line.length + 1;
    }
  }
  return { spans, sentences, texts };
}

const CHINESE_004 = [
  '会对肌腱,韧带和关节造成更大的负担。',
  '激素因素和体内的重量增加可以改变您的重心。',
  '这甚至可以影响脊柱的对齐。',
  '让您的伴侣拍一张您站在空白墙旁边的照片。',
  '看图片,观察您的站立方式。',
  '你的肩膀向前滚吗',
  '你的头直接戴在肩膀上吗',
  '您的下背部有过多的拱门吗',
  '创造的关键',
  '高高坐起来,轻轻地将头倾斜到侧面,用手帮助。',
  '继续直到感觉到脖子侧面并保持该位置30秒钟。',
  '现在,向前倾斜头,然后用手在头部背面抬起头,以帮助。',
  '您应该感觉到从脖子的后部伸展到头骨的底部。',
  '减少肌肉疼痛、关节痛',
  '在墙壁和肩blade骨的内边缘之间滑动球。',
];
const RUSSIAN_002 = Array(3).fill('Восстанавливаем спину и формируем осанку') as string[];

describe('seed texts', () => {
  it('finds exactly the Chinese and Russian fragments, with file offsets that slice to them', (ctx) => {
    ctx.skip(!haveSeeds, SKIP_REASON);
    const { spans, texts } = scanSeeds('en');
    for (const span of spans) {
      expect(texts.get(span.file)?.slice(span.start, span.end)).toBe(span.text);
      expect(span.method).toBe('script');
    }
    const byFile = (prefix: string): string[] =>
      spans.filter((s) => s.file.startsWith(prefix)).map((s) => s.text);
    expect(byFile('004')).toEqual(CHINESE_004);
    expect(spans.filter((s) => s.file.startsWith('004')).every((s) => s.detected === 'Han')).toBe(true);
    expect(byFile('002')).toEqual(RUSSIAN_002);
    expect(spans.filter((s) => s.file.startsWith('002')).every((s) => s.detected === 'Cyrillic')).toBe(true);
    expect(spans.filter((s) => !/^00[24]/u.test(s.file))).toEqual([]);
  });

  it('covers every Han and Cyrillic character of every seed', (ctx) => {
    ctx.skip(!haveSeeds, SKIP_REASON);
    const { spans, texts } = scanSeeds('en');
    for (const [file, text] of texts) {
      for (const match of text.matchAll(/[\p{sc=Han}\p{sc=Cyrillic}]/gu)) {
        const at = match.index;
        const covered = spans.some((s) => s.file === file && s.start <= at && at < s.end);
        expect(covered, `${file}@${at} ${match[0]}`).toBe(true);
      }
    }
  });

  it('flags nothing in any English sentence of the five seeds', (ctx) => {
    ctx.skip(!haveSeeds, SKIP_REASON);
    const { sentences } = scanSeeds('en');
    const english = sentences.filter((s) => !/[^\p{sc=Latin}\p{sc=Common}\p{sc=Inherited}]/u.test(s.text));
    const flagged = english.filter((s) => findForeignSpans(s.text, 'en-GB').length > 0);
    expect(flagged).toEqual([]);
    // The guard only means something if many sentences were long enough for the trigram check.
    const long = english.filter((s) => (s.text.match(/\p{sc=Latin}/gu) ?? []).length >= MIN_TRIGRAM_LETTERS);
    expect(long.length).toBeGreaterThan(250);
  });

  it('flags no English line of the seeds when whole lines are checked as blocks', (ctx) => {
    ctx.skip(!haveSeeds, SKIP_REASON);
    const { texts } = scanSeeds('en');
    for (const text of texts.values()) {
      for (const line of text.split('\n')) {
        const trigram = findForeignSpans(line, 'en').filter((s) => s.method === 'trigram');
        expect(trigram, line).toEqual([]);
      }
    }
  });

  it('gives exactly the Chinese span for the sentence that switches from English to Chinese', (ctx) => {
    ctx.skip(!haveSeeds, SKIP_REASON);
    const { texts } = scanSeeds('en');
    const seed = [...texts.entries()].find(([file]) => file.startsWith('004'))?.[1] ?? '';
    const paragraph = seed.split('\n').find((l) => l.includes('percent 会')) ?? '';
    const sentence = splitSentences(paragraph)[1];
    expect(sentence?.text).toBe('Body weight increases of an average of 15 to 25 percent 会对肌腱,韧带和关节造成更大的负担。');
    const text = sentence?.text ?? '';
    expect(findForeignSpans(text, 'en')).toEqual([
      {
        start: text.indexOf('会'),
        end: text.length,
        text: '会对肌腱,韧带和关节造成更大的负担。',
        detected: 'Han',
        method: 'script',
      },
    ]);
  });
});
