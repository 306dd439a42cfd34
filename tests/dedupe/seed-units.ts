/**
 * Test helper: the seed articles (../shared/seeds beside the repository) cut into units, the
 * simple way the brief asks for: blocks split on blank lines, each block split into sentences on
 * /(?<=[.!?])\s+/. A one-line block without final punctuation and of at most 12 words is a
 * heading (all its pieces get kind 'heading'); everything else is a 'sentence'.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DedupeUnit } from '../../src/dedupe/index.js';

/** Absolute path of the seeds folder: ../shared/seeds relative to the repository root. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** Whether the seed articles are present (they live outside the repository). */
export function haveSeeds(): boolean {
  return existsSync(SEEDS_DIR) && readdirSync(SEEDS_DIR).some((f) => f.endsWith('.txt'));
}

function isHeading(block: string): boolean {
  return !block.includes('\n') && !/[.!?:;,]$/u.test(block) && block.split(/\s+/u).length <= 12;
}

/** Every sentence of every seed, in reading order (files by name), ids like "003#12". */
export function loadSeedUnits(): DedupeUnit[] {
  const units: DedupeUnit[] = [];
  const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const text = readFileSync(`${SEEDS_DIR}${file}`, 'utf8');
    let k = 0;
    for (const raw of text.split(/\n\s*\n/u)) {
      const block = raw.trim();
      if (block === '') continue;
      const kind = isHeading(block) ? 'heading' : 'sentence';
      for (const piece of block.split(/(?<=[.!?])\s+/u)) {
        const sentence = piece.trim();
        if (sentence === '') continue;
        units.push({ id: `${file.slice(0, 3)}#${k}`, text: sentence, kind, order: units.length });
        k += 1;
      }
    }
  }
  return units;
}
