/**
 * Circuit latency with its basis (measured, published or estimated) and the design graph
 * built from it. See docs/estimation.md for the formulas.
 */
import type { Catalog } from '../catalog/types.ts';
import { publishedRtt, resolveRegionLocation } from '../catalog/index.ts';
import { estimateBackboneRtt, fibreFloorRttMs, loadLatencyModel } from '../latency/index.ts';
import type { Circuit, Design, Region } from '../model/schema.ts';
import type { Finding } from '../rules/index.ts';
import { buildGraph, type Graph } from '../graph/graph.ts';
import { createBgpEdgePolicy, type BgpEdgePolicy } from '../graph/policy.ts';
import type { DefaultUsed, LinkLatency, RegionPoint } from './types.ts';

/** Size of one packet for the queueing model, bits (a full 1500-byte Ethernet payload). */
export const QUEUE_PACKET_BITS = 1500 * 8;
/** Utilisation at which the queueing factor is evaluated at most (ρ/(1−ρ) = 99). */
export const QUEUE_MAX_UTILIZATION = 0.99;
/** Upper bound of the queueing delay, ms: a router buffer of about 50 ms at line rate drops, rather than queues, beyond it. */
export const QUEUE_CAP_MS = 50;
/** A measured RTT may undercut the computed floor by this much before it is called impossible (coordinates are city centres), ms. */
export const FLOOR_TOLERANCE_MS = 0.5;

/**
 * M/M/1 mean waiting time of one packet on a circuit, ms:
 * Wq = ρ / (1 − ρ) × (packet bits ÷ bandwidth), with ρ clipped to 0.99 and Wq capped at 50 ms.
 *
 * @param bandwidthMbps circuit capacity, Mbps
 * @param utilization load ÷ capacity in the busier direction (0 = idle)
 */
export function queueingDelayMs(bandwidthMbps: number, utilization: number): number {
  if (!(utilization > 0) || !(bandwidthMbps > 0)) return 0;
  const rho = Math.min(utilization, QUEUE_MAX_UTILIZATION);
  const serviceMs = QUEUE_PACKET_BITS / (bandwidthMbps * 1000);
  return Math.min(QUEUE_CAP_MS, (rho / (1 - rho)) * serviceMs);
}

/** Locations of the design's regions (index by region id); unlocated regions are reported as findings. */
export function locateRegions(design: Design, catalog: Catalog, findings: Finding[]): Map<string, RegionPoint> {
  const out = new Map<string, RegionPoint>();
  for (const r of design.regions) {
    const loc = resolveRegionLocation(r, catalog);
    if ('error' in loc) {
      findings.push({
        rule: 'estimate-unlocated-region',
        severity: 'error',
        message: `${loc.error}: its circuits without a measured latencyMs cannot be estimated`,
        elements: [r.id],
        hint: 'give the region a providerRegion from the catalog or an explicit location { lat, lon }',
      });
    } else out.set(r.id, { lat: loc.lat, lon: loc.lon });
  }
  return out;
}

const sourceText = (s: { label: string; date?: string; url?: string }) => `${s.label}${s.date ? `, ${s.date}` : ''}`;

/**
 * Latency of every circuit, ms. A circuit whose RTT cannot be known (an end without a
 * location and no `latencyMs`) is left out of the result and reported as a finding.
 *
 * - measured: `latencyMs` wins; below the fibre floor (− 0.5 ms) it is an error finding.
 * - published: both ends cloud regions of one provider, a provider-backbone circuit type,
 *   and a published median for the pair: max(floor, median + type overheadMs + queueing).
 * - estimated: max(floor, backbone-model RTT × routeInflation + overheadMs + encryptionMs
 *   (when encrypted) + queueing).
 *
 * @param utilization per-circuit utilisation (by circuit id) for the queueing term; none = idle
 */
export function estimateLinkLatencies(
  design: Design,
  catalog: Catalog,
  locations: ReadonlyMap<string, RegionPoint>,
  findings: Finding[],
  utilization?: ReadonlyMap<string, number>,
): LinkLatency[] {
  const regions = new Map(design.regions.map((r) => [r.id, r]));
  const model = loadLatencyModel();
  const out: LinkLatency[] = [];
  for (const c of design.circuits) {
    const a = locations.get(c.from);
    const b = locations.get(c.to);
    const floorMs = a && b ? fibreFloorRttMs(a, b) : 0;
    const queueMs = queueingDelayMs(c.bandwidthMbps, utilization?.get(c.id) ?? 0);
    const queueNote = queueMs > 0 ? ` + queueing ${queueMs.toFixed(2)} ms (M/M/1, ρ=${(utilization?.get(c.id) ?? 0).toFixed(2)}, 1500-byte packets)` : '';
    if (c.latencyMs !== undefined) {
      if (a && b && c.latencyMs < floorMs - FLOOR_TOLERANCE_MS && !utilization) {
        findings.push({
          rule: 'latency-below-floor',
          severity: 'error',
          message: `circuit "${c.id}": measured latencyMs ${c.latencyMs} ms is below the physical floor of ${floorMs.toFixed(1)} ms (light in fibre over ${c.from} ↔ ${c.to} and back): physically impossible`,
          elements: [c.id],
          hint: 'check the measurement (is it one-way instead of round trip?) or the regions\' locations',
        });
      }
      // A measurement already includes the queueing of the load it was taken under.
      out.push({ id: c.id, rttMs: c.latencyMs, queueMs: 0, floorMs, basis: 'measured', source: 'measured latencyMs in the design' });
      continue;
    }
    if (!a || !b) {
      if (!utilization) {
        findings.push({
          rule: 'estimate-unlocated-circuit',
          severity: 'error',
          message: `circuit "${c.id}": no latency can be estimated because ${!a ? c.from : c.to} has no location; it is left out of routing`,
          elements: [c.id],
          hint: 'locate both regions or give the circuit a measured latencyMs',
        });
      }
      continue;
    }
    const info = catalog.circuitTypes[c.type];
    const published = publishedFor(c, regions.get(c.from), regions.get(c.to), catalog);
    if (published && info.providerBackbone) {
      const raw = published.rttMs + info.overheadMs + queueMs;
      const rttMs = Math.max(floorMs, raw);
      out.push({
        id: c.id,
        rttMs,
        queueMs,
        floorMs,
        basis: 'published',
        source: `published median ${published.rttMs.toFixed(1)} ms (${sourceText(published.source)}) + ${info.label} overhead ${info.overheadMs} ms${queueNote}${raw < floorMs ? '; raised to the fibre floor' : ''}`,
      });
      continue;
    }
    const backbone = estimateBackboneRtt(a, b, model);
    const encrypted = c.encrypted ?? info.encryptedByDefault;
    const encMs = encrypted ? info.encryptionMs : 0;
    const raw = backbone.rttMs * info.routeInflation + info.overheadMs + encMs + queueMs;
    out.push({
      id: c.id,
      rttMs: Math.max(floorMs, raw),
      queueMs,
      floorMs,
      basis: 'estimated',
      source:
        `${backbone.model}: backbone ${backbone.rttMs.toFixed(1)} ms × ${info.routeInflation} (${c.type} route inflation) + ${info.overheadMs} ms overhead` +
        `${encMs ? ` + ${encMs} ms encryption` : ''}${queueNote}${raw < floorMs ? '; raised to the fibre floor' : ''}`,
    });
  }
  return out;
}

function publishedFor(c: Circuit, from: Region | undefined, to: Region | undefined, catalog: Catalog) {
  if (!from || !to) return undefined;
  if (from.kind !== 'cloud-region' || to.kind !== 'cloud-region') return undefined;
  if (from.provider !== to.provider || !from.providerRegion || !to.providerRegion) return undefined;
  if (from.location || to.location) return undefined;
  if (!catalog.circuitTypes[c.type].providerBackbone) return undefined;
  return publishedRtt(catalog, from.provider, from.providerRegion, to.providerRegion);
}

/** The routing graph of a design plus what it was built from. */
export interface DesignGraph {
  graph: Graph;
  /** Per-edge BGP attributes when any circuit has `bgp`; undefined means pure lowest-latency routing. */
  policy?: BgpEdgePolicy;
  /** Link latencies by circuit id (only circuits in the graph). */
  links: ReadonlyMap<string, LinkLatency>;
  defaultsUsed: DefaultUsed[];
}

/**
 * Regions as nodes (transit = region `transitMs` or the catalog default for its kind),
 * circuits with a known RTT as edges (weight = link `rttMs`). Circuits missing from `links`
 * are not edges. The BGP policy is built when any circuit sets `bgp`.
 */
export function buildDesignGraph(design: Design, catalog: Catalog, links: readonly LinkLatency[]): DesignGraph {
  const byId = new Map(links.map((l) => [l.id, l]));
  const defaults = new Map<string, DefaultUsed>();
  const nodes = design.regions.map((r) => {
    if (r.transitMs !== undefined) return { id: r.id, transitMs: r.transitMs };
    const d = catalog.defaults.regionTransitMs[r.kind];
    const key = `regionTransitMs.${r.kind}`;
    let used = defaults.get(key);
    if (!used) defaults.set(key, (used = { field: key, value: d.value, unit: d.unit, basis: d.basis, elements: [], element: r.id }));
    used.elements.push(r.id);
    return { id: r.id, transitMs: d.value };
  });
  const circuits = design.circuits.filter((c) => byId.has(c.id));
  const graph = buildGraph(
    nodes,
    circuits.map((c) => ({ id: c.id, from: c.from, to: c.to, weight: byId.get(c.id)!.rttMs })),
  );
  let policy: BgpEdgePolicy | undefined;
  if (circuits.some((c) => c.bgp)) {
    policy = createBgpEdgePolicy(graph.edgeCount);
    for (const c of circuits) {
      const e = graph.edgeIndex.get(c.id);
      if (e === undefined || !c.bgp) continue;
      if (c.bgp.localPref !== undefined) policy.localPref[e] = c.bgp.localPref;
      if (c.bgp.med !== undefined) policy.med[e] = c.bgp.med;
      if (c.bgp.asPathPrepend !== undefined) policy.asPathPrepend[e] = c.bgp.asPathPrepend;
    }
  }
  return { graph, policy, links: byId, defaultsUsed: [...defaults.values()] };
}
