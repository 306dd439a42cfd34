// Dosage in plain words, from the ranges the normaliser read out of the source's dosage text:
// { repetitions 8–12, sets 1–2 } → "8–12 times, 1–2 sets"; { holdSeconds 15–20, perSide } →
// "Hold 15–20 seconds each side". Pure.
import type { Dosage, Range } from '../model/types.js';

const DASH = '\u2013';

/** `8–12`, or `8` when min equals max. */
export function rangeText(range: Range): string {
  return range.min === range.max ? `${range.min}` : `${range.min}${DASH}${range.max}`;
}

function counted(range: Range, one: string, many: string): string {
  return `${rangeText(range)} ${range.min === 1 && range.max === 1 ? one : many}`;
}

/** Seconds as seconds, or as minutes when both ends are whole minutes. */
export function durationText(range: Range): string {
  if (range.min % 60 === 0 && range.max % 60 === 0 && range.min > 0) {
    return counted({ min: range.min / 60, max: range.max / 60 }, 'minute', 'minutes');
  }
  return counted(range, 'second', 'seconds');
}

/** How often: "once", "twice", "3–4 times". */
function frequency(range: Range): string {
  if (range.min === range.max && range.min === 1) return 'once';
  if (range.min === range.max && range.min === 2) return 'twice';
  return counted(range, 'time', 'times');
}

/**
 * The dosage in plain words, or undefined when the source states no amount we can read. The
 * parts follow one order: amount (repeats, hold, breaths), duration, sets, how often.
 */
export function dosageWords(dosage: Dosage | undefined): string | undefined {
  if (!dosage) return undefined;
  const parts: string[] = [];
  // A count done forwards and then backwards is a count per direction, never a total.
  const side = dosage.perSide ? ' each side' : dosage.perDirection ? ' each direction' : '';
  let sideUsed = false;
  const withSide = (text: string): string => {
    if (sideUsed || !side) return text;
    sideUsed = true;
    return `${text}${side}`;
  };
  if (dosage.repetitions) parts.push(withSide(counted(dosage.repetitions, 'time', 'times')));
  if (dosage.holdSeconds) parts.push(withSide(`hold ${durationText(dosage.holdSeconds)}`));
  if (dosage.breathCycles) parts.push(withSide(`${counted(dosage.breathCycles, 'slow breath', 'slow breaths')}`));
  if (dosage.durationSeconds) parts.push(withSide(durationText(dosage.durationSeconds)));
  if (dosage.sets) parts.push(counted(dosage.sets, 'set', 'sets'));
  if (dosage.timesPerDay) parts.push(`${frequency(dosage.timesPerDay)} a day`);
  if (dosage.timesPerWeek) parts.push(`${frequency(dosage.timesPerWeek)} a week`);
  if (parts.length === 0) return undefined;
  if (side && !sideUsed) parts[0] = `${parts[0]}${side}`;
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
