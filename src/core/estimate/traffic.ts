/**
 * Traffic: the design's `demands` plus traffic derived from services (replication streams
 * and user responses), routed on the chosen paths, and the per-circuit load it puts on
 * each direction. See docs/estimation.md.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Design } from '../model/schema.ts';
import type { Finding } from '../rules/index.ts';
import type { Graph } from '../graph/graph.ts';
import type { AllPairsPaths } from '../graph/paths.ts';
import type { DefaultUsed, TrafficFlow } from './types.ts';

/** MB/s → Mbps (decimal megabytes: × 8). */
export const MBPS_PER_MBYTE_PER_S = 8;

/** Per-circuit directional load. Arrays indexed by graph edge index. */
export interface CircuitLoad {
  /** Peak Mbps from edgeFrom → edgeTo, and back. */
  forwardPeakMbps: Float64Array;
  reversePeakMbps: Float64Array;
  /** Average Mbps in both directions together (for volume charges). */
  averageMbps: Float64Array;
  /** The flows crossing each edge (edge index → flows), with the direction they cross it in. */
  flowsByEdge: Map<number, { flow: TrafficFlow; forward: boolean }[]>;
}

/**
 * Derives every flow of the design (average and peak Mbps), without routing:
 * - demands: `mbps` as given (average = peak: a demand is a sustained requirement);
 * - replication (mode ≠ none, `writeMBps` > 0): writeMBps × 8 Mbps from the primary (or the
 *   first placement) to each other placement; active-active spreads writes evenly over the
 *   k placements, so each sends writeMBps × 8 ÷ k to each other one;
 * - users: requestsPerSecond × responseKB × 8 ÷ 1000 Mbps of responses, split by the `users`
 *   shares; for active-active each user region is served by its lowest-RTT placement (itself
 *   when it is one), otherwise by the primary (or first placement); peak = average × peakFactor.
 */
export function deriveFlows(
  design: Design,
  catalog: Catalog,
  graph: Graph,
  paths: AllPairsPaths,
  defaultsUsed: DefaultUsed[],
  findings: Finding[],
): TrafficFlow[] {
  const flows: TrafficFlow[] = [];
  const useDefault = (field: string, d: { value: number; unit: string; basis: string }, element: string) => {
    let used = defaultsUsed.find((x) => x.field === field);
    if (!used) defaultsUsed.push((used = { field, value: d.value, unit: d.unit, basis: d.basis, elements: [], element }));
    if (!used.elements.includes(element)) used.elements.push(element);
    return d.value;
  };
  (design.demands ?? []).forEach((d, i) => {
    flows.push({ kind: 'demand', owner: d.id ?? `demands[${i}]`, from: d.from, to: d.to, averageMbps: d.mbps, peakMbps: d.mbps, circuits: [], routed: false });
  });
  const n = graph.nodeCount;
  for (const s of design.services) {
    const rep = s.replication;
    const placements = [...new Set(s.placements)];
    const writeMBps = rep?.writeMBps ?? s.load?.writeMBps;
    if (rep && rep.mode !== 'none' && writeMBps && writeMBps > 0 && placements.length > 1) {
      const total = writeMBps * MBPS_PER_MBYTE_PER_S;
      if (s.topology === 'active-active') {
        const per = total / placements.length;
        for (const a of placements)
          for (const b of placements)
            if (a !== b) flows.push({ kind: 'replication', owner: s.id, service: s.id, from: a, to: b, averageMbps: per, peakMbps: per, circuits: [], routed: false });
      } else {
        const primary = s.primary ?? placements[0]!;
        for (const b of placements)
          if (b !== primary) flows.push({ kind: 'replication', owner: s.id, service: s.id, from: primary, to: b, averageMbps: total, peakMbps: total, circuits: [], routed: false });
      }
    }
    const rps = s.load?.requestsPerSecond;
    const users = s.load?.users;
    if (rps && rps > 0 && users) {
      const responseKB = s.load?.responseKB ?? useDefault('responseKB', catalog.defaults.responseKB, s.id);
      const peak = useDefault('peakFactor', catalog.defaults.peakFactor, s.id);
      const totalMbps = (rps * responseKB * 8) / 1000;
      // Active-active: every placement serves, users go to the nearest. Otherwise the primary serves.
      const serving = s.topology === 'active-active' ? placements : [s.primary ?? placements[0]!];
      const placementIdx = serving.map((p) => graph.nodeIndex.get(p)).filter((x): x is number => x !== undefined);
      for (const [userRegion, share] of Object.entries(users)) {
        if (!(share > 0)) continue;
        const u = graph.nodeIndex.get(userRegion);
        if (u === undefined) continue;
        if (serving.includes(userRegion)) continue; // served locally: no inter-region traffic
        let best = -1;
        let bestRtt = Infinity;
        for (const p of placementIdx) {
          const rtt = paths.dist[p * n + u]!;
          if (rtt < bestRtt) {
            bestRtt = rtt;
            best = p;
          }
        }
        const mbps = totalMbps * share;
        if (best < 0) {
          findings.push({
            rule: 'estimate-users-unreachable',
            severity: 'warning',
            message: `service "${s.id}": users in ${userRegion} cannot reach any placement (${placements.join(', ')})`,
            elements: [s.id, userRegion],
          });
          continue;
        }
        flows.push({ kind: 'users', owner: s.id, service: s.id, from: graph.nodeIds[best]!, to: userRegion, averageMbps: mbps, peakMbps: mbps * peak, circuits: [], routed: false });
      }
    }
  }
  return flows;
}

/**
 * Routes each flow on its path (setting `circuits` and `routed`) and sums the load per
 * circuit and direction. Unroutable flows are reported as warning findings.
 */
export function routeFlows(graph: Graph, paths: AllPairsPaths, flows: TrafficFlow[], findings: Finding[]): CircuitLoad {
  const m = graph.edgeCount;
  const n = graph.nodeCount;
  const load: CircuitLoad = {
    forwardPeakMbps: new Float64Array(m),
    reversePeakMbps: new Float64Array(m),
    averageMbps: new Float64Array(m),
    flowsByEdge: new Map(),
  };
  for (const f of flows) {
    const s = graph.nodeIndex.get(f.from);
    const t = graph.nodeIndex.get(f.to);
    f.circuits = [];
    if (s === undefined || t === undefined || !Number.isFinite(paths.dist[s * n + t]!)) {
      f.routed = false;
      findings.push({
        rule: 'estimate-unroutable-traffic',
        severity: 'warning',
        message: `${f.kind === 'demand' ? `demand ${f.owner}` : `${f.kind} traffic of service "${f.owner}"`} from ${f.from} to ${f.to} (${f.averageMbps.toFixed(1)} Mbps) has no path`,
        elements: [f.owner, f.from, f.to],
        hint: 'connect the two regions with a circuit',
      });
      continue;
    }
    f.routed = true;
    let v = t;
    const base = s * n;
    while (v !== s) {
      const e = paths.predEdge[base + v]!;
      const p = paths.pred[base + v]!;
      const forward = graph.edgeFrom[e] === p;
      if (forward) load.forwardPeakMbps[e] = load.forwardPeakMbps[e]! + f.peakMbps;
      else load.reversePeakMbps[e] = load.reversePeakMbps[e]! + f.peakMbps;
      load.averageMbps[e] = load.averageMbps[e]! + f.averageMbps;
      let per = load.flowsByEdge.get(e);
      if (!per) load.flowsByEdge.set(e, (per = []));
      per.push({ flow: f, forward });
      f.circuits.push(graph.edgeIds[e]!);
      v = p;
    }
    f.circuits.reverse();
  }
  return load;
}
