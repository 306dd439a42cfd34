// The JSON Schemas in schemas/ are the contract. This module loads them once (the only file
// access outside the pipeline entry and the CLI: the schemas ship with the package) and hands
// out compiled ajv validators by name.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

export const SCHEMA_BASE = 'https://guidance.example/schemas/';

export type SchemaName = 'dataset' | 'exercise' | 'advice' | 'front-matter' | 'dataset-config' | 'rule' | 'common' | 'exercise-groups';

/** The folder holding the schemas: `schemas/` at the package root, found from this module. */
export function schemaDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    try {
      readFileSync(join(dir, 'schemas', 'dataset.schema.json'));
      return join(dir, 'schemas');
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error('guidance: cannot find the schemas/ folder of the package');
}

let ajv: Ajv2020 | undefined;
const cache = new Map<SchemaName, ValidateFunction>();

/** Every schema file, by name, as parsed JSON (sorted by name). */
export function loadSchemas(): Map<string, Record<string, unknown>> {
  const dir = schemaDirectory();
  const out = new Map<string, Record<string, unknown>>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    out.set(name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>);
  }
  return out;
}

function instance(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  for (const schema of loadSchemas().values()) ajv.addSchema(schema);
  return ajv;
}

export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = cache.get(name);
  if (!validate) {
    validate = instance().getSchema(`${SCHEMA_BASE}${name}.schema.json`);
    if (!validate) throw new Error(`guidance: no schema named ${name}`);
    cache.set(name, validate);
  }
  return validate;
}

/**
 * An ajv error as a path (object keys and array indexes) and a sentence that says what was
 * found and what was expected.
 */
export function describeError(error: ErrorObject): { path: Array<string | number>; message: string } {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const where = path.length > 0 ? `\`${path.join('.')}\`` : 'value';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties':
      return { path: [...path, String(params.additionalProperty)], message: `has unexpected key \`${String(params.additionalProperty)}\`${path.length ? ` in ${where}` : ''}, expected only the documented keys` };
    case 'required':
      return { path, message: `is missing required key \`${String(params.missingProperty)}\`${path.length ? ` in ${where}` : ''}` };
    case 'enum':
      return { path, message: `${where} has an unexpected value, expected one of: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path, message: `${where} has an unexpected value, expected ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { path, message: `${where} has the wrong type, expected ${String(params.type)}` };
    case 'pattern':
      return { path, message: `${where} has an unexpected form, expected text matching ${String(params.pattern)}` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}
