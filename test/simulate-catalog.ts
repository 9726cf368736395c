/**
 * The catalog for simulation tests: the real data files in resources/catalog, assembled
 * into a `Catalog` (the app's loader does the same; this keeps the tests on real data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, CircuitTypeInfo } from '../src/core/catalog/types.ts';
import { parseDesign, type Design } from '../src/core/model/index.ts';

const dir = join(__dirname, '..', 'resources', 'catalog');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

let cached: Catalog | undefined;

export function testCatalog(): Catalog {
  if (cached) return cached;
  const types = read('circuit-types.json').circuitTypes as CircuitTypeInfo[];
  const regions = read('regions.json');
  const published = read('published-latency.json');
  const prices = read('prices.json');
  cached = {
    regions: regions.regions,
    publishedLatency: published.pairs.map((p: [string, string, string, number]) => ({ provider: p[0], a: p[1], b: p[2], rttMs: p[3] })),
    publishedLatencySources: published.sources,
    circuitTypes: Object.fromEntries(types.map((t) => [t.id, t])) as Catalog['circuitTypes'],
    prices: prices.prices,
    pricesAsOf: prices.pricesAsOf,
    defaults: read('defaults.json'),
  };
  return cached;
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
