/**
 * What the palette offers and how an item becomes an element of the design. Pure: the
 * canvas and the palette call these with the design, the catalog and a position.
 */
import type { CatalogRegion } from '../../core/catalog/types.ts';
import type { Circuit, CircuitType, Design, Provider, Region, RegionKind, Service, ServiceKind } from '../../core/model/index.ts';
import { allIds, uniqueId } from '../model/commands.ts';

export interface RegionItem {
  label: string;
  kind: RegionKind;
  provider: Provider;
}
export interface CircuitItem {
  label: string;
  type: CircuitType;
}
export interface ServiceItem {
  label: string;
  kind: ServiceKind;
}

export const REGION_ITEMS: RegionItem[] = [
  { label: 'AWS region', kind: 'cloud-region', provider: 'aws' },
  { label: 'Azure region', kind: 'cloud-region', provider: 'azure' },
  { label: 'GCP region', kind: 'cloud-region', provider: 'gcp' },
  { label: 'Data centre', kind: 'datacenter', provider: 'onprem' },
  { label: 'Colo', kind: 'colo', provider: 'other' },
  { label: 'Office', kind: 'office', provider: 'onprem' },
  { label: 'Edge PoP', kind: 'edge-pop', provider: 'other' },
];

export const CIRCUIT_ITEMS: CircuitItem[] = [
  { label: 'MPLS', type: 'mpls' },
  { label: 'IPsec VPN', type: 'ipsec-vpn' },
  { label: 'WireGuard', type: 'wireguard' },
  { label: 'SD-WAN', type: 'sd-wan' },
  { label: 'Internet', type: 'internet' },
  { label: 'Direct Connect', type: 'direct-connect' },
  { label: 'ExpressRoute', type: 'expressroute' },
  { label: 'Interconnect', type: 'interconnect' },
  { label: 'Dark fibre', type: 'dark-fiber' },
  { label: 'Cloud backbone', type: 'cloud-backbone' },
  { label: 'Transit gateway peering', type: 'transit-gateway-peering' },
];

export const SERVICE_ITEMS: ServiceItem[] = [
  { label: 'Web tier', kind: 'web' },
  { label: 'API', kind: 'api' },
  { label: 'Database', kind: 'database' },
  { label: 'Cache', kind: 'cache' },
  { label: 'Queue', kind: 'queue' },
  { label: 'DNS', kind: 'dns' },
  { label: 'CDN', kind: 'cdn' },
  { label: 'Load balancer', kind: 'load-balancer' },
  { label: 'Firewall', kind: 'firewall' },
  { label: 'Storage', kind: 'storage' },
];

export const PROVIDER_LABEL: Record<Provider, string> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'GCP',
  oci: 'OCI',
  onprem: 'On-prem',
  other: 'Other',
};

export const CIRCUIT_LABEL = Object.fromEntries(CIRCUIT_ITEMS.map((c) => [c.type, c.label])) as Record<CircuitType, string>;
export const SERVICE_LABEL = Object.fromEntries(SERVICE_ITEMS.map((s) => [s.kind, s.label])) as Record<ServiceKind, string>;
export const REGION_KIND_LABEL: Record<RegionKind, string> = {
  'cloud-region': 'Cloud region',
  datacenter: 'Data centre',
  colo: 'Colo',
  office: 'Office',
  'edge-pop': 'Edge PoP',
};

/** Drag-and-drop payload type of palette items. */
export const DND_MIME = 'application/x-netstudio-palette';
export type PalettePayload =
  | { group: 'region'; label: string; catalogCode?: string; provider?: Provider }
  | { group: 'service'; label: string }
  | { group: 'circuit'; label: string };

/**
 * The regions a new cloud region starts as, in order: each provider's largest, most used
 * regions on both sides of the Atlantic and in Asia, so a first sketch is a typical one.
 */
const FIRST_CHOICES: Partial<Record<Provider, string[]>> = {
  aws: ['us-east-1', 'eu-west-1', 'us-west-2', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1'],
  azure: ['eastus', 'westeurope', 'westus2', 'northeurope', 'southeastasia', 'japaneast'],
  gcp: ['us-central1', 'europe-west1', 'us-east1', 'europe-west4', 'asia-southeast1', 'asia-northeast1'],
};

const SHORT: Record<string, string> = { aws: 'aws', azure: 'az', gcp: 'gcp', oci: 'oci' };

/** A cloud region from the catalog, named the way the provider's console does. */
export function regionFromCatalog(design: Design, entry: CatalogRegion, position: { x: number; y: number }): Region {
  const taken = allIds(design);
  return {
    id: uniqueId(`${SHORT[entry.provider] ?? entry.provider}-${entry.code}`, taken),
    name: `${PROVIDER_LABEL[entry.provider]} ${entry.name}`,
    kind: 'cloud-region',
    provider: entry.provider,
    providerRegion: entry.code,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
  };
}

/**
 * A new region for a palette item. Cloud regions take the provider's first catalog region
 * the design does not use yet (the user changes it in the inspector); other kinds start
 * without a location, which the inspector asks for.
 */
export function regionFromItem(
  design: Design,
  item: RegionItem,
  catalogRegions: CatalogRegion[] | undefined,
  position: { x: number; y: number },
): Region {
  if (item.kind === 'cloud-region' && catalogRegions) {
    const used = new Set(design.regions.filter((r) => r.provider === item.provider).map((r) => r.providerRegion));
    const free = (code: string) => !used.has(code) && catalogRegions.some((r) => r.provider === item.provider && r.code === code);
    const preferred = (FIRST_CHOICES[item.provider] ?? []).find(free);
    const entry = catalogRegions.find((r) => r.provider === item.provider && (preferred ? r.code === preferred : !used.has(r.code)));
    if (entry) return regionFromCatalog(design, entry, position);
  }
  const taken = allIds(design);
  const count = design.regions.filter((r) => r.kind === item.kind && r.provider === item.provider).length;
  const id = uniqueId(item.kind === 'cloud-region' ? `${item.provider}-region` : item.kind, taken);
  return {
    id,
    name: count === 0 ? item.label : `${item.label} ${count + 1}`,
    kind: item.kind,
    provider: item.provider,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
  };
}

export function serviceFromItem(design: Design, item: ServiceItem, placements: string[]): Service {
  const taken = allIds(design);
  const service: Service = {
    id: uniqueId(item.kind, taken),
    name: item.label,
    kind: item.kind,
    placements,
  };
  if (placements.length > 1) service.topology = 'active-active';
  return service;
}

/**
 * `at`, or the nearest free spot to its right (then below) so that regions added one after
 * another at the same point do not stack.
 */
export function freeSpot(design: Design, at: { x: number; y: number }, size = { w: 240, h: 120 }): { x: number; y: number } {
  const taken = design.regions.map((r) => r.position).filter((p): p is { x: number; y: number } => p !== undefined);
  const clear = (p: { x: number; y: number }) => taken.every((q) => Math.abs(q.x - p.x) >= size.w + 40 || Math.abs(q.y - p.y) >= size.h + 40);
  for (let row = 0; row < 20; row++) {
    for (let col = 0; col < 8; col++) {
      const p = { x: at.x + col * (size.w + 60), y: at.y + row * (size.h + 60) };
      if (clear(p)) return p;
    }
  }
  return at;
}

export function circuitBetween(design: Design, type: CircuitType, from: string, to: string): Circuit {
  const taken = allIds(design);
  const circuit: Circuit = { id: uniqueId(`${type}-${from}-${to}`, taken), from, to, type, bandwidthMbps: 1000 };
  if (type === 'ipsec-vpn' || type === 'wireguard') circuit.encrypted = true;
  return circuit;
}
