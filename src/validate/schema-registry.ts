// The JSON Schemas in schemas/ are the contract. This module loads them once (the only file
// access outside the pipeline entry and the CLI: the schemas ship with the package) and hands
// out compiled ajv validators by name.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

export const SCHEMA_BASE = 'https://guidance.example/schemas/';

export const SCHEMA_NAMES = ['dataset', 'exercise', 'advice', 'front-matter', 'dataset-config', 'rule', 'common', 'exercise-groups', 'revisions', 'reviews'] as const;

export type SchemaName = (typeof SCHEMA_NAMES)[number];

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

/** The options every validator is compiled with, at run time or ahead of time (standalone.ts). */
export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true } as const;

/** sha256 of the schema files (names and text, by name): which schemas a compiled module is of. */
export function schemasFingerprint(schemas: ReadonlyMap<string, unknown>): string {
  const hash = createHash('sha256');
  for (const [name, schema] of [...schemas].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}\u0000${JSON.stringify(schema)}\u0000`);
  return hash.digest('hex');
}

interface CompiledModule {
  fingerprint: string;
  validators: Record<string, ValidateFunction>;
}

let compiled: CompiledModule | null | undefined;

/**
 * The validators compiled ahead of time by `npm run compile` (lib/validate/validators.cjs), when
 * they are of the schemas in schemas/ now; else null and validators are compiled at run time
 * (the tests run the sources, which have no such module). Compiling the schemas is most of the
 * cost of validating a small content.
 */
function precompiled(): CompiledModule | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  try {
    const module = createRequire(import.meta.url)('./validators.cjs') as CompiledModule;
    if (module.fingerprint === schemasFingerprint(loadSchemas())) compiled = module;
  } catch {
    // No compiled module: compile at run time.
  }
  return compiled;
}

let loaded: ReadonlyMap<string, Readonly<Record<string, unknown>>> | undefined;

/** Every schema file, by name, as parsed JSON (sorted by name); read once per process. */
export function loadSchemas(): ReadonlyMap<string, Readonly<Record<string, unknown>>> {
  if (loaded) return loaded;
  const dir = schemaDirectory();
  const out = new Map<string, Record<string, unknown>>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    out.set(name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>);
  }
  loaded = out;
  return loaded;
}

function instance(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ ...AJV_OPTIONS });
  for (const schema of loadSchemas().values()) ajv.addSchema(schema);
  return ajv;
}

export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = cache.get(name);
  if (!validate) {
    validate = precompiled()?.validators[name] ?? instance().getSchema(`${SCHEMA_BASE}${name}.schema.json`);
    if (!validate) throw new Error(`guidance: no schema named ${name}`);
    cache.set(name, validate);
  }
  return validate;
}

/** `audience` item 1, `source.url`: a path as an editor reads it. */
function where(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return 'value';
  const parts: string[] = [];
  let keys: string[] = [];
  const flush = (): void => {
    if (keys.length > 0) parts.push(`\`${keys.join('.')}\``);
    keys = [];
  };
  for (const part of path) {
    if (typeof part === 'number') {
      flush();
      parts.push(`item ${part + 1}`);
    } else {
      keys.push(part);
    }
  }
  flush();
  return parts.join(' ');
}

function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? '[…]' : '{…}'; // a YAML alias cycle
  }
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? 'a list' : value === null ? 'empty' : typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

/** Edit distance, for "did you mean" on a misspelt key. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
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
  const at = where(path);
  const params = error.params as Record<string, unknown>;
  const schema = (error.parentSchema ?? {}) as { examples?: unknown[]; properties?: Record<string, unknown> };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const guess = known.map((k) => [k, distance(key.toLowerCase(), k.toLowerCase())] as const).sort((a, b) => a[1] - b[1])[0];
      const hint = guess && guess[1] <= 2 ? ` — did you mean \`${guess[0]}\`?` : known.length > 0 ? `, expected one of: ${known.join(', ')}` : '';
      return { path: [...path, key], message: `has unexpected key \`${key}\`${path.length ? ` in ${at}` : ''}${hint}` };
    }
    case 'required':
      return { path, message: `is missing required key \`${String(params.missingProperty)}\`${path.length ? ` in ${at}` : ''}` };
    case 'enum':
      return { path, message: `${at} is ${shown(error.data)}, expected one of: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path, message: `${at} is ${shown(error.data)}, expected ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { path, message: `${at} is ${typeName(error.data)}, expected ${String(params.type) === 'object' ? 'a mapping' : String(params.type) === 'array' ? 'a list' : `a ${String(params.type)}`}` };
    case 'pattern': {
      const example = schema.examples?.[0];
      return { path, message: `${at} is ${shown(error.data)}, expected ${example !== undefined ? `something like \`${String(example)}\`` : `text matching ${String(params.pattern)}`}` };
    }
    case 'minItems':
      return { path, message: `${at} is empty, expected at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
    case 'minLength':
      return { path, message: `${at} is empty, expected text` };
    case 'maxLength':
      return { path, message: `${at} is ${String((error.data as string).length)} characters long, expected at most ${String(params.limit)}` };
    default:
      return { path, message: `${at} ${error.message ?? 'is invalid'}` };
  }
}
