/**
 * The facts the Ansible export derives from a design for each on-prem edge: its BGP
 * neighbours with their policy, announced prefixes, tunnels, segment filters and QoS
 * shares. Playbooks and host_vars are both written from this one model.
 */
import type { Circuit, Design, Platform, Region } from '../../model/schema.ts';
import { formatAddress, hostAddress, parseCidr, segmentsIn, type Prefix } from '../ipam.ts';
import { exportContext, isSite, linkAddresses, otherEnd, regionAsn, type ExportContext } from '../terraform/common.ts';

export interface Neighbor {
  circuitId: string;
  circuitType: Circuit['type'];
  peerId: string;
  peerName: string;
  /** Peer kind: another site (`site`), or the cloud provider terminating the circuit. */
  peerKind: 'site' | 'aws' | 'azure' | 'gcp' | 'other';
  address: string;
  localAddress: string;
  remoteAs: number;
  localPref?: number;
  med?: number;
  asPathPrepend?: number;
  /** Name of the inbound / outbound route map when the circuit has BGP policy. */
  routeMapIn?: string;
  routeMapOut?: string;
}

export interface Tunnel {
  circuitId: string;
  /** `ipsec` on routers, `wireguard` for wireguard circuits. */
  kind: 'ipsec' | 'wireguard';
  index: number;
  interfaceName: string;
  localAddress: string;
  peerAddress: string;
  /** Key into `vpn_peer_endpoints` (group_vars/all/endpoints.yml) for the peer's public address. */
  endpointKey: string;
  /** Vault variable holding the pre-shared key (IPsec) or the peer's public key (WireGuard). */
  secretVar: string;
  peerId: string;
}

export interface AclRule {
  protocol: 'tcp' | 'udp' | 'icmp' | 'ip';
  source: Prefix;
  /** Target segment; its subnets in every region form the object group `groupName`. */
  destinationSegment: string;
  groupName: string;
  destinations: Prefix[];
  ports: ({ eq: number } | { start: number; end: number })[];
  remark: string;
}

export interface SegmentFilter {
  segmentId: string;
  name: string;
  aclName: string;
  subnet: Prefix;
  permits: AclRule[];
}

export interface QosShare {
  realtimePercent: number;
  interactivePercent: number;
  bulkPercent: number;
  /** `demands` when derived from the design's demands, `default` otherwise. */
  source: 'demands' | 'default';
}

export interface Edge {
  region: Region;
  host: string;
  platform: Platform;
  asn: number;
  routerId: string;
  managementAddress: string;
  regionCidr: string;
  prefixes: string[];
  neighbors: Neighbor[];
  tunnels: Tunnel[];
  filters: SegmentFilter[];
  qos: QosShare;
  /** What could not be expressed for this edge, for the README. */
  notes: string[];
}

export interface AnsibleModel {
  ctx: ExportContext;
  edges: Edge[];
  supernet: Prefix;
}

/** Platforms a design may name and the Ansible collection that configures each. */
export const PLATFORM_COLLECTIONS: Record<Platform, string | undefined> = {
  'cisco.ios': 'cisco.ios',
  'cisco.iosxr': 'cisco.iosxr',
  'cisco.nxos': 'cisco.nxos',
  'junipernetworks.junos': 'junipernetworks.junos',
  'vyos.vyos': 'vyos.vyos',
  'arista.eos': 'arista.eos',
  linux: undefined,
};

/** Default platform of a site whose design gives none. */
export const DEFAULT_PLATFORM: Platform = 'cisco.ios';

/** Object group / prefix list holding a segment's subnets in every region. */
export function segmentGroupName(segmentId: string): string {
  return `NS-SEG-${segmentId.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`.slice(0, 60);
}

/** Route-map / policy name from a circuit id: upper case, letters, digits and hyphens. */
export function policyName(circuitId: string, dir: 'IN' | 'OUT'): string {
  return `NS-${circuitId.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)}-${dir}`;
}

function shares(design: Design, regionId: string): QosShare {
  const total = { realtime: 0, interactive: 0, bulk: 0 };
  for (const d of design.demands ?? []) {
    if (d.from !== regionId && d.to !== regionId) continue;
    total[d.class ?? 'interactive'] += d.mbps;
  }
  const sum = total.realtime + total.interactive + total.bulk;
  if (sum === 0) return { realtimePercent: 10, interactivePercent: 50, bulkPercent: 20, source: 'default' };
  // 80 % is shared by the three classes and 20 % stays for unclassified traffic. Priority
  // traffic is capped at a third of the link (common LLQ practice) and every class keeps at
  // least 5 % so none starves when the demands do not mention it.
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const realtime = clamp(Math.round((80 * total.realtime) / sum), 5, 33);
  const rest = 80 - realtime;
  const nonRealtime = total.interactive + total.bulk;
  const interactive = clamp(Math.round(rest * (nonRealtime > 0 ? total.interactive / nonRealtime : 0.5)), 5, rest - 5);
  return { realtimePercent: realtime, interactivePercent: interactive, bulkPercent: rest - interactive, source: 'demands' };
}

/** Builds the edge model of every on-prem site of the design (datacenter, colo, office, edge-pop). */
export function buildAnsibleModel(design: Design, ctx: ExportContext = exportContext(design)): AnsibleModel {
  const supernet = parseCidr(ctx.plan.supernet)!;
  const edges: Edge[] = [];
  for (const region of design.regions) {
    if (!isSite(region)) continue;
    const addr = ctx.plan.regions.get(region.id);
    if (!addr) continue;
    const n = ctx.regions.get(region.id);
    const platform = region.platform ?? DEFAULT_PLATFORM;
    const transit = parseCidr(addr.transitCidr)!;
    const notes: string[] = [];
    if (!region.platform) notes.push(`${region.id} names no platform; ${DEFAULT_PLATFORM} was assumed.`);
    const neighbors: Neighbor[] = [];
    const tunnels: Tunnel[] = [];
    let tunnelIndex = 0;
    for (const c of design.circuits) {
      if (c.from !== region.id && c.to !== region.id) continue;
      const peerId = otherEnd(c, region.id);
      const peer = ctx.regionById.get(peerId);
      if (!peer) continue;
      if (c.type === 'internet' && !c.encrypted) {
        notes.push(`${c.id} is plain internet: no BGP session or tunnel is configured on it.`);
        continue;
      }
      const peerKind: Neighbor['peerKind'] = isSite(peer) ? 'site' : peer.provider === 'aws' || peer.provider === 'azure' || peer.provider === 'gcp' ? peer.provider : 'other';
      const link = linkAddresses(ctx, c, region.id, 0);
      const bgp = c.bgp ?? {};
      neighbors.push({
        circuitId: c.id,
        circuitType: c.type,
        peerId,
        peerName: peer.name,
        peerKind,
        address: link.peer,
        localAddress: link.local,
        remoteAs: regionAsn(peer).asn,
        localPref: bgp.localPref,
        med: bgp.med,
        asPathPrepend: bgp.asPathPrepend,
        routeMapIn: bgp.localPref !== undefined ? policyName(c.id, 'IN') : undefined,
        routeMapOut: bgp.med !== undefined || bgp.asPathPrepend ? policyName(c.id, 'OUT') : undefined,
      });
      if (peerKind === 'azure') notes.push(`${c.id}: the Azure side's BGP address is assigned by Azure; check ${link.peer} against the Terraform output \`*_vpn_gateway_bgp_settings\`.`);
      const isVpn = c.type === 'ipsec-vpn' || c.type === 'sd-wan' || c.type === 'wireguard' || (c.type === 'internet' && c.encrypted);
      if (!isVpn) continue;
      const kind = c.type === 'wireguard' ? 'wireguard' : 'ipsec';
      if (kind === 'wireguard' && platform !== 'linux') notes.push(`${c.id} is WireGuard but ${region.id} runs ${platform}; IPsec is configured instead.`);
      const realKind = kind === 'wireguard' && platform === 'linux' ? 'wireguard' : 'ipsec';
      if (realKind === 'ipsec' && (platform === 'cisco.nxos' || platform === 'cisco.iosxr')) {
        notes.push(`${c.id}: ${platform} does not terminate route-based IPsec; terminate it on a firewall or IPsec gateway in front of ${region.id}.`);
        continue;
      }
      // Cloud VPNs have two tunnels (AWS, GCP HA VPN); site-to-site has one.
      const count = peerKind === 'aws' || peerKind === 'gcp' ? 2 : 1;
      for (let t = 0; t < count; t++) {
        const l = linkAddresses(ctx, c, region.id, t as 0 | 1);
        const cn = ctx.circuits.get(c.id);
        tunnels.push({
          circuitId: c.id,
          kind: realKind,
          index: tunnelIndex,
          interfaceName: tunnelInterface(platform, realKind, tunnelIndex),
          localAddress: l.local,
          peerAddress: l.peer,
          endpointKey: peerKind === 'site' ? `site_${ctx.regions.get(peerId)}` : `${cn}_tunnel${t + 1}`,
          secretVar: realKind === 'wireguard' ? `vault_${cn}_peer_public_key` : `vault_${cn}_tunnel${t + 1}_psk`,
          peerId,
        });
        tunnelIndex++;
      }
      if (count === 2) {
        const l2 = linkAddresses(ctx, c, region.id, 1);
        neighbors.push({ ...neighbors[neighbors.length - 1]!, address: l2.peer, localAddress: l2.local });
      }
    }
    const filters: SegmentFilter[] = [];
    for (const s of segmentsIn(design, region.id)) {
      const sub = addr.subnets.find((x) => x.segmentId === s.id);
      if (!sub) continue;
      const subnet = parseCidr(sub.cidr)!;
      const permits: AclRule[] = [];
      for (const f of s.allow ?? []) {
        const targets = design.regions
          .map((r) => ctx.plan.regions.get(r.id)?.subnets.find((x) => x.segmentId === f.to))
          .filter((x): x is NonNullable<typeof x> => x !== undefined);
        const protocol = f.protocol === 'any' || !f.protocol ? (f.ports?.length ? 'tcp' : 'ip') : f.protocol;
        const ports = (f.ports ?? []).map((p) => {
          if (typeof p === 'number') return { eq: p };
          const [a, b] = p.split('-').map(Number);
          return { start: Math.min(a!, b!), end: Math.max(a!, b!) };
        });
        if (targets.length === 0) continue;
        permits.push({
          protocol,
          source: subnet,
          destinationSegment: f.to,
          groupName: segmentGroupName(f.to),
          destinations: targets.map((t) => parseCidr(t.cidr)!),
          ports: protocol === 'tcp' || protocol === 'udp' ? ports : [],
          remark: `${s.id} to ${f.to}`,
        });
      }
      filters.push({ segmentId: s.id, name: s.name, aclName: `NS-${s.id.toUpperCase().replace(/[^A-Z0-9]+/g, '-')}-IN`.slice(0, 60), subnet, permits });
    }
    edges.push({
      region,
      host: `${n}_edge`,
      platform,
      asn: regionAsn(region).asn,
      routerId: hostAddress(transit, 1),
      managementAddress: hostAddress(transit, 1),
      regionCidr: addr.cidr,
      prefixes: [addr.cidr],
      neighbors,
      tunnels,
      filters,
      qos: shares(design, region.id),
      notes,
    });
  }
  return { ctx, edges, supernet };
}

function tunnelInterface(platform: Platform, kind: 'ipsec' | 'wireguard', i: number): string {
  if (kind === 'wireguard') return `wg${i}`;
  switch (platform) {
    case 'junipernetworks.junos':
      return `st0.${i}`;
    case 'vyos.vyos':
      return `vti${i}`;
    case 'linux':
      return `vti${i}`;
    default:
      return `Tunnel${i}`;
  }
}

/** Dotted netmask of a prefix (`255.255.255.252`). */
export function netmask(p: Prefix): string {
  return formatAddress(p.length === 0 ? 0 : (0xffffffff << (32 - p.length)) >>> 0);
}

/** Cisco wildcard bits of a prefix (`0.0.0.3`). */
export function wildcard(p: Prefix): string {
  return formatAddress(~(p.length === 0 ? 0 : (0xffffffff << (32 - p.length)) >>> 0) >>> 0);
}
