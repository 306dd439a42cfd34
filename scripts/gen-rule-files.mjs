// `npm run compile`, after tsc: writes lib/safety/rule-files.cjs, the package's default rule files
// (content/rules/*.yaml) parsed ahead of time and, when they load without any diagnostic, compiled
// as a build loads them, so that a build need not parse or compile them (see
// src/safety/rule-file-cache.ts and rule-set-cache.ts). A rule file edited later, or a content
// rule file, is parsed and compiled at load as before.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ruleFilesModule } from '../lib/safety/rule-file-cache.js';
import { compileRuleSets } from '../lib/safety/rule-set-cache.js';
import { loadRules } from '../lib/safety/load-rules.js';

const target = new URL('../lib/safety/rule-files.cjs', import.meta.url);
// The module of an earlier compile is not consulted while this one is made.
rmSync(target, { force: true });
const dir = new URL('../content/rules/', import.meta.url);
const files = readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name)).sort()
  .map((name) => ({ path: name, text: readFileSync(new URL(name, dir), 'utf8'), origin: 'default' }));
// Compiled from the texts alone (no parse kept yet, nothing primed): as a cold build compiles them.
const ruleSets = compileRuleSets(files, loadRules);
writeFileSync(target, ruleFilesModule(files.map((f) => f.text), ruleSets));
