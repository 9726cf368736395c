// The committed JSON Schema is what the zod schema generates: editors outside NetStudio see the truth.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designJsonSchemaText } from '../src/core/model/json-schema.ts';

describe('resources/schema/netstudio.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` to regenerate)', () => {
    const committed = readFileSync(new URL('../resources/schema/netstudio.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(designJsonSchemaText());
  });

  it('describes every section of the design document', () => {
    const schema = JSON.parse(designJsonSchemaText()) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'name', 'regions', 'circuits', 'services', 'segments', 'demands', 'scenarios', 'review', 'pricing']),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'name']));
  });
});
