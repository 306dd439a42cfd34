// The package's own rule files (content/rules), loaded once, for tests that check sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { loadRules } from '../../src/safety/index.js';

export const packageRules = loadRules(readdirSync('content/rules').filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ path: f, text: readFileSync(`content/rules/${f}`, 'utf8') })));
