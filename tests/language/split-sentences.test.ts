import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/language/index.js';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on ". ", "? " and "! "', () => {
    expect(texts('Stand up straight. Breathe in? Yes! Breathe out.')).toEqual([
      'Stand up straight.',
      'Breathe in?',
      'Yes!',
      'Breathe out.',
    ]);
  });

  it('keeps semicolons and colons inside the sentence', () => {
    expect(texts('Keep your back straight; breathe out slowly: then relax. Rest.')).toEqual([
      'Keep your back straight; breathe out slowly: then relax.',
      'Rest.',
    ]);
  });

  it('splits after CJK full stops, including closing brackets, without needing a space', () => {
    expect(texts('负担。激素因素！这甚至？「好。」结束')).toEqual([
      '负担。',
      '激素因素！',
      '这甚至？',
      '「好。」',
      '结束',
    ]);
  });

  it('splits when an ASCII terminator runs straight into CJK text', () => {
    expect(texts('你的肩膀向前滚吗?你的头直接戴在肩膀上吗?')).toEqual([
      '你的肩膀向前滚吗?',
      '你的头直接戴在肩膀上吗?',
    ]);
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(texts('She said “stop now.” Then rest. Try the ‘cat’. Done.')).toEqual([
      'She said “stop now.”',
      'Then rest.',
      'Try the ‘cat’.',
      'Done.',
    ]);
    expect(texts('Take the "fetal pose." Then stretch.')).toEqual(['Take the "fetal pose."', 'Then stretch.']);
  });

  it('does not split after abbreviations', () => {
    expect(texts('Use a prop, e.g. A cushion. Ask Dr. Smith first. That is, i.e. Gently.')).toEqual([
      'Use a prop, e.g. A cushion.',
      'Ask Dr. Smith first.',
      'That is, i.e. Gently.',
    ]);
    expect(texts('Mats, balls etc. are fine. Bands etc. Then rest.')).toEqual([
      'Mats, balls etc. are fine.',
      'Bands etc.',
      'Then rest.',
    ]);
  });

  it('does not split decimal numbers', () => {
    expect(texts('Hold for 1.5 minutes. Rest 0.5 min between sets.')).toEqual([
      'Hold for 1.5 minutes.',
      'Rest 0.5 min between sets.',
    ]);
  });

  it('does not split after a bare number (numbered lead-ins and list markers)', () => {
    expect(texts('Exercise 1. Pelvic Tilt Against the Wall')).toEqual(['Exercise 1. Pelvic Tilt Against the Wall']);
    expect(texts('1. Improve posture')).toEqual(['1. Improve posture']);
    expect(texts('Exercise 2. ‘Shoulder Circles’ + Neck Lengthening. Sit tall.')).toEqual([
      'Exercise 2. ‘Shoulder Circles’ + Neck Lengthening.',
      'Sit tall.',
    ]);
  });

  it('does not split before a lower-case word or inside an ellipsis run', () => {
    expect(texts('Wait... then breathe. Go?! Now.')).toEqual(['Wait... then breathe.', 'Go?!', 'Now.']);
    expect(texts('Approx. ten times, vs. twenty. Rest.')).toEqual(['Approx. ten times, vs. twenty.', 'Rest.']);
  });

  it('treats a blank line as a boundary but not a single newline', () => {
    expect(texts('Warm up\n\nWalk around the room\nfor a few minutes.')).toEqual([
      'Warm up',
      'Walk around the room\nfor a few minutes.',
    ]);
  });

  it('returns trimmed sentences whose offsets slice the input', () => {
    const input = '  First one.   Second one?\n\n  Third 。第四。 ';
    const sentences = splitSentences(input);
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second one?', 'Third 。', '第四。']);
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives [] for empty and whitespace-only input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\n ')).toEqual([]);
  });
});
