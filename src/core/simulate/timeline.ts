/**
 * A failure drill for one scenario: when each phase of each service's recovery ends, and
 * which share of each service's users every region serves over time — what the app's
 * Simulation panel and the review report chart.
 */
import type { ServiceOutcome } from './evaluate.ts';
import type { SimModel } from './model.ts';

export type TimelineEventKind = 'failure' | 'detection' | 'propagation' | 'promotion' | 'warm-up' | 'recovery' | 'no-recovery';

export interface TimelineEvent {
  /** Seconds after the failure. */
  tSeconds: number;
  kind: TimelineEventKind;
  /** Service id, or undefined for the failure itself. */
  service?: string;
  description: string;
}

/** Share of one service's users served by each region from `tSeconds` on (0–1; the rest is unserved). */
export interface TrafficPoint {
  tSeconds: number;
  service: string;
  servedShareByRegion: Record<string, number>;
  unservedShare: number;
}

export interface Timeline {
  scenario: string;
  events: TimelineEvent[];
  traffic: TrafficPoint[];
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/**
 * Builds the timeline of a scenario from the intact and post-failure outcomes (evaluated
 * with detail). Phases follow the RTO breakdown in order: detection, propagation,
 * promotion, warm-up; recovery lands at the RTO.
 */
export function buildTimeline(model: SimModel, scenarioId: string, failed: string[], before: ServiceOutcome[], after: ServiceOutcome[]): Timeline {
  const events: TimelineEvent[] = [{ tSeconds: 0, kind: 'failure', description: `${failed.join(', ') || 'nothing'} fails` }];
  const traffic: TrafficPoint[] = [];
  model.services.forEach((sv, i) => {
    const b = before[i]!;
    const a = after[i]!;
    traffic.push({ tSeconds: -1, service: sv.id, servedShareByRegion: b.servingShareByRegion, unservedShare: 1 - sum(b.servingShareByRegion) });
    if (!a.affected) {
      traffic.push({ tSeconds: 0, service: sv.id, servedShareByRegion: a.servingShareByRegion, unservedShare: 1 - sum(a.servingShareByRegion) });
      return;
    }
    traffic.push({ tSeconds: 0, service: sv.id, servedShareByRegion: a.unchangedShareByRegion, unservedShare: 1 - sum(a.unchangedShareByRegion) });
    if (a.rtoSeconds === null) {
      events.push({ tSeconds: 0, kind: 'no-recovery', service: sv.id, description: `${sv.id} cannot recover: ${a.notes.join('; ') || 'no healthy instance reachable'}` });
      return;
    }
    const br = a.rtoBreakdown;
    let t = 0;
    const phase = (seconds: number, kind: TimelineEventKind, description: string) => {
      if (seconds <= 0) return;
      t += seconds;
      events.push({ tSeconds: t, kind, service: sv.id, description });
    };
    phase(br.detectionSeconds, 'detection', `${sv.id}: health checks declare the instance down`);
    phase(br.propagationSeconds, 'propagation', `${sv.id}: ${sv.rto.mechanism} failover propagates`);
    phase(br.promotionSeconds, 'promotion', `${sv.id}: standby promoted`);
    phase(br.warmUpSeconds, 'warm-up', `${sv.id}: ${sv.rto.standby} standby warmed up`);
    phase(br.dependencyWaitSeconds, 'recovery', `${sv.id}: dependencies recovered`);
    events.push({ tSeconds: a.rtoSeconds, kind: 'recovery', service: sv.id, description: `${sv.id} serves again from ${a.servingRegions.join(', ')}` });
    traffic.push({ tSeconds: a.rtoSeconds, service: sv.id, servedShareByRegion: a.servingShareByRegion, unservedShare: 1 - sum(a.servingShareByRegion) });
  });
  events.sort((x, y) => x.tSeconds - y.tSeconds);
  traffic.sort((x, y) => x.tSeconds - y.tSeconds || (x.service < y.service ? -1 : x.service > y.service ? 1 : 0));
  return { scenario: scenarioId, events, traffic };
}
