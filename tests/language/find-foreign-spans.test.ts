import { describe, expect, it } from 'vitest';
import { findForeignSpans, languageOf } from '../../src/language/index.js';

const FOREIGN_IN_ENGLISH: ReadonlyArray<readonly [string, string]> = [
  ['spa', 'Acuéstese de lado y respire profundamente durante cinco minutos.'],
  ['spa', 'Si siente dolor o mareo, deje de hacer el ejercicio y consulte a su médico.'],
  ['spa', 'Coloque una almohada entre las rodillas para aliviar la presión en la cadera.'],
  ['fra', 'Allongez-vous sur le côté et respirez profondément pendant cinq minutes.'],
  ['fra', "Si vous ressentez une douleur, arrêtez l'exercice et consultez votre médecin."],
  ['fra', 'Placez un coussin entre vos genoux pour soulager la pression sur les hanches.'],
  ['vie', 'Nằm nghiêng sang một bên và hít thở sâu trong khoảng năm phút.'],
  ['vie', 'Nếu bạn cảm thấy đau hoặc chóng mặt, hãy ngừng tập và hỏi ý kiến bác sĩ.'],
  ['vie', 'Trong thời kỳ mang thai, đau lưng dưới là điều rất thường gặp.'],
  ['por', 'Deite-se de lado e respire profundamente durante cinco minutos.'],
  ['por', 'Mantenha as costas retas e apoie as mãos nas coxas sem fazer força.'],
  ['por', 'Durante a gravidez é comum sentir dores na parte inferior das costas.'],
  ['deu', 'Legen Sie sich auf die Seite und atmen Sie fünf Minuten lang tief durch.'],
  ['deu', 'Wenn Sie Schmerzen spüren, brechen Sie die Übung ab und sprechen Sie mit Ihrer Ärztin.'],
  ['deu', 'In der Schwangerschaft sind Rückenschmerzen im unteren Rücken sehr häufig.'],
  ['nld', 'Als je pijn voelt, stop dan met de oefening en overleg met je verloskundige.'],
  ['swh', 'Ukihisi maumivu au kizunguzungu, acha zoezi na umwone daktari wako.'],
];

const ENGLISH = [
  'Lie on your side and breathe deeply for five minutes.',
  'If you feel pain or dizziness, stop the exercise and consult your doctor.',
  'Keep your back straight and rest your hands on your thighs without pushing.',
];

describe('findForeignSpans: trigram detection in Latin-script documents', () => {
  it.each(FOREIGN_IN_ENGLISH)('flags %s in an English document: %s', (code, sentence) => {
    const spans = findForeignSpans(sentence, 'en');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: 0, end: sentence.length, text: sentence, detected: code, method: 'trigram' });
    expect(spans[0]?.confidence).toBeGreaterThan(0.1);
    expect(spans[0]?.confidence).toBeLessThanOrEqual(1);
  });

  it('flags only the foreign sentence of a block, with offsets into the block', () => {
    const block = 'Lie on your side. Acuéstese de lado y respire profundamente durante cinco minutos. Then rest.';
    const spans = findForeignSpans(block, 'en-GB');
    expect(spans).toHaveLength(1);
    const span = spans[0];
    expect(span?.detected).toBe('spa');
    expect(block.slice(span?.start, span?.end)).toBe('Acuéstese de lado y respire profundamente durante cinco minutos.');
  });

  it.each(ENGLISH)('flags an English sentence in a Spanish document: %s', (sentence) => {
    expect(findForeignSpans(sentence, 'es')).toMatchObject([
      { start: 0, end: sentence.length, detected: 'eng', method: 'trigram' },
    ]);
  });

  it('does not flag a sentence in the declared language', () => {
    for (const [code, sentence] of FOREIGN_IN_ENGLISH) {
      const tag = { spa: 'es', fra: 'fr', vie: 'vi', por: 'pt-BR', deu: 'de', nld: 'nl', swh: 'sw' }[code] ?? '';
      expect(findForeignSpans(sentence, tag), `${tag}: ${sentence}`).toEqual([]);
    }
    for (const sentence of ENGLISH) expect(findForeignSpans(sentence, 'en-US')).toEqual([]);
  });

  it('does not trigram-check short Latin fragments', () => {
    for (const fragment of ['Respire profundamente.', 'Atmen Sie tief durch.', 'Respirez lentement, sans forcer.']) {
      expect(findForeignSpans(fragment, 'en')).toEqual([]);
    }
  });

  it('flags short fragments by telltale letters: Vietnamese tone letters, Spanish ¿ ¡', () => {
    expect(findForeignSpans('Hít thở sâu.', 'en')).toEqual([{ start: 0, end: 12, text: 'Hít thở sâu.', detected: 'vie', method: 'script' }]);
    expect(findForeignSpans('¿Le duele?', 'en').map((s) => s.detected)).toEqual(['spa']);
    expect(findForeignSpans('Hít thở sâu.', 'vi')).toEqual([]);
    expect(findForeignSpans('A café, a naïve façade and a jalapeño.', 'en')).toEqual([]);
  });
});

describe('findForeignSpans: script detection', () => {
  it('does not flag Russian in a Russian document, but flags English there', () => {
    const russian = 'Восстанавливаем спину и формируем осанку. Лягте на бок и глубоко дышите в течение пяти минут.';
    expect(findForeignSpans(russian, 'ru')).toEqual([]);
    const mixed = 'Восстанавливаем спину и формируем осанку. Lie on your side and breathe deeply.';
    expect(findForeignSpans(mixed, 'ru')).toEqual([
      {
        start: mixed.indexOf('Lie'),
        end: mixed.length - 1,
        text: 'Lie on your side and breathe deeply',
        detected: 'Latin',
        method: 'script',
      },
    ]);
  });

  it('flags Ukrainian in a Russian document by trigram', () => {
    const ukrainian = 'Якщо ви відчуваєте біль або запаморочення, припиніть вправу і зверніться до лікаря.';
    expect(findForeignSpans(ukrainian, 'ru')).toMatchObject([{ detected: 'ukr', method: 'trigram', start: 0 }]);
    expect(findForeignSpans(ukrainian, 'uk')).toEqual([]);
  });

  it('flags Latin leftovers in a Chinese document and tolerates acronyms and units', () => {
    const text = '创造的关键ing balance在于拉伸。使用DNA检测和5 cm的垫子。';
    expect(findForeignSpans(text, 'zh-Hans')).toEqual([
      { start: 5, end: 16, text: 'ing balance', detected: 'Latin', method: 'script' },
    ]);
  });

  it('keeps a Chinese sentence with a fused English word as one span', () => {
    const text = 'Then 在墙壁和肩blade骨的内边缘之间滑动球。 Repeat.';
    expect(findForeignSpans(text, 'en').map((s) => s.text)).toEqual(['在墙壁和肩blade骨的内边缘之间滑动球。']);
  });

  it('merges a whole Chinese passage across its punctuation', () => {
    const text = 'Body weight increases by 15 percent 会对肌腱,韧带造成负担。激素因素可以改变您的重心。';
    expect(findForeignSpans(text, 'en').map((s) => s.text)).toEqual(['会对肌腱,韧带造成负担。激素因素可以改变您的重心。']);
  });

  it.each([
    ['Breathe in. 横になって深呼吸をしてください。', 'Hiragana', '横になって深呼吸をしてください。'],
    ['Rest. 옆으로 누워 숨을 쉬세요.', 'Hangul', '옆으로 누워 숨을 쉬세요'],
    ['Rest. استلقي على جانبك.', 'Arabic', 'استلقي على جانبك'],
    ['Rest. करवट लेकर लेटें', 'Devanagari', 'करवट लेकर लेटें'],
    ['Rest. นอนตะแคง', 'Thai', 'นอนตะแคง'],
    ['Rest. שכבי על הצד', 'Hebrew', 'שכבי על הצד'],
    ['Rest. Ξαπλώστε στο πλάι', 'Greek', 'Ξαπλώστε στο πλάι'],
    ['Rest. በጎንዎ ይተኛሉ', 'Ethiopic', 'በጎንዎ ይተኛሉ'],
  ])('flags non-Latin scripts in English: %s', (text, detected, fragment) => {
    expect(findForeignSpans(text, 'en')).toEqual([
      { start: text.indexOf(fragment), end: text.indexOf(fragment) + fragment.length, text: fragment, detected, method: 'script' },
    ]);
  });

  it('accepts Japanese in a Japanese document and ignores Greek symbols in English', () => {
    expect(findForeignSpans('横になって深呼吸をしてください。', 'ja')).toEqual([]);
    expect(findForeignSpans('Ask about β-blockers and doses in μg before exercising.', 'en')).toEqual([]);
  });

  it('handles astral-plane characters with UTF-16 offsets', () => {
    const text = 'Rest 𠀀𠀁 now.';
    expect(findForeignSpans(text, 'en')).toEqual([{ start: 5, end: 9, text: '𠀀𠀁', detected: 'Han', method: 'script' }]);
  });
});

describe('findForeignSpans: degenerate input', () => {
  it('gives [] for empty and whitespace-only text', () => {
    expect(findForeignSpans('', 'en')).toEqual([]);
    expect(findForeignSpans('   \n\t ', 'en')).toEqual([]);
    expect(findForeignSpans('\u3000', 'zh')).toEqual([]);
  });

  it('gives [] for an unsupported language (languageOf tells the caller why)', () => {
    expect(findForeignSpans('会对肌腱', 'tlh')).toEqual([]);
    expect(languageOf('tlh')).toBeUndefined();
  });
});
