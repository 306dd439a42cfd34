/**
 * Units grouped by comparison class and normalised text: units whose class (headings /
 * everything else) and `normalizeForComparison` text agree are exact duplicates and form one
 * group. Each distinct raw text of a class is normalised once (repeats are looked up by the raw
 * text), and each group's token sets are built once.
 */
import { normalizeForComparison } from './normalize.js';
import { numberTokens } from './similarity.js';
import { allWordTokens, contentTokens, TokenMemo } from './tokens.js';
import type { DedupeUnit } from './types.js';

export type ComparisonClass = 'heading' | 'body';

/** Units with the same class and normalised text. */
export interface Group {
  readonly cls: ComparisonClass;
  /** Token set the similarity is computed on. */
  readonly tokens: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  readonly eligible: boolean;
  /** Position (in reading order) of the first kept unit of the group. */
  firstKept: number | undefined;
}

export interface Grouping {
  readonly groups: Group[];
  /** Per unit (in the order given), its group, or −1 when its text normalises to nothing. */
  readonly groupOfUnit: Int32Array;
}

export function classOf(unit: DedupeUnit): ComparisonClass {
  return unit.kind === 'heading' ? 'heading' : 'body';
}

function buildGroup(cls: ComparisonClass, normalized: string, minContentTokens: number, memo: TokenMemo): Group {
  const content = new Set(contentTokens(normalized, memo));
  return {
    cls,
    tokens: cls === 'heading' ? new Set(allWordTokens(normalized, memo)) : content,
    numbers: numberTokens(content),
    eligible: content.size >= minContentTokens,
    firstKept: undefined,
  };
}

/** One class's lookups: raw text → group, normalised text → group. */
interface ClassIndex {
  readonly byText: Map<string, number>;
  readonly byNormalized: Map<string, number>;
}

/** Groups of `units` (already in reading order), numbered in order of first appearance. */
export function groupUnits(units: readonly DedupeUnit[], minContentTokens: number): Grouping {
  const groups: Group[] = [];
  const groupOfUnit = new Int32Array(units.length);
  const heading: ClassIndex = { byText: new Map(), byNormalized: new Map() };
  const body: ClassIndex = { byText: new Map(), byNormalized: new Map() };
  const memo = new TokenMemo();
  units.forEach((unit, position) => {
    const cls = classOf(unit);
    const index = cls === 'heading' ? heading : body;
    let group = index.byText.get(unit.text);
    if (group === undefined) {
      const normalized = normalizeForComparison(unit.text);
      if (normalized === '') group = -1; // nothing to compare
      else {
        group = index.byNormalized.get(normalized);
        if (group === undefined) {
          group = groups.length;
          index.byNormalized.set(normalized, group);
          groups.push(buildGroup(cls, normalized, minContentTokens, memo));
        }
      }
      index.byText.set(unit.text, group);
    }
    groupOfUnit[position] = group;
  });
  return { groups, groupOfUnit };
}
