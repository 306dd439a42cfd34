// Every field of the published schemas says what it holds: app developers read the schemas (and
// the types generated from them), not the code. The rule file schema belongs to the rule engine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/child-build.js';

type Schema = { description?: string; properties?: Record<string, Schema>; items?: Schema; $defs?: Record<string, Schema> };

/** Paths of the properties and definitions without a description. */
function undescribed(node: Schema, path: string): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (!child.description) out.push(`${path}.${key}`);
    out.push(...undescribed(child, `${path}.${key}`));
  }
  for (const [key, child] of Object.entries(node.$defs ?? {})) {
    if (!child.description) out.push(`#${key}`);
    out.push(...undescribed(child, `#${key}`));
  }
  if (node.items && typeof node.items === 'object') out.push(...undescribed(node.items, `${path}[]`));
  return out;
}

const DIR = join(ROOT, 'schemas');
const schemas = readdirSync(DIR).filter((name) => name.endsWith('.schema.json') && name !== 'rule.schema.json');

describe('schema descriptions', () => {
  it.each(schemas)('%s describes every field', (name) => {
    const schema = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Schema;
    expect(schema.description, 'the schema itself').toBeTruthy();
    expect(undescribed(schema, '')).toEqual([]);
  });

  it('finds a field without a description', () => {
    expect(undescribed({ properties: { a: { description: 'x', properties: { b: {} } } } }, '')).toEqual(['.a.b']);
  });
});
