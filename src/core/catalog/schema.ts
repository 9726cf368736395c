/**
 * Schemas of the catalog files in resources/catalog/. Each file is checked on load; a
 * malformed entry fails with a `CatalogError` naming the file and the path inside it
 * (`regions.json: regions[12].lat: …`), never with a half-loaded catalog.
 */
import { z } from 'zod';
import { CircuitType, RegionKind } from '../model/schema.ts';
import { formatPath, type PathSegment } from '../model/path.ts';

/** The catalog files by name, as `parseCatalog` receives them. */
export type CatalogFile = 'regions.json' | 'published-latency.json' | 'circuit-types.json' | 'prices.json' | 'defaults.json';

/** A catalog that cannot be used: which file, where in it, and what is wrong. */
export class CatalogError extends Error {
  constructor(
    readonly file: CatalogFile,
    /** Path inside the file, `regions[12].lat`; empty for the file as a whole. */
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${file}${path ? `: ${path}` : ''}: ${detail}`);
    this.name = 'CatalogError';
  }
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (some market sources give only a year). */
const DateText = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD');
const Text = z.string().min(1, 'cannot be empty').max(4000, 'at most 4,000 characters');

export const SourceRefSchema = z.strictObject({
  label: Text,
  url: z.string().regex(/^https?:\/\//, 'must be an http(s) URL').optional(),
  date: DateText.optional(),
});

const CatalogProvider = z.enum(['aws', 'azure', 'gcp', 'oci']);
const PublishedProvider = z.enum(['aws', 'azure', 'gcp']);

export const CatalogRegionSchema = z.strictObject({
  provider: CatalogProvider,
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case provider region code such as eu-west-1'),
  name: Text,
  city: Text,
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE'),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  eu: z.boolean(),
  source: SourceRefSchema,
  note: Text.optional(),
});

export const RegionsFileSchema = z.strictObject({
  about: Text.optional(),
  sources: z.record(z.string(), SourceRefSchema),
  regions: z.array(CatalogRegionSchema).min(1, 'the region list is empty'),
});

export const PublishedLatencySourceSchema = z.strictObject({
  provider: PublishedProvider,
  label: Text,
  url: z.string().regex(/^https?:\/\//, 'must be an http(s) URL').optional(),
  date: DateText.optional(),
  statistic: Text,
});

export const PublishedLatencyFileSchema = z.strictObject({
  about: Text.optional(),
  sources: z.array(PublishedLatencySourceSchema),
  /** [provider, from, to, rttMs], one row per published direction. */
  pairs: z.array(z.tuple([PublishedProvider, z.string().min(1), z.string().min(1), z.number().positive('an RTT must be positive').max(60_000)])),
});

const PriceId = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a price id uses lower-case letters, digits, dots and dashes');

export const PriceModelSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('port-hourly'),
    portPriceIds: z
      .array(z.strictObject({ minMbps: z.number().min(0), priceId: PriceId, portMbps: z.number().positive().optional() }))
      .min(1, 'a port ladder needs at least one port'),
    perGbPriceId: PriceId.optional(),
  }),
  z.strictObject({ kind: z.literal('attachment-hourly'), hourlyPriceId: PriceId, perGbPriceId: PriceId.optional() }),
  z.strictObject({ kind: z.literal('connection-hourly'), hourlyPriceId: PriceId, perGbPriceId: PriceId.optional() }),
  z.strictObject({ kind: z.literal('per-mbps-month'), priceId: PriceId, minimumMonthlyUsd: z.number().min(0).optional() }),
  z.strictObject({ kind: z.literal('per-gb'), perGbPriceId: PriceId }),
  z.strictObject({ kind: z.literal('flat-month'), priceId: PriceId }),
]);

export const CircuitTypeInfoSchema = z.strictObject({
  id: CircuitType,
  label: Text,
  providerBackbone: z.boolean(),
  routeInflation: z.number().min(0.5, 'route inflation below 0.5 would beat the backbone by half').max(5),
  overheadMs: z.number().min(0).max(1000),
  encryptionMs: z.number().min(0).max(1000),
  encryptedByDefault: z.boolean(),
  overInternet: z.boolean(),
  mtbfHours: z.number().positive(),
  mttrHours: z.number().positive(),
  reliabilityBasis: Text,
  provisioningDays: z.number().min(0).max(3650),
  priceModel: PriceModelSchema,
  providerPriceModels: z.partialRecord(PublishedProvider, PriceModelSchema).optional(),
  latencyBasis: Text.optional(),
  source: SourceRefSchema,
});

export const CircuitTypesFileSchema = z.strictObject({
  about: Text.optional(),
  circuitTypes: z.array(CircuitTypeInfoSchema),
});

export const PriceSchema = z.strictObject({
  id: PriceId,
  provider: z.enum(['aws', 'azure', 'gcp', 'oci', 'onprem', 'other', 'carrier']),
  item: Text,
  unit: z.string().min(1).max(40),
  usd: z.number().min(0).max(1e9),
  scope: Text,
  source: SourceRefSchema.extend({ date: DateText }),
  assumption: z.boolean().optional(),
});

export const PricesFileSchema = z.strictObject({
  about: Text.optional(),
  pricesAsOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  prices: z.array(PriceSchema).min(1, 'the price list is empty'),
});

const DefaultSchema = z.strictObject({ value: z.number().min(0), unit: z.string().min(1).max(20), basis: Text });
const ReliabilityDefaults = z.strictObject({ mtbfHours: DefaultSchema, mttrHours: DefaultSchema });
const byRegionKind = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(RegionKind.options.map((k) => [k, value])) as Record<z.infer<typeof RegionKind>, T>);

export const DefaultsFileSchema = z.strictObject({
  regionReliability: byRegionKind(ReliabilityDefaults),
  regionTransitMs: byRegionKind(DefaultSchema),
  standbyWarmupSeconds: z.strictObject({ hot: DefaultSchema, warm: DefaultSchema, cold: DefaultSchema }),
  manualReactionSeconds: DefaultSchema,
  bgpHoldSeconds: DefaultSchema,
  bfdDetectionSeconds: DefaultSchema,
  anycastWithdrawSeconds: DefaultSchema,
  globalLbPropagationSeconds: DefaultSchema,
  healthCheckIntervalSeconds: DefaultSchema,
  failureThreshold: DefaultSchema,
  dnsTtlSeconds: DefaultSchema,
  promotionSeconds: DefaultSchema,
  peakFactor: DefaultSchema,
  responseKB: DefaultSchema,
  serviceInstanceReliability: ReliabilityDefaults,
});

/** Validates one file's content; throws a CatalogError at the first problem, located. */
export function checkFile<T extends z.ZodType>(file: CatalogFile, schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem${result.error.issues.length > 2 ? 's' : ''})` : '';
  throw new CatalogError(file, formatPath(issue.path as PathSegment[]), describe(issue, raw) + more);
}

/** The issue's message, plus the entry's id or code so "regions[12]" can be found by name. */
function describe(issue: z.core.$ZodIssue, raw: unknown): string {
  let node: unknown = raw;
  let label = '';
  for (const seg of issue.path.slice(0, 2)) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[seg as PropertyKey] : undefined;
  }
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const entry = node as Record<string, unknown>;
    const name = entry.id ?? (entry.provider && entry.code ? `${String(entry.provider)} ${String(entry.code)}` : undefined);
    if (typeof name === 'string' && name) label = ` (entry "${name}")`;
  }
  return issue.message + label;
}
