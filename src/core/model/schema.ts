/**
 * The design document: one zod schema for every section of a `*.netstudio.yaml` file.
 *
 * Field names follow the canonical example of DESIGN.md §2 (a contract: extend, never
 * rename). Units are in the names. Every bound below is there so that absurd input
 * (negative bandwidth, 1e308 seconds, a 100 kB name) fails with a clear message instead
 * of poisoning an estimate; the bounds are generous for real networks.
 */
import { z } from 'zod';

export const CURRENT_SCHEMA_VERSION = 1;

/** Limits on the document as a whole, checked before and after parsing. */
export const DOCUMENT_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxRegions: 5000,
  maxCircuits: 20000,
  maxServices: 5000,
  maxScenarios: 2000,
  maxDemands: 20000,
  maxComments: 10000,
} as const;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

export const Id = z
  .string()
  .min(1, 'an id cannot be empty')
  .max(64, 'an id has at most 64 characters')
  .regex(ID_PATTERN, 'an id starts with a letter or digit and uses only letters, digits, _ . : -');

const Name = z.string().min(1, 'cannot be empty').max(200, 'at most 200 characters');
const Text = z.string().max(20000, 'at most 20,000 characters');

/** A finite number in [min, max]; zod already refuses NaN and ±Infinity. */
function bounded(min: number, max: number, unit: string) {
  return z
    .number()
    .min(min, `must be at least ${min} ${unit}`.trim())
    .max(max, `must be at most ${max.toLocaleString('en-US')} ${unit}`.trim());
}
const Seconds = bounded(0, 31_536_000, 's');
const PositiveSeconds = bounded(0.001, 31_536_000, 's');
const Ms = bounded(0, 60_000, 'ms');
const Mbps = bounded(0, 10_000_000, 'Mbps');
const Percent = bounded(0, 100, '%');
const Hours = bounded(0.001, 10_000_000, 'h');
const Usd = bounded(0, 1e9, 'USD');

export const Cidr = z
  .string()
  .regex(
    /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(3[0-2]|[12]?\d)$/,
    'must be an IPv4 CIDR such as 10.1.0.0/16',
  );

export const Position = z.strictObject({ x: bounded(-1e6, 1e6, ''), y: bounded(-1e6, 1e6, '') });

export const Location = z.strictObject({
  lat: bounded(-90, 90, '°'),
  lon: bounded(-180, 180, '°'),
  city: Name.optional(),
  country: z.string().min(2).max(3).optional(),
});

export const Reliability = z.strictObject({
  /** Mean time between failures, hours. */
  mtbfHours: Hours.describe('Mean time between failures, hours.'),
  /** Mean time to repair, hours. */
  mttrHours: Hours.describe('Mean time to repair, hours.'),
});

export const RegionKind = z.enum(['cloud-region', 'datacenter', 'colo', 'office', 'edge-pop']);
export const Provider = z.enum(['aws', 'azure', 'gcp', 'oci', 'onprem', 'other']);
/** Network OS of an on-prem edge, used by the Ansible export. */
export const Platform = z.enum([
  'cisco.ios',
  'cisco.iosxr',
  'cisco.nxos',
  'junipernetworks.junos',
  'vyos.vyos',
  'arista.eos',
  'linux',
]);

export const Region = z.strictObject({
  id: Id,
  name: Name,
  kind: RegionKind,
  provider: Provider,
  /** A provider's region code (`eu-west-1`); the region catalog resolves it to a location. */
  providerRegion: z.string().min(1).max(64).describe('A provider\'s region code (eu-west-1); the region catalog resolves it to a location.').optional(),
  /** Explicit coordinates; wins over the catalog's. */
  location: Location.describe('Explicit coordinates; wins over the catalog\'s.').optional(),
  /** ISO 3166 country code, or `EU`; defaults to the location's country. */
  jurisdiction: z.string().min(2).max(3).describe('ISO 3166 country code, or EU; defaults to the location\'s country.').optional(),
  /** Address space; allocated by IPAM from `ipam.supernet` when omitted. */
  cidr: Cidr.describe('Address space; allocated by IPAM from ipam.supernet when omitted.').optional(),
  /** BGP autonomous system number of this site's edge. */
  asn: z.number().int().min(1).max(4_294_967_295).describe('BGP autonomous system number of this site\'s edge.').optional(),
  platform: Platform.optional(),
  reliability: Reliability.optional(),
  /** Added when a path crosses this region (router/gateway hops), ms. Default from the catalog. */
  transitMs: Ms.describe('Added when a path crosses this region (router/gateway hops), ms. Default from the catalog.').optional(),
  position: Position.optional(),
  description: Text.optional(),
});

export const CircuitType = z.enum([
  'cloud-backbone',
  'transit-gateway-peering',
  'mpls',
  'ipsec-vpn',
  'wireguard',
  'sd-wan',
  'direct-connect',
  'expressroute',
  'interconnect',
  'dark-fiber',
  'internet',
]);

export const Bgp = z.strictObject({
  localPref: z.number().int().min(0).max(4_294_967_295).optional(),
  med: z.number().int().min(0).max(4_294_967_295).optional(),
  /** Extra copies of the local AS prepended on routes announced over this circuit. */
  asPathPrepend: z.number().int().min(0).max(16).describe('Extra copies of the local AS prepended on routes announced over this circuit.').optional(),
});

export const Circuit = z.strictObject({
  id: Id,
  name: Name.optional(),
  from: Id,
  to: Id,
  type: CircuitType,
  bandwidthMbps: bounded(0.001, 10_000_000, 'Mbps').describe('Provisioned bandwidth of the circuit, Mbps.'),
  /** Measured round-trip time; overrides every estimate. */
  latencyMs: Ms.describe('Measured round-trip time; overrides every estimate.').optional(),
  encrypted: z.boolean().describe('Traffic is encrypted on this circuit (IPsec, WireGuard, MACsec…). Default from the circuit type.').optional(),
  /** Carrier or provider that sells the circuit. */
  carrier: z.string().min(1).max(100).describe('Carrier or provider that sells the circuit.').optional(),
  bgp: Bgp.optional(),
  reliability: Reliability.optional(),
  /** Negotiated monthly price of the whole circuit; replaces the catalog price model. */
  monthlyCostUsd: Usd.describe('Negotiated monthly price of the whole circuit; replaces the catalog price model.').optional(),
  description: Text.optional(),
});

export const ServiceKind = z.enum([
  'web',
  'api',
  'database',
  'cache',
  'queue',
  'dns',
  'cdn',
  'load-balancer',
  'firewall',
  'storage',
]);
export const Topology = z.enum(['active-active', 'active-passive', 'single']);

export const Replication = z.strictObject({
  mode: z.enum(['sync', 'async', 'crdt', 'snapshot', 'none']),
  /** Batching interval for async, or the snapshot interval. */
  intervalSeconds: Seconds.describe('Batching interval for async, or the snapshot interval.').optional(),
  /** Write rate that must reach every replica, MB/s. */
  writeMBps: bounded(0, 1_000_000, 'MB/s').describe('Write rate that must reach every replica, MB/s.').optional(),
  /** Bandwidth reserved for replication, Mbps; defaults to what the path can carry. */
  bandwidthMbps: Mbps.describe('Bandwidth reserved for replication, Mbps; defaults to what the path can carry.').optional(),
});

export const Failover = z.strictObject({
  mechanism: z.enum(['dns', 'anycast', 'bgp', 'global-lb', 'manual']),
  healthCheckIntervalSeconds: PositiveSeconds.describe('Seconds between health checks; detection time = interval × failureThreshold.').optional(),
  failureThreshold: z.number().int().min(1).max(100).describe('Consecutive failed checks before failover starts.').optional(),
  dnsTtlSeconds: Seconds.describe('TTL of the DNS records; clients keep the old answer this long.').optional(),
  promotionSeconds: Seconds.describe('Time to promote the standby to primary (active-passive).').optional(),
  standby: z.enum(['hot', 'warm', 'cold']).describe('hot: running and serving-ready; warm: running, needs warm-up; cold: must be started.').optional(),
  /** BGP hold time when `mechanism: bgp` and no BFD, s. */
  bgpHoldSeconds: Seconds.describe('BGP hold time when mechanism: bgp and no BFD, s.').optional(),
  bfd: z.boolean().optional(),
});

export const Objectives = z.strictObject({
  rtoSeconds: Seconds.describe('Recovery time objective: longest acceptable outage, s.').optional(),
  rpoSeconds: Seconds.describe('Recovery point objective: most data loss acceptable, s of writes.').optional(),
  availabilityPercent: z
    .number()
    .min(0, 'must be at least 0 %')
    .max(100, 'must be at most 100 %')
    .describe('Availability target, percent of the year (99.99 allows 52.6 minutes of downtime).')
    .optional(),
  latencyP95Ms: Ms.describe('95th percentile round trip from users to the serving region, ms.').optional(),
});

export const Load = z.strictObject({
  requestsPerSecond: bounded(0, 1e9, 'req/s').describe('Average requests per second from users.').optional(),
  /** Average response size, kB; turns requests into Mbps. */
  responseKB: bounded(0, 1e6, 'kB').describe('Average response size, kB; turns requests into Mbps.').optional(),
  writeMBps: bounded(0, 1_000_000, 'MB/s').optional(),
  egressGBPerMonth: bounded(0, 1e9, 'GB/month').describe('Data sent to the internet per month, GB (priced as internet egress).').optional(),
  /** Share of users per region id (fractions that sum to 1). */
  users: z.record(Id, bounded(0, 1, '')).describe('Share of users per region id (fractions that sum to 1).').optional(),
});

export const DataClass = z.strictObject({
  name: Name,
  allowedJurisdictions: z.array(z.string().min(2).max(3)).max(300),
});

export const Service = z.strictObject({
  id: Id,
  name: Name,
  kind: ServiceKind,
  placements: z.array(Id).min(1, 'a service needs at least one placement').max(1000).describe('Region ids where the service runs.'),
  topology: Topology.describe('active-active: every placement serves; active-passive: the primary serves and a standby takes over; single: one placement.').optional(),
  primary: Id.describe('The placement that serves in active-passive topology.').optional(),
  replication: Replication.optional(),
  failover: Failover.optional(),
  objectives: Objectives.optional(),
  load: Load.optional(),
  /** Requests per second one placement can serve; bounds what survivors can absorb. */
  capacityRps: bounded(0, 1e9, 'req/s').describe('Requests per second one placement can serve; bounds what survivors can absorb.').optional(),
  dataClass: DataClass.optional(),
  dependsOn: z.array(Id).max(1000).describe('Services this one needs; it is down when any of them is.').optional(),
  segment: Id.optional(),
  reliability: Reliability.optional(),
  description: Text.optional(),
});

export const SegmentKind = z.enum(['management', 'application', 'user', 'data', 'dmz', 'other']);

export const Flow = z.strictObject({
  to: Id,
  ports: z.array(z.union([z.number().int().min(0).max(65535), z.string().regex(/^\d+-\d+$/)])).max(200).optional(),
  protocol: z.enum(['tcp', 'udp', 'icmp', 'any']).optional(),
});

export const Segment = z.strictObject({
  id: Id,
  name: Name,
  kind: SegmentKind,
  cidr: Cidr.optional(),
  /** Flows this segment may start; everything else is denied. */
  allow: z.array(Flow).max(500).describe('Flows this segment may start; everything else is denied.').optional(),
  /** Regions where the segment exists; all when omitted. */
  regions: z.array(Id).max(5000).describe('Regions where the segment exists; all when omitted.').optional(),
});

export const TrafficClass = z.enum(['realtime', 'interactive', 'bulk']);

export const Demand = z.strictObject({
  id: Id.optional(),
  from: Id,
  to: Id,
  mbps: bounded(0, 10_000_000, 'Mbps'),
  class: TrafficClass.optional(),
});

export const Degradation = z.strictObject({
  circuit: Id,
  addedLatencyMs: Ms.optional(),
  packetLossPercent: Percent.optional(),
  /** Fraction of bandwidth left, 0–1. */
  bandwidthFactor: bounded(0, 1, '').describe('Fraction of bandwidth left, 0–1.').optional(),
});

export const Scenario = z.strictObject({
  id: Id,
  name: Name,
  description: Text.optional(),
  /** Region, circuit or service ids that fail. */
  fail: z.array(Id).max(10000).describe('Region, circuit or service ids that fail.').optional(),
  degrade: z.array(Degradation).max(10000).optional(),
  /** Every region and circuit of these providers fails. */
  providerOutage: z.array(Provider).max(6).describe('Every region and circuit of these providers fails.').optional(),
  /** Two groups of regions that can no longer reach each other. */
  partition: z.tuple([z.array(Id).min(1), z.array(Id).min(1)]).describe('Two groups of regions that can no longer reach each other.').optional(),
});

export const Comment = z.strictObject({
  id: Id,
  /** Element id the comment is pinned to; the whole design when omitted. */
  element: Id.describe('Element id the comment is pinned to; the whole design when omitted.').optional(),
  author: z.string().min(1).max(100),
  /** ISO 8601 date-time. */
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO 8601 date-time').describe('ISO 8601 date-time.'),
  text: Text.min(1),
  resolved: z.boolean().optional(),
});

export const SavedView = z.strictObject({
  id: Id,
  name: Name,
  layout: z.enum(['schematic', 'map']).optional(),
  viewport: z.strictObject({ x: z.number().finite(), y: z.number().finite(), zoom: bounded(0.01, 100, '') }).optional(),
  scenario: Id.optional(),
  selection: z.array(Id).max(10000).optional(),
});

export const Review = z.strictObject({
  comments: z.array(Comment).max(DOCUMENT_LIMITS.maxComments).optional(),
  views: z.array(SavedView).max(500).optional(),
});

export const PriceOverride = z.strictObject({
  /** Id of the catalog price it replaces (see resources/catalog/prices.json). */
  item: z.string().min(1).max(120).describe('Id of the catalog price it replaces (see resources/catalog/prices.json).'),
  unitPriceUsd: Usd,
  note: Text.optional(),
});

export const Pricing = z.strictObject({
  overrides: z.array(PriceOverride).max(1000).optional(),
});

export const Ipam = z.strictObject({
  /** Pool that region and segment CIDRs are allocated from. */
  supernet: Cidr.describe('Pool that region and segment CIDRs are allocated from.').optional(),
  /** Prefix length of each region's block. */
  regionPrefix: z.number().int().min(8).max(28).describe('Prefix length of each region\'s block.').optional(),
});

export const Design = z.strictObject({
  schemaVersion: z.number().int().min(1).max(CURRENT_SCHEMA_VERSION),
  name: Name,
  description: Text.optional(),
  /** Free text shown in reports. */
  assumptions: Text.describe('Free text shown in reports.').optional(),
  ipam: Ipam.optional(),
  regions: z.array(Region).max(DOCUMENT_LIMITS.maxRegions).default([]),
  circuits: z.array(Circuit).max(DOCUMENT_LIMITS.maxCircuits).default([]),
  services: z.array(Service).max(DOCUMENT_LIMITS.maxServices).default([]),
  segments: z.array(Segment).max(1000).optional(),
  demands: z.array(Demand).max(DOCUMENT_LIMITS.maxDemands).optional(),
  scenarios: z.array(Scenario).max(DOCUMENT_LIMITS.maxScenarios).optional(),
  review: Review.optional(),
  pricing: Pricing.optional(),
});

export type Design = z.infer<typeof Design>;
export type Region = z.infer<typeof Region>;
export type Circuit = z.infer<typeof Circuit>;
export type Service = z.infer<typeof Service>;
export type Segment = z.infer<typeof Segment>;
export type Demand = z.infer<typeof Demand>;
export type Scenario = z.infer<typeof Scenario>;
export type Comment = z.infer<typeof Comment>;
export type SavedView = z.infer<typeof SavedView>;
export type Location = z.infer<typeof Location>;
export type Reliability = z.infer<typeof Reliability>;
export type RegionKind = z.infer<typeof RegionKind>;
export type Provider = z.infer<typeof Provider>;
export type Platform = z.infer<typeof Platform>;
export type CircuitType = z.infer<typeof CircuitType>;
export type ServiceKind = z.infer<typeof ServiceKind>;
export type Topology = z.infer<typeof Topology>;
export type TrafficClass = z.infer<typeof TrafficClass>;
export type Replication = z.infer<typeof Replication>;
export type Failover = z.infer<typeof Failover>;
export type Objectives = z.infer<typeof Objectives>;
export type Bgp = z.infer<typeof Bgp>;
export type Degradation = z.infer<typeof Degradation>;
