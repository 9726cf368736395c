/**
 * The JSON Schema of a design document, generated from the zod schema (one source of
 * truth). Monaco (monaco-yaml) and editors outside NetStudio use it for completion and
 * validation; resources/schema/netstudio.schema.json is this function's committed output.
 */
import { z } from 'zod';
import { Design } from './schema.ts';

export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Design, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'NetStudio design',
    description: 'A NetStudio network design (*.netstudio.yaml): regions, circuits, services, scenarios.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** Stable text form (2-space JSON, trailing newline) as committed. */
export function designJsonSchemaText(): string {
  return JSON.stringify(designJsonSchema(), null, 2) + '\n';
}
