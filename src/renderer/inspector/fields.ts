/**
 * The inspector's fields, read from the zod schema of the document: each field names the
 * schema it is validated with (so bounds and messages are the schema's own), its unit, and
 * where its default comes from when the design leaves it out.
 */
import type { z } from 'zod';
import type { Catalog } from '../../core/catalog/types.ts';
import {
  Bgp,
  Circuit,
  Failover,
  Load,
  Location,
  Objectives,
  Region,
  Reliability,
  Replication,
  Service,
  type Circuit as CircuitT,
  type Region as RegionT,
  type Service as ServiceT,
} from '../../core/model/index.ts';
import type { ElementKind } from '../model/commands.ts';

export type FieldType = 'text' | 'number' | 'integer' | 'enum' | 'boolean';

export interface FieldSpec {
  /** Path below the element, e.g. ['objectives', 'rtoSeconds']. */
  path: string[];
  label: string;
  unit?: string;
  type: FieldType;
  /** Schema of the field itself. */
  schema: z.ZodType;
  /** Schema of the enclosing object when the field lives in one (failover, reliability…). */
  group?: z.ZodType;
  options?: readonly string[];
  section: string;
  /** Default the engine uses when the field is absent, with its basis. */
  fallback?: (ctx: DefaultContext) => { value: string; basis: string } | undefined;
}

export interface DefaultContext {
  catalog?: Catalog;
  element: unknown;
  /** Engine figure for this element (e.g. a circuit's estimated RTT). */
  estimate?: { rttMs?: number; basis?: string; monthlyUsd?: number };
}

// zod 4 object schemas expose `.shape`; enums expose `.options`.
/* eslint-disable @typescript-eslint/no-explicit-any */
const shape = (s: z.ZodType) => (s as any).shape as Record<string, z.ZodType>;
const unwrapOptions = (s: z.ZodType): readonly string[] | undefined => {
  let cur: any = s;
  while (cur && !cur.options && cur._zod?.def?.innerType) cur = cur._zod.def.innerType;
  return cur?.options as readonly string[] | undefined;
};
/* eslint-enable @typescript-eslint/no-explicit-any */

function field(section: string, objectSchema: z.ZodType, path: string[], label: string, type: FieldType, unit?: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  const key = path.at(-1)!;
  const s = shape(objectSchema)[key]!;
  const spec: FieldSpec = { path, label, type, schema: s, section, ...extra };
  if (unit) spec.unit = unit;
  if (path.length > 1) spec.group = objectSchema;
  if (type === 'enum') spec.options = unwrapOptions(s);
  return spec;
}

const fromDefault = (d: { value: unknown; unit: string; basis: string } | undefined) =>
  d ? { value: `${String(d.value)} ${d.unit}`.trim(), basis: d.basis } : undefined;

export const REGION_FIELDS: FieldSpec[] = [
  field('Region', Region, ['name'], 'Name', 'text'),
  field('Region', Region, ['kind'], 'Kind', 'enum'),
  field('Region', Region, ['provider'], 'Provider', 'enum'),
  field('Region', Region, ['providerRegion'], 'Provider region', 'text'),
  field('Location', Location, ['location', 'city'], 'City', 'text'),
  field('Location', Location, ['location', 'country'], 'Country', 'text'),
  field('Location', Location, ['location', 'lat'], 'Latitude', 'number', '°'),
  field('Location', Location, ['location', 'lon'], 'Longitude', 'number', '°'),
  field('Region', Region, ['jurisdiction'], 'Jurisdiction', 'text'),
  field('Addressing', Region, ['cidr'], 'CIDR', 'text'),
  field('Addressing', Region, ['asn'], 'ASN', 'integer'),
  field('Reliability', Reliability, ['reliability', 'mtbfHours'], 'MTBF', 'number', 'h', {
    fallback: ({ catalog, element }) => fromDefault(catalog?.defaults.regionReliability[(element as RegionT).kind]?.mtbfHours),
  }),
  field('Reliability', Reliability, ['reliability', 'mttrHours'], 'MTTR', 'number', 'h', {
    fallback: ({ catalog, element }) => fromDefault(catalog?.defaults.regionReliability[(element as RegionT).kind]?.mttrHours),
  }),
  field('Reliability', Region, ['transitMs'], 'Transit time', 'number', 'ms', {
    fallback: ({ catalog, element }) => fromDefault(catalog?.defaults.regionTransitMs[(element as RegionT).kind]),
  }),
];

const circuitType = (catalog: Catalog | undefined, element: unknown) => catalog?.circuitTypes[(element as CircuitT).type];

export const CIRCUIT_FIELDS: FieldSpec[] = [
  field('Circuit', Circuit, ['name'], 'Name', 'text'),
  field('Circuit', Circuit, ['type'], 'Type', 'enum'),
  field('Circuit', Circuit, ['bandwidthMbps'], 'Bandwidth', 'number', 'Mbps'),
  field('Circuit', Circuit, ['latencyMs'], 'Measured RTT', 'number', 'ms', {
    fallback: ({ estimate }) =>
      estimate?.rttMs !== undefined ? { value: `${estimate.rttMs.toFixed(1)} ms`, basis: `${estimate.basis ?? 'estimated'} by the estimate engine` } : undefined,
  }),
  field('Circuit', Circuit, ['encrypted'], 'Encrypted', 'boolean', undefined, {
    fallback: ({ catalog, element }) => {
      const t = circuitType(catalog, element);
      return t ? { value: t.encryptedByDefault ? 'yes' : 'no', basis: `circuit type ${t.label}` } : undefined;
    },
  }),
  field('Circuit', Circuit, ['carrier'], 'Carrier', 'text'),
  field('Cost', Circuit, ['monthlyCostUsd'], 'Negotiated price', 'number', 'USD/month', {
    fallback: ({ estimate }) =>
      estimate?.monthlyUsd !== undefined ? { value: `${estimate.monthlyUsd.toFixed(0)} USD/month`, basis: 'catalog price model (see Cost)' } : undefined,
  }),
  field('BGP', Bgp, ['bgp', 'localPref'], 'Local preference', 'integer'),
  field('BGP', Bgp, ['bgp', 'med'], 'MED', 'integer'),
  field('BGP', Bgp, ['bgp', 'asPathPrepend'], 'AS-path prepend', 'integer'),
  field('Reliability', Reliability, ['reliability', 'mtbfHours'], 'MTBF', 'number', 'h', {
    fallback: ({ catalog, element }) => {
      const t = circuitType(catalog, element);
      return t ? { value: `${t.mtbfHours} h`, basis: t.reliabilityBasis } : undefined;
    },
  }),
  field('Reliability', Reliability, ['reliability', 'mttrHours'], 'MTTR', 'number', 'h', {
    fallback: ({ catalog, element }) => {
      const t = circuitType(catalog, element);
      return t ? { value: `${t.mttrHours} h`, basis: t.reliabilityBasis } : undefined;
    },
  }),
];

const d = (key: keyof Catalog['defaults']) => ({ catalog }: DefaultContext) =>
  fromDefault(catalog?.defaults[key] as { value: unknown; unit: string; basis: string } | undefined);

export const SERVICE_FIELDS: FieldSpec[] = [
  field('Service', Service, ['name'], 'Name', 'text'),
  field('Service', Service, ['kind'], 'Kind', 'enum'),
  field('Service', Service, ['topology'], 'Topology', 'enum'),
  field('Objectives', Objectives, ['objectives', 'rtoSeconds'], 'RTO', 'number', 's'),
  field('Objectives', Objectives, ['objectives', 'rpoSeconds'], 'RPO', 'number', 's'),
  field('Objectives', Objectives, ['objectives', 'availabilityPercent'], 'Availability target', 'number', '%'),
  field('Objectives', Objectives, ['objectives', 'latencyP95Ms'], 'User latency p95', 'number', 'ms'),
  field('Failover', Failover, ['failover', 'mechanism'], 'Failover mechanism', 'enum'),
  field('Failover', Failover, ['failover', 'healthCheckIntervalSeconds'], 'Health-check interval', 'number', 's', { fallback: d('healthCheckIntervalSeconds') }),
  field('Failover', Failover, ['failover', 'failureThreshold'], 'Failure threshold', 'integer', 'checks', { fallback: d('failureThreshold') }),
  field('Failover', Failover, ['failover', 'dnsTtlSeconds'], 'DNS TTL', 'number', 's', { fallback: d('dnsTtlSeconds') }),
  field('Failover', Failover, ['failover', 'promotionSeconds'], 'Promotion time', 'number', 's', { fallback: d('promotionSeconds') }),
  field('Failover', Failover, ['failover', 'standby'], 'Standby', 'enum'),
  field('Replication', Replication, ['replication', 'mode'], 'Replication mode', 'enum'),
  field('Replication', Replication, ['replication', 'intervalSeconds'], 'Replication interval', 'number', 's'),
  field('Replication', Replication, ['replication', 'writeMBps'], 'Write rate', 'number', 'MB/s'),
  field('Load', Load, ['load', 'requestsPerSecond'], 'Requests', 'number', 'req/s'),
  field('Load', Load, ['load', 'responseKB'], 'Response size', 'number', 'kB', { fallback: d('responseKB') }),
  field('Load', Load, ['load', 'egressGBPerMonth'], 'Internet egress', 'number', 'GB/month'),
  field('Load', Service, ['capacityRps'], 'Capacity per placement', 'number', 'req/s'),
];

export const FIELDS: Record<Exclude<ElementKind, 'scenario'>, FieldSpec[]> = {
  region: REGION_FIELDS,
  circuit: CIRCUIT_FIELDS,
  service: SERVICE_FIELDS,
};

export function getIn(obj: unknown, path: (string | number)[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/**
 * The value to store for a field edit: the field alone, or its whole enclosing object when
 * the schema requires siblings (a location needs lat and lon). Returns an error message the
 * schema gives when the edit cannot be stored.
 */
export function commitValue(spec: FieldSpec, element: ServiceT | RegionT | CircuitT, raw: string | boolean): { path: string[]; value: unknown } | { error: string } {
  let value: unknown;
  if (spec.type === 'boolean') value = raw === true ? true : raw === false ? false : undefined;
  else if (typeof raw === 'string' && raw.trim() === '') value = undefined;
  else if (spec.type === 'number' || spec.type === 'integer') {
    const n = Number(String(raw).replace(/,/g, ''));
    if (!Number.isFinite(n)) return { error: 'enter a number' };
    value = n;
  } else value = typeof raw === 'string' ? raw.trim() : raw;

  if (value !== undefined) {
    const r = spec.schema.safeParse(value);
    if (!r.success) return { error: r.error.issues[0]?.message ?? 'invalid value' };
  }
  if (!spec.group) {
    if (value === undefined && spec.path[0] === 'name') return { error: 'a name is required' };
    return { path: spec.path, value };
  }
  const groupPath = spec.path.slice(0, -1);
  const key = spec.path.at(-1)!;
  const current = (getIn(element, groupPath) ?? {}) as Record<string, unknown>;
  const next: Record<string, unknown> = { ...current };
  if (value === undefined) delete next[key];
  else next[key] = value;
  if (Object.keys(next).length === 0) return { path: groupPath, value: undefined };
  const r = spec.group.safeParse(next);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { error: `${where}${issue.message}${issue.path[0] !== key ? ' (set it too, or clear this field)' : ''}` };
  }
  return { path: groupPath, value: next };
}
