/**
 * Reading the published latency measurements and region coordinates (shared/data CSVs) into
 * calibration pairs. Pure: the caller reads the files and passes their text.
 */
import type { LatLon } from './geo.ts';

/** One region with its coordinates, as listed in regions.csv. */
export interface RegionPoint extends LatLon {
  provider: string;
  region: string;
  city: string;
}

/** One directed published round trip, as listed in latency-published.csv. */
export interface PublishedRow {
  provider: string;
  regionA: string;
  regionB: string;
  rttMs: number;
  source: string;
  sourceDate: string;
}

/**
 * One undirected pair used for calibration: both directions averaged, with the coordinates
 * of each end after corrections. `key` is `provider:regionA|regionB` with A < B.
 */
export interface CalibrationPair {
  key: string;
  provider: string;
  regionA: string;
  regionB: string;
  a: LatLon;
  b: LatLon;
  /** Mean of the published directions, ms. */
  rttMs: number;
  /** How many published directions were averaged (1 or 2). */
  directions: number;
}

/**
 * A coordinate correction applied to the calibration input, with the reason. Kept in code
 * beside the data reader so that the script, the tests and the docs use the same list.
 */
export interface CoordinateCorrection {
  provider: string;
  region: string;
  lat: number;
  lon: number;
  reason: string;
}

/**
 * Corrections to regions.csv for calibration. Each is where the listed point is a state or
 * a wrong city and the provider's own data-centre metro is publicly known.
 */
export const COORDINATE_CORRECTIONS: readonly CoordinateCorrection[] = [
  {
    provider: 'azure',
    region: 'East US',
    lat: 39.0438,
    lon: -77.4874,
    reason:
      'regions.csv holds a state-level point in south-west Virginia (37.37, −79.82); the published RTTs place East US in northern Virginia (3–5 ms closer than East US 2 at Boydton to Toronto, Chicago and Iowa: 18 / 19.5 / 28.5 ms against 21.5 / 24 / 32.5 ms): moved to Ashburn.',
  },
  {
    provider: 'azure',
    region: 'Germany North',
    lat: 52.52,
    lon: 13.405,
    reason:
      'regions.csv places Germany North at Bremen (53.07, 8.81) although its city is Berlin; its published RTTs agree with Berlin (16 ms to Warsaw against 23 ms from Frankfurt): moved to Berlin city centre.',
  },
  {
    provider: 'aws',
    region: 'us-west-2',
    lat: 45.8399,
    lon: -119.7006,
    reason:
      'regions.csv lists Portland city centre; AWS us-west-2 data centres are in Umatilla/Morrow counties (Boardman–Hermiston, Oregon), about 260 km east: moved to Boardman area.',
  },
];

/**
 * Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
 * Returns rows of string fields; empty trailing lines are dropped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function records(text: string, required: readonly string[]): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  if (!header) throw new Error('CSV is empty');
  for (const col of required) {
    if (!header.includes(col)) throw new Error(`CSV lacks column "${col}" (has: ${header.join(', ')})`);
  }
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

function num(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n)) throw new Error(`${what}: not a number: "${value}"`);
  return n;
}

/** Parses regions.csv (`provider,region,city,country,lat,lon,source`). */
export function parseRegionsCsv(text: string): RegionPoint[] {
  return records(text, ['provider', 'region', 'city', 'lat', 'lon']).map((r) => ({
    provider: r.provider!,
    region: r.region!,
    city: r.city!,
    lat: num(r.lat, `${r.provider} ${r.region} lat`),
    lon: num(r.lon, `${r.provider} ${r.region} lon`),
  }));
}

/** Parses latency-published.csv (`provider,region_a,region_b,city_a,city_b,rtt_ms,source,source_date`). */
export function parsePublishedLatencyCsv(text: string): PublishedRow[] {
  return records(text, ['provider', 'region_a', 'region_b', 'rtt_ms']).map((r) => ({
    provider: r.provider!,
    regionA: r.region_a!,
    regionB: r.region_b!,
    rttMs: num(r.rtt_ms, `${r.provider} ${r.region_a}→${r.region_b} rtt_ms`),
    source: r.source ?? '',
    sourceDate: r.source_date ?? '',
  }));
}

/**
 * Joins published rows to region coordinates and averages the two directions of each pair.
 * Rows whose regions are missing from `regions` are reported in `unmatched`, never guessed.
 * Corrections replace the coordinates of the regions they name. Pairs come out sorted by key,
 * so the result is deterministic whatever the row order.
 */
export function buildCalibrationPairs(
  regions: readonly RegionPoint[],
  rows: readonly PublishedRow[],
  corrections: readonly CoordinateCorrection[] = COORDINATE_CORRECTIONS,
): { pairs: CalibrationPair[]; unmatched: string[] } {
  const where = new Map<string, LatLon>();
  for (const r of regions) where.set(`${r.provider}:${r.region}`, { lat: r.lat, lon: r.lon });
  for (const c of corrections) where.set(`${c.provider}:${c.region}`, { lat: c.lat, lon: c.lon });
  const sums = new Map<string, { provider: string; regionA: string; regionB: string; sum: number; n: number }>();
  const unmatched = new Set<string>();
  for (const row of rows) {
    const [x, y] = row.regionA < row.regionB ? [row.regionA, row.regionB] : [row.regionB, row.regionA];
    for (const r of [x, y]) if (!where.has(`${row.provider}:${r}`)) unmatched.add(`${row.provider}:${r}`);
    const key = `${row.provider}:${x}|${y}`;
    const s = sums.get(key) ?? { provider: row.provider, regionA: x, regionB: y, sum: 0, n: 0 };
    s.sum += row.rttMs;
    s.n += 1;
    sums.set(key, s);
  }
  const pairs: CalibrationPair[] = [];
  for (const [key, s] of [...sums].sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))) {
    const a = where.get(`${s.provider}:${s.regionA}`);
    const b = where.get(`${s.provider}:${s.regionB}`);
    if (!a || !b) continue;
    pairs.push({ key, provider: s.provider, regionA: s.regionA, regionB: s.regionB, a, b, rttMs: s.sum / s.n, directions: s.n });
  }
  return { pairs, unmatched: [...unmatched].sort() };
}
