/**
 * Regenerates resources/catalog/regions.json and resources/catalog/published-latency.json
 * from the shared reference data (shared/data/regions.csv, latency-published.csv).
 *
 *   node bin/tsnode.mjs scripts/build-catalog.ts [--data DIR] [--check]
 *
 * DIR defaults to ../shared/data next to the repository (or $NETSTUDIO_SHARED_DATA).
 * `--check` writes nothing and exits 1 when the committed files differ from what the
 * CSVs produce. The generated JSON is committed, so the app never needs the CSVs.
 *
 * What this adds on top of the CSVs, all listed below with their sources:
 * - provider codes and display names (the Azure rows are keyed by display name);
 * - ISO 3166 country codes and EU membership;
 * - public regions the CSV lacks (AWS, Azure, GCP), with city coordinates;
 * - corrections of the known weak points listed in shared/data/README.md.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CatalogRegion, PublishedLatencySource, SourceRef } from '../src/core/catalog/types.ts';

type CloudProvider = 'aws' | 'azure' | 'gcp';

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    if (row.some((f) => f !== '')) rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((cells, n) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV row ${n + 2} has ${cells.length} fields; the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((h, i) => [h, cells[i]!]));
  });
}

/** Country names as written in regions.csv → ISO 3166-1 alpha-2. */
const COUNTRY_ISO: Record<string, string> = {
  Australia: 'AU',
  Austria: 'AT',
  Bahrain: 'BH',
  Belgium: 'BE',
  Brazil: 'BR',
  Canada: 'CA',
  Chile: 'CL',
  Denmark: 'DK',
  Finland: 'FI',
  France: 'FR',
  Germany: 'DE',
  'Hong Kong': 'HK',
  'Hong Kong SAR': 'HK',
  India: 'IN',
  Indonesia: 'ID',
  Ireland: 'IE',
  Israel: 'IL',
  Italy: 'IT',
  Japan: 'JP',
  Malaysia: 'MY',
  Mexico: 'MX',
  Netherlands: 'NL',
  'New Zealand': 'NZ',
  Norway: 'NO',
  Poland: 'PL',
  Qatar: 'QA',
  Singapore: 'SG',
  'South Africa': 'ZA',
  'South Korea': 'KR',
  Spain: 'ES',
  Sweden: 'SE',
  Switzerland: 'CH',
  Taiwan: 'TW',
  Thailand: 'TH',
  UAE: 'AE',
  'United Arab Emirates': 'AE',
  'United Kingdom': 'GB',
  'United States': 'US',
};

/** EU member states (27, since 2020-02-01), ISO alpha-2. */
export const EU_MEMBERS = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** AWS display names, as in the console and the AWS Regions documentation. */
const AWS_NAMES: Record<string, string> = {
  'af-south-1': 'Africa (Cape Town)',
  'ap-east-1': 'Asia Pacific (Hong Kong)',
  'ap-east-2': 'Asia Pacific (Taipei)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-northeast-2': 'Asia Pacific (Seoul)',
  'ap-northeast-3': 'Asia Pacific (Osaka)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
  'ap-south-2': 'Asia Pacific (Hyderabad)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
  'ap-southeast-3': 'Asia Pacific (Jakarta)',
  'ap-southeast-4': 'Asia Pacific (Melbourne)',
  'ap-southeast-5': 'Asia Pacific (Malaysia)',
  'ap-southeast-6': 'Asia Pacific (New Zealand)',
  'ap-southeast-7': 'Asia Pacific (Thailand)',
  'ca-central-1': 'Canada (Central)',
  'ca-west-1': 'Canada West (Calgary)',
  'eu-central-1': 'Europe (Frankfurt)',
  'eu-central-2': 'Europe (Zurich)',
  'eu-north-1': 'Europe (Stockholm)',
  'eu-south-1': 'Europe (Milan)',
  'eu-south-2': 'Europe (Spain)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-west-2': 'Europe (London)',
  'eu-west-3': 'Europe (Paris)',
  'il-central-1': 'Israel (Tel Aviv)',
  'me-central-1': 'Middle East (UAE)',
  'me-south-1': 'Middle East (Bahrain)',
  'mx-central-1': 'Mexico (Central)',
  'sa-east-1': 'South America (São Paulo)',
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-1': 'US West (N. California)',
  'us-west-2': 'US West (Oregon)',
};

/** GCP region descriptions, as in Google Cloud's region tables. */
const GCP_NAMES: Record<string, string> = {
  'africa-south1': 'Johannesburg',
  'asia-east1': 'Taiwan',
  'asia-east2': 'Hong Kong',
  'asia-northeast1': 'Tokyo',
  'asia-northeast2': 'Osaka',
  'asia-northeast3': 'Seoul',
  'asia-south1': 'Mumbai',
  'asia-south2': 'Delhi',
  'asia-southeast1': 'Singapore',
  'asia-southeast2': 'Jakarta',
  'asia-southeast3': 'Bangkok',
  'australia-southeast1': 'Sydney',
  'australia-southeast2': 'Melbourne',
  'europe-central2': 'Warsaw',
  'europe-north1': 'Finland',
  'europe-north2': 'Stockholm',
  'europe-southwest1': 'Madrid',
  'europe-west1': 'Belgium',
  'europe-west2': 'London',
  'europe-west3': 'Frankfurt',
  'europe-west4': 'Netherlands',
  'europe-west6': 'Zurich',
  'europe-west8': 'Milan',
  'europe-west9': 'Paris',
  'europe-west10': 'Berlin',
  'europe-west12': 'Turin',
  'me-central1': 'Doha',
  'me-central2': 'Dammam',
  'me-west1': 'Tel Aviv',
  'northamerica-northeast1': 'Montréal',
  'northamerica-northeast2': 'Toronto',
  'northamerica-south1': 'Querétaro',
  'southamerica-east1': 'São Paulo',
  'southamerica-west1': 'Santiago',
  'us-central1': 'Iowa',
  'us-east1': 'South Carolina',
  'us-east4': 'Northern Virginia',
  'us-east5': 'Columbus',
  'us-south1': 'Dallas',
  'us-west1': 'Oregon',
  'us-west2': 'Los Angeles',
  'us-west3': 'Salt Lake City',
  'us-west4': 'Las Vegas',
};

/**
 * Azure's location metadata names a state or country where a city is meant. These are the
 * cities the points actually sit at (the coordinates are unchanged).
 */
const AZURE_CITY: Record<string, string> = {
  'Australia East': 'Sydney',
  'Australia Southeast': 'Melbourne',
  'Brazil South': 'São Paulo',
  'Canada East': 'Quebec City',
  'Central US': 'Des Moines',
  'East US 2': 'Boydton',
  'Israel Central': 'Tel Aviv',
  'Mexico Central': 'Querétaro',
  'North Central US': 'Chicago',
  'North Europe': 'Dublin',
  'Norway East': 'Oslo',
  'Norway West': 'Stavanger',
  'South Central US': 'San Antonio',
  'West Central US': 'Cheyenne',
  'West Europe': 'Amsterdam',
  'West US': 'San Francisco',
  'West US 2': 'Quincy',
};

export const REGION_SOURCES: Record<string, SourceRef> = {
  'aws-csv': {
    label: 'cloudping AWS region list (city-centre coordinates), via shared/data/regions.csv',
    url: 'https://github.com/oaustegard/oaustegard.github.io/blob/22f8adc2/web-utilities/aws-ping.html',
    date: '2025-05-29',
  },
  'azure-metadata': {
    label: 'Azure location metadata (az account list-locations) as recorded by tal66/cloud-regions, via shared/data/regions.csv',
    url: 'https://github.com/tal66/cloud-regions/blob/main/files/result_azure.txt',
    date: '2024-11-21',
  },
  'azure-region-span': {
    label: 'vmisson/azure-region-span region coordinates (city centre), via shared/data/regions.csv',
    url: 'https://github.com/vmisson/azure-region-span/blob/main/dashboard/www/regions.js',
  },
  'gcp-csv': {
    label: 'Google Cloud data-centre towns as recorded by tal66/cloud-regions, via shared/data/regions.csv',
    url: 'https://github.com/tal66/cloud-regions/blob/main/web/data/gcpData.js',
    date: '2024-11-21',
  },
  'aws-docs': {
    label: 'AWS Regions and Availability Zones documentation (region code and name); city-centre coordinates',
    url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
  },
  'azure-docs': {
    label: 'Azure regions list (region code and name); city-centre coordinates',
    url: 'https://learn.microsoft.com/en-us/azure/reliability/regions-list',
  },
  'gcp-docs': {
    label: 'Google Cloud regions and zones (region code and location); city-centre coordinates',
    url: 'https://cloud.google.com/compute/docs/regions-zones',
  },
};

function sourceFor(provider: CloudProvider, csvSource: string): SourceRef {
  if (provider === 'aws') return REGION_SOURCES['aws-csv']!;
  if (provider === 'gcp') return REGION_SOURCES['gcp-csv']!;
  return csvSource.includes('azure-region-span') ? REGION_SOURCES['azure-region-span']! : REGION_SOURCES['azure-metadata']!;
}

interface ExtraRegion {
  provider: CloudProvider;
  code: string;
  name: string;
  city: string;
  country: string;
  lat: number;
  lon: number;
  source: SourceRef;
  note?: string;
}

const withDate = (ref: SourceRef, date: string): SourceRef => ({ ...ref, date });

/**
 * Public regions missing from regions.csv. Only regions listed by the provider's own
 * region documentation; coordinates are those of the named city.
 */
export const EXTRA_REGIONS: ExtraRegion[] = [
  { provider: 'aws', code: 'ap-east-2', name: AWS_NAMES['ap-east-2']!, city: 'Taipei', country: 'TW', lat: 25.033, lon: 121.5654, source: withDate(REGION_SOURCES['aws-docs']!, '2025-06-06'), note: 'Launched 2025-06-06 (AWS Regions document history).' },
  { provider: 'aws', code: 'ap-southeast-6', name: AWS_NAMES['ap-southeast-6']!, city: 'Auckland', country: 'NZ', lat: -36.8485, lon: 174.7633, source: withDate(REGION_SOURCES['aws-docs']!, '2025-09-02'), note: 'Launched 2025-09-02 (AWS Regions document history).' },

  { provider: 'azure', code: 'brazilsoutheast', name: 'Brazil Southeast', city: 'Rio de Janeiro', country: 'BR', lat: -22.90278, lon: -43.2075, source: REGION_SOURCES['azure-metadata']!, note: 'Restricted region (paired with Brazil South); point from Azure location metadata.' },
  { provider: 'azure', code: 'westindia', name: 'West India', city: 'Mumbai', country: 'IN', lat: 19.088, lon: 72.868, source: REGION_SOURCES['azure-metadata']! },
  { provider: 'azure', code: 'jioindiacentral', name: 'Jio India Central', city: 'Nagpur', country: 'IN', lat: 21.146633, lon: 79.08886, source: REGION_SOURCES['azure-metadata']!, note: 'Restricted region (paired with Jio India West).' },
  { provider: 'azure', code: 'swedensouth', name: 'Sweden South', city: 'Malmö', country: 'SE', lat: 55.605, lon: 13.0038, source: withDate(REGION_SOURCES['azure-docs']!, '2026-11'), note: 'Restricted region (paired with Sweden Central).' },
  { provider: 'azure', code: 'chilecentral', name: 'Chile Central', city: 'Santiago', country: 'CL', lat: -33.4489, lon: -70.6693, source: REGION_SOURCES['azure-region-span']! },

  ...(
    [
      ['africa-south1', 'Johannesburg', 'ZA', -26.2041, 28.0473],
      ['asia-southeast3', 'Bangkok', 'TH', 13.7563, 100.5018],
      ['europe-north2', 'Stockholm', 'SE', 59.3293, 18.0686],
      ['europe-southwest1', 'Madrid', 'ES', 40.4168, -3.7038],
      ['europe-west8', 'Milan', 'IT', 45.4642, 9.19],
      ['europe-west9', 'Paris', 'FR', 48.8566, 2.3522],
      ['europe-west10', 'Berlin', 'DE', 52.52, 13.405],
      ['europe-west12', 'Turin', 'IT', 45.0703, 7.6869],
      ['me-central1', 'Doha', 'QA', 25.2854, 51.531],
      ['me-central2', 'Dammam', 'SA', 26.4207, 50.0888],
      ['me-west1', 'Tel Aviv', 'IL', 32.0853, 34.7818],
      ['northamerica-south1', 'Querétaro', 'MX', 20.5888, -100.3899],
      ['us-east5', 'Columbus', 'US', 39.9612, -82.9988],
      ['us-south1', 'Dallas', 'US', 32.7767, -96.797],
      ['us-west2', 'Los Angeles', 'US', 34.0522, -118.2437],
      ['us-west3', 'Salt Lake City', 'US', 40.7608, -111.891],
    ] as const
  ).map(([code, city, country, lat, lon]): ExtraRegion => ({
    provider: 'gcp',
    code,
    name: GCP_NAMES[code]!,
    city,
    country,
    lat,
    lon,
    source: withDate(REGION_SOURCES['gcp-docs']!, '2026-11'),
  })),
];

/** Corrections of known weak points (shared/data/README.md), applied after the CSV is read. */
const CORRECTIONS: Record<string, Partial<CatalogRegion> & { note: string }> = {
  'azure:eastus': {
    city: 'Northern Virginia',
    lat: 39.0,
    lon: -77.5,
    note:
      'Azure metadata gives a state-level point (37.3719, -79.8164). Published RTTs put East US in northern Virginia: ' +
      'it is 3–6 ms closer than East US 2 (Boydton) to North Central US, Canada Central and Europe, so it is placed in Loudoun County.',
  },
  'azure:germanynorth': {
    city: 'Berlin',
    lat: 52.52,
    lon: 13.405,
    note:
      'Azure metadata names Berlin but its point (53.0736, 8.8064) is Bremen. Published RTTs agree with Berlin ' +
      '(16 ms to Poland Central against 23 ms from Germany West Central), so the point is Berlin city centre.',
  },
  'azure:australiacentral': {
    note: 'Australia Central and Central 2 are both in Canberra and share one point (published RTT between them: 3–4 ms).',
  },
  'azure:australiacentral2': {
    note: 'Australia Central and Central 2 are both in Canberra and share one point (published RTT between them: 3–4 ms).',
  },
  'azure:israelcentral': {
    note: 'Azure metadata names only the country; the point is Tel Aviv city centre (approximate).',
  },
  'azure:uksouth': {
    city: 'London',
    note: 'Azure metadata point (50.941, -0.799) lies south of London; kept as published.',
  },
};

/** Azure region code from its display name: lower case, spaces removed ("West US 2" → westus2). */
export const azureCode = (displayName: string) => displayName.toLowerCase().replace(/\s+/g, '');

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
/** Locale-independent order, so the generated files are byte-identical on every machine. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildRegions(regionsCsv: string): CatalogRegion[] {
  const out: CatalogRegion[] = [];
  for (const row of parseCsv(regionsCsv)) {
    const provider = row.provider as CloudProvider;
    if (provider !== 'aws' && provider !== 'azure' && provider !== 'gcp') throw new Error(`unknown provider "${row.provider}"`);
    const raw = row.region!;
    const code = provider === 'azure' ? azureCode(raw) : raw;
    const name = provider === 'aws' ? AWS_NAMES[code] : provider === 'gcp' ? GCP_NAMES[code] : raw;
    if (!name) throw new Error(`no display name for ${provider} ${code}: add it to the name table`);
    const country = COUNTRY_ISO[row.country!];
    if (!country) throw new Error(`no ISO code for country "${row.country}" (${provider} ${code})`);
    let city = row.city!;
    if (provider === 'gcp') city = city.split(',')[0]!.trim();
    if (provider === 'azure') city = AZURE_CITY[raw] ?? city;
    const region: CatalogRegion = {
      provider,
      code,
      name,
      city,
      country,
      lat: round(Number(row.lat), 6),
      lon: round(Number(row.lon), 6),
      eu: EU_MEMBERS.has(country),
      source: sourceFor(provider, row.source!),
    };
    if (!Number.isFinite(region.lat) || !Number.isFinite(region.lon)) throw new Error(`bad coordinates for ${provider} ${code}`);
    const fix = CORRECTIONS[`${provider}:${code}`];
    out.push(fix ? { ...region, ...fix } : region);
  }
  for (const extra of EXTRA_REGIONS) {
    if (out.some((r) => r.provider === extra.provider && r.code === extra.code)) {
      throw new Error(`${extra.provider} ${extra.code} is now in regions.csv: remove it from EXTRA_REGIONS`);
    }
    const { note, ...rest } = extra;
    out.push({ ...rest, eu: EU_MEMBERS.has(extra.country), ...(note ? { note } : {}) });
  }
  const order = { aws: 0, azure: 1, gcp: 2, oci: 3 } as const;
  return out.sort((a, b) => order[a.provider] - order[b.provider] || cmp(a.code, b.code));
}

export const LATENCY_SOURCES: PublishedLatencySource[] = [
  {
    provider: 'azure',
    label: 'Azure published median',
    url: 'https://learn.microsoft.com/en-us/azure/networking/azure-network-latency',
    date: '2026-07-30',
    statistic: 'monthly median (P50) round trip, integer ms, backbone probes each minute; 30 days ending 2026-07-30',
  },
  {
    provider: 'aws',
    label: 'cloudping.co AWS P50 (1 year)',
    url: 'https://www.cloudping.co/api/latencies?percentile=p_50&timeframe=1Y',
    date: '2025-05-29',
    statistic: 'P50 over one year of TCP round trips between regions, captured 2025-05-29 (rounded to 0.01 ms)',
  },
];

export type PublishedPair = [CloudProvider, string, string, number];

export function buildPublishedPairs(latencyCsv: string, regions: CatalogRegion[]): PublishedPair[] {
  const known = new Set(regions.map((r) => `${r.provider}:${r.code}`));
  const pairs: PublishedPair[] = [];
  for (const row of parseCsv(latencyCsv)) {
    const provider = row.provider as CloudProvider;
    const code = (s: string) => (provider === 'azure' ? azureCode(s) : s);
    const a = code(row.region_a!);
    const b = code(row.region_b!);
    for (const c of [a, b]) if (!known.has(`${provider}:${c}`)) throw new Error(`latency row names unknown ${provider} region "${c}"`);
    const rtt = Number(row.rtt_ms);
    if (!Number.isFinite(rtt) || rtt <= 0) throw new Error(`bad rtt_ms "${row.rtt_ms}" for ${provider} ${a} → ${b}`);
    pairs.push([provider, a, b, round(rtt, 2)]);
  }
  return pairs.sort((x, y) => cmp(x[0], y[0]) || cmp(x[1], y[1]) || cmp(x[2], y[2]));
}

export function regionsJsonText(regions: CatalogRegion[]): string {
  const doc = {
    about:
      'Cloud regions (AWS, Azure, GCP) with display name, city, ISO country, coordinates and EU membership. ' +
      'Generated by scripts/build-catalog.ts from shared/data/regions.csv plus the curated additions and corrections in that script; do not edit by hand.',
    sources: REGION_SOURCES,
    regions,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export function publishedLatencyJsonText(pairs: PublishedPair[]): string {
  // One pair per line keeps the file small and its diffs readable.
  const head = JSON.stringify(
    {
      about:
        'Published round-trip medians between regions of one provider, one row per direction as published: [provider, from, to, rttMs]. ' +
        'Generated by scripts/build-catalog.ts from shared/data/latency-published.csv; do not edit by hand.',
      sources: LATENCY_SOURCES,
    },
    null,
    2,
  );
  const body = pairs.map((p) => '    ' + JSON.stringify(p)).join(',\n');
  return head.slice(0, -2) + ',\n  "pairs": [\n' + body + '\n  ]\n}\n';
}

export interface BuiltCatalogFiles {
  'regions.json': string;
  'published-latency.json': string;
}

export function buildCatalogFiles(dataDir: string): BuiltCatalogFiles {
  const regions = buildRegions(readFileSync(resolve(dataDir, 'regions.csv'), 'utf8'));
  const pairs = buildPublishedPairs(readFileSync(resolve(dataDir, 'latency-published.csv'), 'utf8'), regions);
  return { 'regions.json': regionsJsonText(regions), 'published-latency.json': publishedLatencyJsonText(pairs) };
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CATALOG_DIR = resolve(REPO_ROOT, 'resources', 'catalog');

/** The shared data folder: --data, $NETSTUDIO_SHARED_DATA, or ../shared/data beside the repository. */
export function defaultDataDir(): string {
  if (process.env.NETSTUDIO_SHARED_DATA) return process.env.NETSTUDIO_SHARED_DATA;
  const beside = resolve(REPO_ROOT, '..', 'shared', 'data');
  return existsSync(beside) ? beside : '/work/shared/data';
}

function main(argv: string[]): number {
  const dataFlag = argv.indexOf('--data');
  const dataDir = dataFlag >= 0 && argv[dataFlag + 1] ? resolve(argv[dataFlag + 1]!) : defaultDataDir();
  if (!existsSync(resolve(dataDir, 'regions.csv'))) {
    console.error(`build-catalog: no regions.csv in ${dataDir} (pass --data DIR or set NETSTUDIO_SHARED_DATA)`);
    return 2;
  }
  const files = buildCatalogFiles(dataDir);
  let stale = 0;
  for (const [name, text] of Object.entries(files)) {
    const path = resolve(CATALOG_DIR, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (argv.includes('--check')) {
      if (current !== text) {
        console.error(`build-catalog: ${name} is out of date; run node bin/tsnode.mjs scripts/build-catalog.ts`);
        stale++;
      }
    } else if (current !== text) {
      writeFileSync(path, text);
      console.log(`wrote ${name}`);
    } else console.log(`${name} unchanged`);
  }
  return stale > 0 ? 1 : 0;
}

// tsx's tsImport (bin/tsnode.mjs) adds a query to the module URL: compare paths only.
if (process.argv[1] && import.meta.url.split('?')[0] === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
