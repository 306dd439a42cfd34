#!/usr/bin/env node
// Generates src/model/schema-types.ts from schemas/*.schema.json, so the TypeScript types
// cannot drift from the JSON Schema contract. `npm run gen:types` rewrites the file;
// tests/model/schemas.test.ts fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSchemaTypes } from './schema-types-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}src/model/schema-types.ts`;
const text = await generateSchemaTypes(root);
const before = (() => { try { return readFileSync(out, 'utf8'); } catch { return ''; } })();
if (before !== text) writeFileSync(out, text);
process.stdout.write(before === text ? 'schema types up to date\n' : `wrote ${out}\n`);
