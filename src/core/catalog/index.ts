/**
 * The catalogs of resources/catalog/ as one validated `Catalog`, and the lookups the
 * engines and the app use: regions by code or by free-text search, where a design's
 * region is, its jurisdiction, published round-trip times, and prices with a design's
 * overrides applied.
 *
 * Pure data and pure functions: the JSON is bundled by import, so core reads no files.
 */
import regionsFile from '../../../resources/catalog/regions.json' with { type: 'json' };
import publishedLatencyFile from '../../../resources/catalog/published-latency.json' with { type: 'json' };
import circuitTypesFile from '../../../resources/catalog/circuit-types.json' with { type: 'json' };
import pricesFile from '../../../resources/catalog/prices.json' with { type: 'json' };
import defaultsFile from '../../../resources/catalog/defaults.json' with { type: 'json' };
import { CircuitType, type Region } from '../model/schema.ts';
import { editDistance } from '../model/text.ts';
import {
  CatalogError,
  checkFile,
  CircuitTypesFileSchema,
  DefaultsFileSchema,
  PricesFileSchema,
  PublishedLatencyFileSchema,
  RegionsFileSchema,
} from './schema.ts';
import type { Catalog, CatalogRegion, CircuitTypeInfo, Price, PriceModel, PublishedLatency, SourceRef } from './types.ts';

export * from './types.ts';
export { CatalogError, type CatalogFile } from './schema.ts';

/** The five catalog files' parsed JSON, as `parseCatalog` takes them. */
export interface RawCatalog {
  regions: unknown;
  publishedLatency: unknown;
  circuitTypes: unknown;
  prices: unknown;
  defaults: unknown;
}

/** EU member states (27), ISO 3166-1 alpha-2. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/**
 * Validates the five catalog files and joins them into a `Catalog`. Pure: the same input
 * gives the same catalog. Throws `CatalogError` (file + path + what is wrong) on the first
 * problem, including references that do not resolve: a circuit type's price id missing
 * from prices.json, a published pair naming a region the catalog lacks, a duplicate
 * region code or price id.
 */
export function parseCatalog(raw: RawCatalog): Catalog {
  const regionsDoc = checkFile('regions.json', RegionsFileSchema, raw.regions);
  const latencyDoc = checkFile('published-latency.json', PublishedLatencyFileSchema, raw.publishedLatency);
  const circuitDoc = checkFile('circuit-types.json', CircuitTypesFileSchema, raw.circuitTypes);
  const pricesDoc = checkFile('prices.json', PricesFileSchema, raw.prices);
  const defaults = checkFile('defaults.json', DefaultsFileSchema, raw.defaults);

  const regionKeys = new Set<string>();
  regionsDoc.regions.forEach((r, i) => {
    const key = `${r.provider}:${r.code}`;
    if (regionKeys.has(key)) throw new CatalogError('regions.json', `regions[${i}].code`, `duplicate ${r.provider} region "${r.code}"`);
    regionKeys.add(key);
    if (r.eu !== EU_MEMBER_STATES.has(r.country)) {
      throw new CatalogError('regions.json', `regions[${i}].eu`, `${r.provider} ${r.code}: eu is ${r.eu} but ${r.country} is ${r.eu ? 'not ' : ''}an EU member state`);
    }
  });

  const publishedLatency: PublishedLatency[] = latencyDoc.pairs.map(([provider, a, b, rttMs], i) => {
    for (const [code, slot] of [[a, 1], [b, 2]] as const) {
      if (!regionKeys.has(`${provider}:${code}`)) {
        throw new CatalogError('published-latency.json', `pairs[${i}][${slot}]`, `unknown ${provider} region "${code}"`);
      }
    }
    if (a === b) throw new CatalogError('published-latency.json', `pairs[${i}]`, `a pair joins ${provider} ${a} to itself`);
    return { provider, a, b, rttMs };
  });

  const priceIds = new Set<string>();
  pricesDoc.prices.forEach((p, i) => {
    if (priceIds.has(p.id)) throw new CatalogError('prices.json', `prices[${i}].id`, `duplicate price id "${p.id}"`);
    priceIds.add(p.id);
  });

  const circuitTypes = {} as Record<CircuitType, CircuitTypeInfo>;
  circuitDoc.circuitTypes.forEach((c, i) => {
    if (circuitTypes[c.id]) throw new CatalogError('circuit-types.json', `circuitTypes[${i}].id`, `circuit type "${c.id}" is listed twice`);
    const models: [string, PriceModel][] = [['priceModel', c.priceModel]];
    for (const [provider, model] of Object.entries(c.providerPriceModels ?? {})) models.push([`providerPriceModels.${provider}`, model]);
    for (const [where, model] of models) {
      for (const [field, id] of priceModelIds(model)) {
        if (!priceIds.has(id)) throw new CatalogError('circuit-types.json', `circuitTypes[${i}].${where}.${field}`, `price id "${id}" is not in prices.json (circuit type "${c.id}")`);
      }
    }
    circuitTypes[c.id] = c;
  });
  for (const id of CircuitType.options) {
    if (!circuitTypes[id]) throw new CatalogError('circuit-types.json', 'circuitTypes', `circuit type "${id}" is missing`);
  }

  return {
    regions: regionsDoc.regions,
    publishedLatency,
    publishedLatencySources: latencyDoc.sources,
    circuitTypes,
    prices: pricesDoc.prices,
    pricesAsOf: pricesDoc.pricesAsOf,
    defaults,
    regionSources: regionsDoc.sources,
  };
}

/** Every price id a price model refers to, with the field that holds it. */
export function priceModelIds(model: PriceModel): [field: string, id: string][] {
  switch (model.kind) {
    case 'port-hourly':
      return [
        ...model.portPriceIds.map((p, j): [string, string] => [`portPriceIds[${j}].priceId`, p.priceId]),
        ...(model.perGbPriceId ? [['perGbPriceId', model.perGbPriceId] as [string, string]] : []),
      ];
    case 'attachment-hourly':
    case 'connection-hourly':
      return [['hourlyPriceId', model.hourlyPriceId], ...(model.perGbPriceId ? [['perGbPriceId', model.perGbPriceId] as [string, string]] : [])];
    case 'per-mbps-month':
    case 'flat-month':
      return [['priceId', model.priceId]];
    case 'per-gb':
      return [['perGbPriceId', model.perGbPriceId]];
  }
}

let memo: Catalog | undefined;

/** The bundled catalog, validated on first use and memoised. Throws `CatalogError` if a bundled file is malformed. */
export function getCatalog(): Catalog {
  memo ??= parseCatalog({
    regions: regionsFile,
    publishedLatency: publishedLatencyFile,
    circuitTypes: circuitTypesFile,
    prices: pricesFile,
    defaults: defaultsFile,
  });
  return memo;
}

// Lookup indexes, built once per catalog object.
interface Indexes {
  byKey: Map<string, CatalogRegion>;
  rtt: Map<string, number>;
  prices: Map<string, Price>;
}
const indexes = new WeakMap<Catalog, Indexes>();
const squash = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '');

function indexOf(catalog: Catalog): Indexes {
  let ix = indexes.get(catalog);
  if (!ix) {
    const byKey = new Map<string, CatalogRegion>();
    for (const r of catalog.regions) {
      byKey.set(`${r.provider}:${r.code.toLowerCase()}`, r);
      // Azure codes are display names squashed ("West Europe" → westeurope); accept the name too.
      if (!byKey.has(`${r.provider}:${squash(r.name)}`)) byKey.set(`${r.provider}:${squash(r.name)}`, r);
    }
    const rtt = new Map<string, number>();
    for (const p of catalog.publishedLatency) rtt.set(`${p.provider}:${p.a}:${p.b}`, p.rttMs);
    ix = { byKey, rtt, prices: new Map(catalog.prices.map((p) => [p.id, p])) };
    indexes.set(catalog, ix);
  }
  return ix;
}

/**
 * The catalog region with this provider and code, ignoring case (`EU-West-1` finds
 * eu-west-1). An Azure region is also found by its display name (`West Europe`).
 */
export function findCatalogRegion(catalog: Catalog, provider: string, code: string): CatalogRegion | undefined {
  const ix = indexOf(catalog);
  const p = provider.toLowerCase();
  return ix.byKey.get(`${p}:${code.trim().toLowerCase()}`) ?? ix.byKey.get(`${p}:${squash(code.trim())}`);
}

/** ISO codes → English names, for searching by country name ("germany", "japan"). */
const COUNTRY_NAMES: Record<string, string> = {
  AE: 'United Arab Emirates UAE', AT: 'Austria', AU: 'Australia', BE: 'Belgium', BH: 'Bahrain', BR: 'Brazil', CA: 'Canada',
  CH: 'Switzerland', CL: 'Chile', DE: 'Germany', DK: 'Denmark', ES: 'Spain', FI: 'Finland', FR: 'France',
  GB: 'United Kingdom UK Britain England', HK: 'Hong Kong', ID: 'Indonesia', IE: 'Ireland', IL: 'Israel', IN: 'India',
  IT: 'Italy', JP: 'Japan', KR: 'South Korea', MX: 'Mexico', MY: 'Malaysia', NL: 'Netherlands', NO: 'Norway',
  NZ: 'New Zealand', PL: 'Poland', QA: 'Qatar', SA: 'Saudi Arabia', SE: 'Sweden', SG: 'Singapore', TH: 'Thailand',
  TW: 'Taiwan', US: 'United States USA', ZA: 'South Africa',
};
const PROVIDER_NAMES: Record<string, string> = { aws: 'aws amazon', azure: 'azure microsoft', gcp: 'gcp google cloud', oci: 'oci oracle' };
/** Letters without accents, lower case: "São Paulo" and "sao paulo" match. */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Catalog regions matching a free-text query: every word of the query must appear in
 * the region's code, name, city, country (code or name) or provider, ignoring case and
 * accents. "eu-west" finds AWS eu-west-1…3; "frankfurt" finds the Frankfurt regions of
 * every provider; "aws tokyo" narrows to AWS. Exact code matches come first, then codes
 * that start with the query, then names and cities that do, then the rest; ties keep
 * catalog order. An empty query finds nothing.
 */
export function searchCatalogRegions(catalog: Catalog, query: string): CatalogRegion[] {
  const q = fold(query.trim());
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { r: CatalogRegion; score: number; i: number }[] = [];
  catalog.regions.forEach((r, i) => {
    const code = r.code.toLowerCase();
    const name = fold(r.name);
    const city = fold(r.city);
    const hay = `${code} ${name} ${city} ${r.country.toLowerCase()} ${fold(COUNTRY_NAMES[r.country] ?? '')} ${PROVIDER_NAMES[r.provider] ?? r.provider}`;
    if (!words.every((w) => hay.includes(w))) return;
    const score = code === q ? 0 : code.startsWith(q) ? 1 : name.startsWith(q) || city.startsWith(q) ? 2 : 3;
    scored.push({ r, score, i });
  });
  return scored.sort((x, y) => x.score - y.score || x.i - y.i).map((s) => s.r);
}

export type RegionLocation = { lat: number; lon: number; city?: string; country?: string; source: SourceRef };

const PROVIDER_LABEL: Record<string, string> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP', oci: 'OCI' };

/**
 * Where a design region is. An explicit `location` wins (source: the design); otherwise
 * `providerRegion` is looked up under the region's provider. The error text names the
 * unknown code and suggests the closest codes of that provider.
 */
export function resolveRegionLocation(region: Region, catalog: Catalog): RegionLocation | { error: string } {
  if (region.location) {
    const { lat, lon, city, country } = region.location;
    return { lat, lon, ...(city ? { city } : {}), ...(country ? { country } : {}), source: { label: 'explicit location in the design' } };
  }
  if (!region.providerRegion) {
    return { error: `region "${region.id}" has neither a location { lat, lon } nor a providerRegion` };
  }
  const label = PROVIDER_LABEL[region.provider];
  if (!label) {
    return { error: `region "${region.id}": providerRegion "${region.providerRegion}" needs provider aws, azure, gcp or oci (it is ${region.provider}); give an explicit location instead` };
  }
  const hit = findCatalogRegion(catalog, region.provider, region.providerRegion);
  if (hit) return { lat: hit.lat, lon: hit.lon, city: hit.city, country: hit.country, source: hit.source };
  const close = closestCodes(catalog, region.provider, region.providerRegion, 3);
  const hint = close.length ? `; did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : '';
  const have = catalog.regions.some((r) => r.provider === region.provider);
  return {
    error: have
      ? `unknown ${label} region "${region.providerRegion}" (region "${region.id}")${hint}`
      : `the catalog has no ${label} regions; give region "${region.id}" an explicit location`,
  };
}

function closestCodes(catalog: Catalog, provider: string, code: string, n: number): string[] {
  const needle = code.toLowerCase();
  return catalog.regions
    .filter((r) => r.provider === provider)
    .map((r) => ({ code: r.code, d: Math.min(editDistance(needle, r.code), editDistance(squash(needle), squash(r.name)) + 1) }))
    .filter((x) => x.d <= Math.max(3, Math.floor(needle.length / 2)))
    .sort((a, b) => a.d - b.d || (a.code < b.code ? -1 : 1))
    .slice(0, n)
    .map((x) => x.code);
}

/**
 * The legal jurisdiction of a design region for data-residency checks: `country` is an
 * ISO 3166-1 alpha-2 code (or `EU` when the design says only `jurisdiction: EU`), `eu`
 * whether it is in the European Union. Taken from the region's `jurisdiction`, else its
 * location's country, else its catalog region. Undefined when none is known.
 */
export function regionJurisdiction(
  region: Region,
  catalog: Catalog,
): { country: string; eu: boolean; basis: 'jurisdiction' | 'location' | 'catalog' } | undefined {
  const of = (code: string, basis: 'jurisdiction' | 'location' | 'catalog') => {
    const c = code.trim().toUpperCase();
    return { country: c, eu: c === 'EU' || EU_MEMBER_STATES.has(c), basis };
  };
  if (region.jurisdiction) return of(region.jurisdiction, 'jurisdiction');
  if (region.location?.country) return of(region.location.country, 'location');
  if (region.providerRegion) {
    const hit = findCatalogRegion(catalog, region.provider, region.providerRegion);
    if (hit) return { country: hit.country, eu: hit.eu, basis: 'catalog' };
  }
  return undefined;
}

/**
 * The published round-trip time between two regions of one provider, ms. Published
 * tables give each direction separately (A→B and B→A differ by a few ms); when both are
 * published this returns their mean, otherwise the one that is. Codes are matched
 * case-insensitively (Azure display names work too). Undefined when nothing is published
 * for the pair, or when a and b are the same region.
 */
export function publishedRtt(
  catalog: Catalog,
  provider: string,
  a: string,
  b: string,
): { rttMs: number; source: SourceRef } | undefined {
  const ra = findCatalogRegion(catalog, provider, a);
  const rb = findCatalogRegion(catalog, provider, b);
  if (!ra || !rb || ra === rb) return undefined;
  const ix = indexOf(catalog);
  const there = ix.rtt.get(`${ra.provider}:${ra.code}:${rb.code}`);
  const back = ix.rtt.get(`${ra.provider}:${rb.code}:${ra.code}`);
  const rttMs = there !== undefined && back !== undefined ? (there + back) / 2 : (there ?? back);
  if (rttMs === undefined) return undefined;
  const src = catalog.publishedLatencySources.find((s) => s.provider === ra.provider);
  const source: SourceRef = src
    ? { label: src.label, ...(src.url ? { url: src.url } : {}), ...(src.date ? { date: src.date } : {}) }
    : { label: `${PROVIDER_LABEL[ra.provider] ?? ra.provider} published median` };
  return { rttMs, source };
}

/** A design's override of one catalog price (the `pricing.overrides` entries). */
export interface PriceOverride {
  item: string;
  unitPriceUsd: number;
  note?: string;
}

/**
 * A catalog price by id, with the design's override applied when one names the same id
 * (the last override wins). An overridden price keeps the catalog's unit and scope, takes
 * the override's USD, drops the `assumption` mark and carries the design as its source.
 * Undefined when the catalog has no price with this id.
 */
export function priceById(catalog: Catalog, id: string, overrides?: readonly PriceOverride[]): { price: Price; overridden: boolean } | undefined {
  const base = indexOf(catalog).prices.get(id);
  if (!base) return undefined;
  const override = overrides ? [...overrides].reverse().find((o) => o.item === id) : undefined;
  if (!override) return { price: base, overridden: false };
  const { assumption: _assumption, ...rest } = base;
  return {
    price: {
      ...rest,
      usd: override.unitPriceUsd,
      source: { label: override.note ? `design pricing override: ${override.note}` : 'design pricing override' },
    },
    overridden: true,
  };
}
