/**
 * Rerouted traffic of a drill, as the canvas and the Simulation panel show it after failover:
 * the engine's `reroutes` per service (user regions that reach another serving region, or the
 * same one over other circuits) turned into sentences and a circuit → label map.
 */
import { useMemo } from 'react';
import type { Design } from '../../core/model/index.ts';
import type { Reroute } from '../../core/simulate/index.ts';
import { useStudio, type DrillState } from '../store/studio.ts';
import type { ScenarioOutcome, SimulationResult } from '../worker/engineTypes.ts';

/** One rerouted user region of one service, with the sentence that describes it. */
export interface ReroutedTraffic {
  service: string;
  reroute: Reroute;
  /** "Web tier users in AWS US East → served from AWS EU (Ireland)". */
  summary: string;
  /** The summary plus how the traffic gets there ("over vpn-a, vpn-b", "over the internet"). */
  detail: string;
}

const NONE: ReadonlyMap<string, string> = new Map();

/** The outcome of the drilled scenario: the design's own scenarios first, then the last sweep's. */
export function drillOutcome(
  drill: DrillState | undefined,
  simulation: SimulationResult | undefined,
  sweep: SimulationResult | undefined,
): ScenarioOutcome | undefined {
  if (!drill) return undefined;
  return simulation?.scenarios.find((s) => s.id === drill.scenarioId) ?? sweep?.scenarios.find((s) => s.id === drill.scenarioId);
}

/** Every rerouted user region of the scenario, described with the design's names. */
export function reroutedTraffic(outcome: ScenarioOutcome | undefined, design: Design): ReroutedTraffic[] {
  if (!outcome) return [];
  const regionName = (id: string) => design.regions.find((r) => r.id === id)?.name ?? id;
  const circuitName = (id: string) => design.circuits.find((c) => c.id === id)?.name ?? id;
  const out: ReroutedTraffic[] = [];
  for (const svc of outcome.services) {
    const name = design.services.find((s) => s.id === svc.service)?.name ?? svc.service;
    for (const r of svc.reroutes ?? []) {
      const users = `${name} users in ${regionName(r.users)}`;
      if (!r.servedFrom) {
        out.push({ service: svc.service, reroute: r, summary: `${users} → no healthy instance`, detail: `${users} → no healthy instance reachable` });
        continue;
      }
      const summary = `${users} → served from ${regionName(r.servedFrom)}`;
      const how = r.overInternet ? ' over the internet' : r.after === null ? '' : r.after.length === 0 ? ' (their own region)' : ` over ${r.after.map(circuitName).join(', ')}`;
      out.push({ service: svc.service, reroute: r, summary, detail: summary + how });
    }
  }
  return out;
}

/** Circuit id → its label ("rerouted: …", one clause per rerouted user region it now carries). */
export function reroutedCircuits(traffic: readonly ReroutedTraffic[]): ReadonlyMap<string, string> {
  if (traffic.length === 0) return NONE;
  const clauses = new Map<string, string[]>();
  for (const t of traffic) {
    for (const id of t.reroute.after ?? []) {
      let list = clauses.get(id);
      if (!list) clauses.set(id, (list = []));
      list.push(t.summary);
    }
  }
  return new Map([...clauses].map(([id, list]) => [id, `rerouted: ${list.join('; ')}`]));
}

/** The drill's rerouted traffic once failover completes (step 2); empty before. */
export function useReroutedTraffic(): ReroutedTraffic[] {
  const drill = useStudio((s) => s.drill);
  const simulation = useStudio((s) => s.analysis?.simulation);
  const sweep = useStudio((s) => s.sweep);
  const design = useStudio((s) => s.design);
  return useMemo(() => (drill?.step === 2 ? reroutedTraffic(drillOutcome(drill, simulation, sweep), design) : []), [drill, simulation, sweep, design]);
}

/** Circuits that carry rerouted traffic in the drill after failover, with their labels. */
export function useReroutedCircuits(): ReadonlyMap<string, string> {
  const traffic = useReroutedTraffic();
  return useMemo(() => reroutedCircuits(traffic), [traffic]);
}
