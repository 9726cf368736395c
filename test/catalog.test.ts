// The bundled catalogs: they load, they are complete, every reference resolves, the
// lookups a user relies on work, and a broken catalog fails with a located error.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  findCatalogRegion,
  getCatalog,
  parseCatalog,
  priceById,
  priceModelIds,
  publishedRtt,
  regionJurisdiction,
  resolveRegionLocation,
  searchCatalogRegions,
  type RawCatalog,
} from '../src/core/catalog/index.ts';
import { CircuitType, type Region } from '../src/core/model/schema.ts';
import { buildCatalogFiles, CATALOG_DIR, defaultDataDir } from '../scripts/build-catalog.ts';

const catalog = getCatalog();
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(CATALOG_DIR, name), 'utf8'));
const rawCatalog = (): RawCatalog => ({
  regions: readJson('regions.json'),
  publishedLatency: readJson('published-latency.json'),
  circuitTypes: readJson('circuit-types.json'),
  prices: readJson('prices.json'),
  defaults: readJson('defaults.json'),
});
const region = (r: Partial<Region> & Pick<Region, 'id' | 'provider'>): Region => ({ name: r.id, kind: 'cloud-region', ...r }) as Region;

describe('catalog contents', () => {
  it('loads, validates and memoises', () => {
    expect(getCatalog()).toBe(catalog);
    expect(catalog.pricesAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has at least the 113 reference regions, with every provider present', () => {
    expect(catalog.regions.length).toBeGreaterThanOrEqual(113);
    const per = (p: string) => catalog.regions.filter((r) => r.provider === p).length;
    expect(per('aws')).toBeGreaterThanOrEqual(34);
    expect(per('azure')).toBeGreaterThanOrEqual(54);
    expect(per('gcp')).toBeGreaterThanOrEqual(40);
  });

  it('includes every region of shared/data/regions.csv and the newer public ones', () => {
    for (const [p, code] of [
      ['aws', 'ca-west-1'], ['aws', 'mx-central-1'], ['aws', 'ap-southeast-7'], ['aws', 'ap-east-2'],
      ['gcp', 'europe-west10'], ['gcp', 'me-central2'], ['gcp', 'africa-south1'], ['gcp', 'northamerica-south1'],
      ['azure', 'westeurope'], ['azure', 'brazilsoutheast'], ['azure', 'australiacentral2'],
    ] as const) {
      expect(findCatalogRegion(catalog, p, code), `${p} ${code}`).toBeDefined();
    }
  });

  it('gives every region a source and consistent EU membership', () => {
    for (const r of catalog.regions) {
      expect(r.source.label, `${r.provider} ${r.code}`).not.toBe('');
      expect(r.country).toMatch(/^[A-Z]{2}$/);
    }
    expect(findCatalogRegion(catalog, 'aws', 'eu-central-1')!.eu).toBe(true);
    expect(findCatalogRegion(catalog, 'aws', 'eu-west-2')!.eu).toBe(false); // London
    expect(findCatalogRegion(catalog, 'gcp', 'europe-west6')!.eu).toBe(false); // Zurich
  });

  it('places Azure East US in northern Virginia, not at the state-level point', () => {
    const eastus = findCatalogRegion(catalog, 'azure', 'eastus')!;
    expect(eastus.lat).toBeGreaterThan(38.5);
    expect(eastus.lon).toBeGreaterThan(-78);
    expect(eastus.note).toMatch(/northern Virginia/);
  });

  it('gives every price a source and a date', () => {
    expect(catalog.prices.length).toBeGreaterThan(50);
    for (const p of catalog.prices) {
      expect(p.source.label, p.id).not.toBe('');
      expect(p.source.date, p.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  it('marks every carrier price as a user-editable assumption', () => {
    const carrier = catalog.prices.filter((p) => p.provider === 'carrier');
    expect(carrier.map((p) => p.id)).toEqual(expect.arrayContaining(['carrier.mpls.per-mbps-month', 'carrier.sdwan.circuit-month', 'carrier.dark-fiber.circuit-month', 'carrier.ip-transit.per-mbps-month']));
    for (const p of carrier) {
      expect(p.assumption, p.id).toBe(true);
      expect(p.item, p.id).toMatch(/pricing section/);
    }
  });

  it('has every circuit type, and every price id of its price models resolves', () => {
    const ids = new Set(catalog.prices.map((p) => p.id));
    for (const t of CircuitType.options) {
      const info = catalog.circuitTypes[t];
      expect(info, t).toBeDefined();
      expect(info.mtbfHours).toBeGreaterThan(0);
      expect(info.reliabilityBasis.length).toBeGreaterThan(20);
      for (const model of [info.priceModel, ...Object.values(info.providerPriceModels ?? {})]) {
        for (const [, id] of priceModelIds(model)) expect(ids.has(id), `${t} → ${id}`).toBe(true);
      }
    }
    expect(catalog.circuitTypes['cloud-backbone'].routeInflation).toBe(1);
    expect(catalog.circuitTypes['internet'].overInternet).toBe(true);
    expect(catalog.circuitTypes['internet'].routeInflation).toBeGreaterThan(catalog.circuitTypes['cloud-backbone'].routeInflation);
  });

  it('has port ladders sorted by bandwidth', () => {
    for (const t of CircuitType.options) {
      const m = catalog.circuitTypes[t].priceModel;
      if (m.kind !== 'port-hourly') continue;
      expect(m.portPriceIds[0]!.minMbps).toBe(0);
      const mins = m.portPriceIds.map((p) => p.minMbps);
      expect([...mins].sort((a, b) => a - b)).toEqual(mins);
    }
  });

  it('refers only to catalog regions from published pairs, both directions kept', () => {
    expect(catalog.publishedLatency.length).toBe(3854);
    for (const p of catalog.publishedLatency) {
      expect(findCatalogRegion(catalog, p.provider, p.a), `${p.provider} ${p.a}`).toBeDefined();
      expect(findCatalogRegion(catalog, p.provider, p.b), `${p.provider} ${p.b}`).toBeDefined();
    }
    expect(new Set(catalog.publishedLatencySources.map((s) => s.provider))).toEqual(new Set(['aws', 'azure']));
  });

  it('every default carries a unit and its reasoning', () => {
    const d = catalog.defaults;
    expect(d.dnsTtlSeconds.value).toBe(60);
    expect(d.bfdDetectionSeconds.value).toBeCloseTo(0.9);
    expect(d.standbyWarmupSeconds.warm.value).toBe(300);
    expect(d.standbyWarmupSeconds.cold.value).toBe(1800);
    expect(d.regionReliability.datacenter.mtbfHours.basis).toMatch(/Tier III/);
    for (const kind of ['cloud-region', 'datacenter', 'colo', 'office', 'edge-pop'] as const) {
      expect(d.regionTransitMs[kind].unit).toBe('ms');
      expect(d.regionReliability[kind].mttrHours.value).toBeGreaterThan(0);
    }
  });
});

describe('lookups', () => {
  it('finds eu-west-1 in Dublin, case-insensitively', () => {
    const r = findCatalogRegion(catalog, 'aws', 'EU-West-1')!;
    expect(r).toMatchObject({ code: 'eu-west-1', name: 'Europe (Ireland)', city: 'Dublin', country: 'IE', eu: true });
    expect(findCatalogRegion(catalog, 'azure', 'West Europe')!.code).toBe('westeurope');
    expect(findCatalogRegion(catalog, 'gcp', 'europe-west1')!.name).toBe('Belgium');
    expect(findCatalogRegion(catalog, 'aws', 'eu-west-9')).toBeUndefined();
  });

  it('searches by code, name, city and country', () => {
    const euWest = searchCatalogRegions(catalog, 'eu-west');
    expect(euWest[0]).toMatchObject({ provider: 'aws', code: 'eu-west-1', name: 'Europe (Ireland)' });
    expect(euWest.map((r) => r.code)).toEqual(['eu-west-1', 'eu-west-2', 'eu-west-3']);

    const frankfurt = searchCatalogRegions(catalog, 'frankfurt').map((r) => `${r.provider}:${r.code}`);
    expect(frankfurt).toEqual(expect.arrayContaining(['aws:eu-central-1', 'azure:germanywestcentral', 'gcp:europe-west3']));

    expect(searchCatalogRegions(catalog, 'sao paulo').map((r) => r.provider).sort()).toEqual(['aws', 'azure', 'gcp']);
    expect(searchCatalogRegions(catalog, 'aws tokyo').map((r) => r.code)).toEqual(['ap-northeast-1']);
    expect(searchCatalogRegions(catalog, 'germany').length).toBeGreaterThanOrEqual(5);
    expect(searchCatalogRegions(catalog, '   ')).toEqual([]);
  });

  it('resolves a region: explicit location wins, else the catalog, else a helpful error', () => {
    const fromCatalog = resolveRegionLocation(region({ id: 'a', provider: 'aws', providerRegion: 'eu-west-1' }), catalog);
    expect(fromCatalog).toMatchObject({ city: 'Dublin', country: 'IE' });

    const explicit = resolveRegionLocation(region({ id: 'b', provider: 'aws', providerRegion: 'eu-west-1', location: { lat: 1, lon: 2 } }), catalog);
    expect(explicit).toMatchObject({ lat: 1, lon: 2, source: { label: 'explicit location in the design' } });

    const unknown = resolveRegionLocation(region({ id: 'c', provider: 'aws', providerRegion: 'eu-wset-1' }), catalog);
    expect(unknown).toHaveProperty('error');
    expect((unknown as { error: string }).error).toMatch(/unknown AWS region "eu-wset-1".*did you mean "eu-west-1"/);

    const onprem = resolveRegionLocation(region({ id: 'd', provider: 'onprem', kind: 'datacenter' }), catalog);
    expect((onprem as { error: string }).error).toMatch(/neither a location/);
  });

  it('tells the jurisdiction of a region', () => {
    expect(regionJurisdiction(region({ id: 'a', provider: 'aws', providerRegion: 'eu-central-1' }), catalog)).toEqual({ country: 'DE', eu: true, basis: 'catalog' });
    expect(regionJurisdiction(region({ id: 'b', provider: 'aws', providerRegion: 'us-east-1' }), catalog)).toMatchObject({ country: 'US', eu: false });
    expect(regionJurisdiction(region({ id: 'c', provider: 'aws', providerRegion: 'us-east-1', jurisdiction: 'EU' }), catalog)).toMatchObject({ country: 'EU', eu: true, basis: 'jurisdiction' });
    expect(regionJurisdiction(region({ id: 'd', provider: 'onprem', kind: 'office', location: { lat: 48.1, lon: 11.6, country: 'de' } }), catalog)).toMatchObject({ country: 'DE', eu: true, basis: 'location' });
    expect(regionJurisdiction(region({ id: 'e', provider: 'other', location: { lat: 0, lon: 0 } }), catalog)).toBeUndefined();
  });

  it('returns the mean of both published directions', () => {
    const ab = catalog.publishedLatency.find((p) => p.provider === 'azure' && p.a === 'eastus' && p.b === 'westeurope')!;
    const ba = catalog.publishedLatency.find((p) => p.provider === 'azure' && p.a === 'westeurope' && p.b === 'eastus')!;
    const got = publishedRtt(catalog, 'azure', 'eastus', 'westeurope')!;
    expect(got.rttMs).toBeCloseTo((ab.rttMs + ba.rttMs) / 2);
    expect(got.source.date).toBe('2026-07-30');
    expect(publishedRtt(catalog, 'azure', 'West Europe', 'East US')!.rttMs).toBeCloseTo(got.rttMs);
    const aws = publishedRtt(catalog, 'aws', 'us-east-1', 'eu-west-1')!;
    expect(aws.rttMs).toBeGreaterThan(55);
    expect(aws.rttMs).toBeLessThan(90);
    expect(publishedRtt(catalog, 'gcp', 'us-east1', 'europe-west1')).toBeUndefined();
    expect(publishedRtt(catalog, 'aws', 'us-east-1', 'us-east-1')).toBeUndefined();
  });

  it('applies a design price override by id', () => {
    expect(priceById(catalog, 'aws.tgw.attachment-hour')).toMatchObject({ overridden: false, price: { usd: 0.05, unit: 'hour' } });
    const mpls = priceById(catalog, 'carrier.mpls.per-mbps-month', [{ item: 'carrier.mpls.per-mbps-month', unitPriceUsd: 12, note: 'contract 2026' }])!;
    expect(mpls.overridden).toBe(true);
    expect(mpls.price.usd).toBe(12);
    expect(mpls.price.assumption).toBeUndefined();
    expect(mpls.price.source.label).toMatch(/contract 2026/);
    expect(priceById(catalog, 'no.such.price')).toBeUndefined();
  });
});

describe('broken catalogs', () => {
  const expectCatalogError = (mutate: (raw: RawCatalog) => void, file: string, path: RegExp, message: RegExp) => {
    const raw = rawCatalog();
    mutate(raw);
    let err: unknown;
    try {
      parseCatalog(raw);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CatalogError);
    const ce = err as CatalogError;
    expect(ce.file).toBe(file);
    expect(ce.path).toMatch(path);
    expect(ce.message).toMatch(message);
  };

  it('locates a bad value in a region', () => {
    expectCatalogError(
      (raw) => ((raw.regions as { regions: { lat: number }[] }).regions[5]!.lat = 123),
      'regions.json',
      /^regions\[5\]\.lat$/,
      /^regions\.json: regions\[5\]\.lat: .*entry "aws /,
    );
  });

  it('names a price id that does not resolve', () => {
    expectCatalogError(
      (raw) => ((raw.prices as { prices: { id: string }[] }).prices = (raw.prices as { prices: { id: string }[] }).prices.filter((p) => p.id !== 'aws.vpn.connection-hour')),
      'circuit-types.json',
      /providerPriceModels\.aws\.hourlyPriceId$/,
      /"aws\.vpn\.connection-hour" is not in prices\.json/,
    );
  });

  it('names an unknown region in a published pair', () => {
    expectCatalogError(
      (raw) => ((raw.publishedLatency as { pairs: unknown[][] }).pairs[0]![1] = 'xx-nowhere-1'),
      'published-latency.json',
      /^pairs\[0\]\[1\]$/,
      /unknown aws region "xx-nowhere-1"/,
    );
  });

  it('reports a missing circuit type and a missing default', () => {
    expectCatalogError(
      (raw) => {
        const doc = raw.circuitTypes as { circuitTypes: { id: string }[] };
        doc.circuitTypes = doc.circuitTypes.filter((c) => c.id !== 'mpls');
      },
      'circuit-types.json',
      /^circuitTypes$/,
      /"mpls" is missing/,
    );
    expectCatalogError((raw) => delete (raw.defaults as Record<string, unknown>).dnsTtlSeconds, 'defaults.json', /^dnsTtlSeconds$/, /defaults\.json/);
  });

  it('rejects a price without a date', () => {
    expectCatalogError(
      (raw) => delete (raw.prices as { prices: { source: { date?: string } }[] }).prices[0]!.source.date,
      'prices.json',
      /^prices\[0\]\.source\.date$/,
      /entry "aws\.tgw\.attachment-hour"/,
    );
  });
});

describe('generated files', () => {
  const dataDir = defaultDataDir();
  it('match what scripts/build-catalog.ts builds from shared/data', () => {
    expect(existsSync(resolve(dataDir, 'regions.csv')), `the published data is missing at ${dataDir}: put shared/ beside the repository or set NETSTUDIO_SHARED_DATA`).toBe(true);
    const built = buildCatalogFiles(dataDir);
    for (const [name, text] of Object.entries(built)) {
      expect(readFileSync(resolve(CATALOG_DIR, name), 'utf8'), `${name} is stale: run node bin/tsnode.mjs scripts/build-catalog.ts`).toBe(text);
    }
  });
});
