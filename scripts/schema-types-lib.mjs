// Turns the JSON Schemas into one TypeScript module. Cross-file $refs are resolved from schemas/,
// never from the network.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';

const ID_BASE = 'https://guidance.example/schemas/';
const ROOTS = [
  ['dataset.schema.json', 'Dataset'],
  ['front-matter.schema.json', 'FrontMatter'],
  ['dataset-config.schema.json', 'DatasetConfig'],
  ['revisions.schema.json', 'RevisionsFile'],
  ['reviews.schema.json', 'ReviewsFile'],
];

export async function generateSchemaTypes(root) {
  const dir = join(root, 'schemas');
  const byId = new Map();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    byId.set(ID_BASE + name, JSON.parse(readFileSync(join(dir, name), 'utf8')));
  }
  const resolver = {
    order: 1,
    canRead: (file) => file.url.startsWith(ID_BASE),
    read: (file) => {
      const schema = byId.get(file.url.split('#')[0]);
      if (!schema) throw new Error(`unknown schema ${file.url}`);
      return JSON.stringify(schema);
    },
  };
  const parts = [];
  for (const [name, title] of ROOTS) {
    const schema = structuredClone(byId.get(ID_BASE + name));
    schema.title = title;
    const ts = await compile(schema, title, {
      bannerComment: '',
      additionalProperties: false,
      strictIndexSignatures: true,
      format: true,
      ignoreMinAndMaxItems: true,
      cwd: dir,
      $refOptions: { resolve: { guidance: resolver, http: false, https: false } },
      declareExternallyReferenced: true,
    });
    parts.push(ts.trim());
  }
  const seen = new Set();
  const blocks = parts.join('\n').split(/\n(?=export )/).filter((block) => {
    const key = block.match(/^export (?:interface|type) (\w+)/)?.[1] ?? block;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [
    '// Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit by hand.',
    '/* eslint-disable */',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}
