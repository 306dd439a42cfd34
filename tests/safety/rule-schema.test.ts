import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { POSITIONS } from '../../src/model/types.js';
import { ROOT } from './catalogue.js';

const read = (name: string): Record<string, any> => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8'));

describe('schemas/rule.schema.json', () => {
  const schema = read('rule.schema.json');

  test('is a 2020-12 schema with the project id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://guidance.example/schemas/rule.schema.json');
  });

  test('stages refer to the shared stage definition', () => {
    expect(schema.$defs.rule.properties.stages.items).toEqual({ $ref: 'common.schema.json#/$defs/stage' });
    expect(schema.$defs.example.properties.stages.items).toEqual({ $ref: 'common.schema.json#/$defs/stage' });
  });

  test('positions are the exercise positions of the model and the exercise schema', () => {
    expect(schema.$defs.position.enum).toEqual([...POSITIONS]);
    expect(schema.$defs.position.enum).toEqual(read('exercise.schema.json').properties.position.enum);
  });

  test('every object forbids additional properties (a map of named concepts constrains its names and values instead)', () => {
    const objects: Array<Record<string, any>> = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const obj = node as Record<string, any>;
      if (obj.type === 'object') objects.push(obj);
      Object.values(obj).forEach(walk);
    };
    walk(schema);
    expect(objects.length).toBeGreaterThanOrEqual(4);
    for (const obj of objects) {
      if (obj.propertyNames) expect(obj.additionalProperties).toEqual({ $ref: '#/$defs/phrases' });
      else expect(obj.additionalProperties).toBe(false);
    }
  });
});
