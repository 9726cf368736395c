/** Shared helpers for simulation and rules tests: the real catalog and designs from YAML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCatalog, type Catalog } from '../src/core/catalog/index.ts';
import { parseDesign, type Design } from '../src/core/model/index.ts';

export function testCatalog(): Catalog {
  return getCatalog();
}

/** Parses YAML text into a design, failing the test with every problem when it is invalid. */
export function designFrom(text: string): Design {
  const r = parseDesign(text);
  if (!r.design) throw new Error(r.problems.map((p) => `${p.path} ${p.line}:${p.column} ${p.message}`).join('\n'));
  return r.design;
}

export function sampleDesign(name: string): Design {
  return designFrom(readFileSync(join(__dirname, '..', 'samples', `${name}.netstudio.yaml`), 'utf8'));
}
