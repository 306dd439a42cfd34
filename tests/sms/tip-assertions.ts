// Assertions shared by the tip tests.
import { expect } from 'vitest';
import { isGsm7, septetLength } from '../../src/sms/gsm7.js';
import type { TipSet } from '../../src/sms/tip-types.js';

/** Every tip is GSM-7, within its budget, and consistent with its own fields. */
export function expectWithinBudget(set: TipSet, segments: number): void {
  for (const tip of set.tips) {
    expect(isGsm7(tip.text), tip.text).toBe(true);
    expect(tip.text).not.toMatch(/[\r\n]/);
    expect(tip.septets).toBe(septetLength(tip.text));
    expect(tip.segments).toBe(tip.parts.length);
    expect(tip.parts.length).toBeLessThanOrEqual(segments);
    if (tip.parts.length === 1) {
      expect(tip.parts[0]).toBe(tip.text);
      expect(tip.septets).toBeLessThanOrEqual(160);
    } else {
      tip.parts.forEach((part, i) => {
        expect(part.startsWith(`(${i + 1}/${tip.parts.length}) `)).toBe(true);
        expect(isGsm7(part)).toBe(true);
        expect(septetLength(part)).toBeLessThanOrEqual(153);
      });
    }
    expect(tip.text).toMatch(/[.!?]["')]*$/);
  }
}
