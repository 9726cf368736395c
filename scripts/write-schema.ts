/**
 * Writes resources/schema/netstudio.schema.json from the zod schema, so editors outside
 * NetStudio (VS Code with the YAML extension, IntelliJ) validate and complete designs.
 * `npm run schema` regenerates it; test/schema-file.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { designJsonSchemaText } from '../src/core/model/json-schema.ts';

const out = resolve(import.meta.dirname ?? '.', '../resources/schema/netstudio.schema.json');
writeFileSync(out, designJsonSchemaText());
console.log(`wrote ${out}`);
