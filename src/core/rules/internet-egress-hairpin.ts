/**
 * internet-egress-hairpin: an office without its own internet breakout whose nearest
 * breakout is far away, so every web request travels to the hub and back first.
 * Breakouts: cloud regions and edge PoPs, ends of an `internet` or `sd-wan` circuit (local
 * underlay), and regions hosting a firewall service or a service in a `dmz` segment.
 */
import { shortestPathTree } from '../graph/paths.ts';
import type { Finding, Rule } from './types.ts';

/**
 * Round trip to the nearest breakout above which the detour is reported, ms. A local
 * breakout costs a few ms; 30 ms RTT is about 3,000 km of fibre, a cross-country detour.
 */
export const HAIRPIN_MAX_RTT_MS = 30;

export const internetEgressHairpin: Rule = {
  id: 'internet-egress-hairpin',
  severity: 'warning',
  title: `Office internet egress hairpinned through a breakout more than ${HAIRPIN_MAX_RTT_MS} ms away`,
  check(ctx) {
    const model = ctx.model();
    const g = model.graph;
    const breakout = new Uint8Array(g.nodeCount);
    model.regions.forEach((r, u) => {
      if (r.kind === 'cloud-region' || r.kind === 'edge-pop') breakout[u] = 1;
    });
    model.circuits.forEach((c, e) => {
      if (c.type === 'internet' || c.type === 'sd-wan') {
        breakout[g.edgeFrom[e]!] = 1;
        breakout[g.edgeTo[e]!] = 1;
      }
    });
    const dmz = new Set((ctx.design.segments ?? []).filter((s) => s.kind === 'dmz').map((s) => s.id));
    for (const s of model.services) {
      if (s.service.kind === 'firewall' || (s.service.segment && dmz.has(s.service.segment))) for (const p of s.placements) breakout[p] = 1;
    }
    const out: Finding[] = [];
    model.regions.forEach((r, u) => {
      if (r.kind !== 'office' || breakout[u]) return;
      const t = shortestPathTree(g, u);
      let best = -1;
      for (let v = 0; v < g.nodeCount; v++) if (breakout[v] && t.dist[v]! < (best < 0 ? Infinity : t.dist[best]!)) best = v;
      if (best < 0 || t.dist[best]! <= HAIRPIN_MAX_RTT_MS) return;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `${r.id} has no local internet breakout: its traffic to the internet goes through ${g.nodeIds[best]}, ${t.dist[best]!.toFixed(1)} ms away`,
        elements: [r.id, g.nodeIds[best]!],
        hint: 'add a local breakout (an internet or SD-WAN underlay with a cloud security service) or a closer regional hub',
      });
    });
    return out;
  },
};
