// Runs every fixture folder: input.md → expected records (normalize stage).
import { describe, expect, it } from 'vitest';
import { compileDocuments, messages } from './helpers/compile-text.js';
import { expected, fixtureCases } from './helpers/fixtures.js';

describe('normalize fixtures: input.md → records.json', () => {
  for (const fixture of fixtureCases('normalize')) {
    it(fixture.name, () => {
      const result = compileDocuments({ [`${fixture.name}.md`]: fixture.input });
      const actual = `${JSON.stringify({
        messages: messages(result),
        exercises: result.dataset?.exercises ?? [],
        advice: result.dataset?.advice ?? [],
      }, null, 2)}\n`;
      expect(actual).toBe(expected(fixture.dir, 'records.json', actual));
    });
  }
});
