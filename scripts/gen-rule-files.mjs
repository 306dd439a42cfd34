// `npm run compile`, after tsc: writes lib/safety/rule-files.cjs, the package's default rule files
// (content/rules/*.yaml) parsed ahead of time, so that a build need not parse them (see
// src/safety/rule-file-cache.ts). A rule file edited later is parsed at load as before.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ruleFilesModule } from '../lib/safety/rule-file-cache.js';

const dir = new URL('../content/rules/', import.meta.url);
const texts = readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name)).sort().map((name) => readFileSync(new URL(name, dir), 'utf8'));
writeFileSync(new URL('../lib/safety/rule-files.cjs', import.meta.url), ruleFilesModule(texts));
