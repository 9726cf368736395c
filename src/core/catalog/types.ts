/**
 * Shapes of the catalogs in resources/catalog/. Data, not code: every number carries the
 * source it came from so the app and reports can show it.
 */
import type { CircuitType, Provider, RegionKind } from '../model/schema.ts';

/** Where a value came from: shown to users next to the number. */
export interface SourceRef {
  /** Short label shown in the UI, e.g. "AWS pricing page" or "Azure published median". */
  label: string;
  /** URL or document reference. */
  url?: string;
  /** Date the value was read or published, YYYY-MM or YYYY-MM-DD. */
  date?: string;
}

export interface CatalogRegion {
  provider: 'aws' | 'azure' | 'gcp' | 'oci';
  /** Provider's region code, e.g. `eu-west-1`, `westeurope`, `europe-west1`. */
  code: string;
  /** Provider's display name, e.g. "Europe (Ireland)". */
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  /** Legal jurisdiction for data residency: the country code, plus `EU` membership via `eu`. */
  eu: boolean;
  source: SourceRef;
  /** Why the point differs from the source's, or what is uncertain about it. */
  note?: string;
}

/** One published round-trip median between two regions of one provider. */
export interface PublishedLatency {
  provider: 'aws' | 'azure' | 'gcp';
  a: string;
  b: string;
  rttMs: number;
}

export interface PublishedLatencySource extends SourceRef {
  provider: 'aws' | 'azure' | 'gcp';
  statistic: string;
}

export interface CircuitTypeInfo {
  id: CircuitType;
  label: string;
  /** True for circuits carried on one provider's own backbone (published medians apply). */
  providerBackbone: boolean;
  /** Multiplier on the routed backbone-graph RTT (1 = follows the backbone exactly). */
  routeInflation: number;
  /** Fixed round-trip overhead of the circuit's equipment and hand-offs, ms. */
  overheadMs: number;
  /** Extra round-trip time for encryption/encapsulation, ms (0 when not encrypted). */
  encryptionMs: number;
  encryptedByDefault: boolean;
  /** Whether traffic crosses the public internet (unencrypted use is a finding). */
  overInternet: boolean;
  mtbfHours: number;
  mttrHours: number;
  /** Why these reliability figures: provider SLA, carrier norm, … */
  reliabilityBasis: string;
  provisioningDays: number;
  /** How the cost engine prices it; ids refer to prices.json. */
  priceModel: PriceModel;
  /**
   * Price model to use instead of `priceModel` when the circuit's cloud end is on this
   * provider (egress and gateways are billed by the cloud, not by a carrier).
   */
  providerPriceModels?: Partial<Record<'aws' | 'azure' | 'gcp', PriceModel>>;
  /** Why these inflation, overhead and encryption figures. */
  latencyBasis?: string;
  source: SourceRef;
}

/**
 * How a circuit type is priced. For `port-hourly`, `portPriceIds` is sorted by `minMbps`
 * ascending: a circuit of B Mbps takes the last entry whose `minMbps` is below B (the first
 * entry has `minMbps: 0`); `portMbps` is that port's capacity, so bandwidth beyond the
 * largest port needs several ports. Hourly prices are multiplied by 730 h per month.
 */
export type PriceModel =
  | { kind: 'port-hourly'; portPriceIds: { minMbps: number; priceId: string; portMbps?: number }[]; perGbPriceId?: string }
  | { kind: 'attachment-hourly'; hourlyPriceId: string; perGbPriceId?: string }
  | { kind: 'connection-hourly'; hourlyPriceId: string; perGbPriceId?: string }
  | { kind: 'per-mbps-month'; priceId: string; minimumMonthlyUsd?: number }
  | { kind: 'per-gb'; perGbPriceId: string }
  | { kind: 'flat-month'; priceId: string };

export interface Price {
  /** Stable id, e.g. `aws.tgw.attachment-hour`. Designs override prices by this id. */
  id: string;
  provider: Provider | 'carrier';
  item: string;
  /** Unit of `usd`, e.g. `hour`, `GB`, `Mbps-month`, `month`. */
  unit: string;
  usd: number;
  /** Where the price applies: `us-east-1`, `all regions`, `Europe`, … */
  scope: string;
  source: SourceRef;
  /** A market range or modelling assumption rather than a list price: the user should set their own. */
  assumption?: boolean;
}

/** Defaults the engines use when a design leaves a field out. Each carries its reasoning. */
export interface Default<T = number> {
  value: T;
  unit: string;
  basis: string;
}

export interface CatalogDefaults {
  regionReliability: Record<RegionKind, { mtbfHours: Default; mttrHours: Default }>;
  /** Router/gateway time added when a path crosses a region, ms. */
  regionTransitMs: Record<RegionKind, Default>;
  /** Warm-up time of a standby before it serves, s. */
  standbyWarmupSeconds: { hot: Default; warm: Default; cold: Default };
  /** Time for a person to notice and act on a manual failover, s. */
  manualReactionSeconds: Default;
  bgpHoldSeconds: Default;
  bfdDetectionSeconds: Default;
  anycastWithdrawSeconds: Default;
  globalLbPropagationSeconds: Default;
  healthCheckIntervalSeconds: Default;
  failureThreshold: Default;
  dnsTtlSeconds: Default;
  promotionSeconds: Default;
  /** Ratio of peak to average traffic for capacity planning. */
  peakFactor: Default;
  /** Average response size used to turn requests/s into Mbps, kB. */
  responseKB: Default;
  serviceInstanceReliability: { mtbfHours: Default; mttrHours: Default };
}

export interface Catalog {
  regions: CatalogRegion[];
  publishedLatency: PublishedLatency[];
  publishedLatencySources: PublishedLatencySource[];
  circuitTypes: Record<CircuitType, CircuitTypeInfo>;
  prices: Price[];
  /** Date of the newest price read, YYYY-MM-DD: "prices as of". */
  pricesAsOf: string;
  defaults: CatalogDefaults;
  /** The sources the region list was built from, by key. */
  regionSources?: Record<string, SourceRef>;
}
