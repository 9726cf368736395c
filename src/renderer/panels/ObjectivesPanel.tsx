import { memo, useEffect, useMemo, useState } from 'react';
import type { Service } from '../../core/model/index.ts';
import { select, useStudio } from '../store/studio.ts';
import { formatSeconds } from '../canvas/format.ts';
import type { RtoBreakdown, ServiceOutcome, SimulationResult } from '../worker/engineTypes.ts';

const STEPS: [keyof RtoBreakdown, string][] = [
  ['detectionSeconds', 'detection'],
  ['propagationSeconds', 'propagation'],
  ['promotionSeconds', 'promotion'],
  ['warmUpSeconds', 'warm-up'],
  ['dependencyWaitSeconds', 'dependency wait'],
];

export function breakdownText(b: RtoBreakdown | undefined): string {
  if (!b) return '';
  return STEPS.filter(([k]) => b[k] > 0)
    .map(([k, label]) => `${label} ${formatSeconds(b[k])}`)
    .join(' + ');
}

function Cell({ o }: { o: ServiceOutcome | undefined }) {
  if (!o) return <td className="ns-na">—</td>;
  const pass = o.meetsRto && o.meetsRpo;
  const title = [
    o.available ? 'available' : 'not available',
    `RTO ${formatSeconds(o.rtoSeconds)}${o.rtoSeconds ? ` = ${breakdownText(o.rtoBreakdown)}` : ''}`,
    `RPO ${formatSeconds(o.rpoSeconds)}`,
  ].join('\n');
  return (
    <td className={pass ? 'ns-pass' : 'ns-fail'} title={title}>
      <span className="ns-verdict">{pass ? 'pass' : 'fail'}</span> RTO {formatSeconds(o.rtoSeconds)} · RPO {formatSeconds(o.rpoSeconds)}
      {o.rtoSeconds ? <div className="ns-breakdown">{breakdownText(o.rtoBreakdown)}</div> : null}
    </td>
  );
}

type Sweep = NonNullable<SimulationResult['sweep']>;
type MonteCarlo = NonNullable<SimulationResult['monteCarlo']>;

/**
 * One service's row. Memoized: its props keep their identity while the service, the analysis
 * and the runs are unchanged, so drawing the next chunk of rows leaves drawn ones alone.
 */
const ObjectiveRow = memo(function ObjectiveRow({
  svc,
  scenarios,
  worst,
  sweepOn,
  mcs,
}: {
  svc: Service;
  scenarios: SimulationResult['scenarios'];
  worst: Map<string, Sweep['worst'][number]>;
  sweepOn: boolean;
  mcs: Map<string, MonteCarlo['services'][number]> | undefined;
}) {
  const w = worst.get(svc.id);
  const m = mcs?.get(svc.id);
  const o = svc.objectives;
  return (
    <tr>
      <th scope="row">
        <button type="button" className="ns-link" onClick={() => select([svc.id])}>
          {svc.name}
        </button>
      </th>
      <td>
        {o?.rtoSeconds !== undefined ? `RTO ${formatSeconds(o.rtoSeconds)}` : 'no RTO'} · {o?.rpoSeconds !== undefined ? `RPO ${formatSeconds(o.rpoSeconds)}` : 'no RPO'}
        {o?.availabilityPercent !== undefined ? ` · ${o.availabilityPercent} %` : ''}
      </td>
      {scenarios.map((s) => (
        <Cell key={s.id} o={s.services.find((x) => x.service === svc.id)} />
      ))}
      {sweepOn ? (
        w ? (
          <td className={w.meetsRto && w.meetsRpo ? 'ns-pass' : 'ns-fail'} title={`worst RTO when ${w.scenario} fails; worst RPO when ${w.rpoScenario} fails`}>
            <span className="ns-verdict">{w.meetsRto && w.meetsRpo ? 'pass' : 'fail'}</span> RTO {formatSeconds(w.rtoSeconds)} · RPO {formatSeconds(w.rpoSeconds)}
            <div className="ns-breakdown">worst: {w.scenario.split('+').join(' + ')}</div>
          </td>
        ) : (
          <td className="ns-na">—</td>
        )
      ) : null}
      {mcs ? (
        m ? (
          <td className={m.meetsAvailability ? 'ns-pass' : 'ns-fail'} title={`95 % CI ${(m.confidence95[0] * 100).toFixed(4)}–${(m.confidence95[1] * 100).toFixed(4)} %; closed form ${JSON.stringify(m.closedForm)}`}>
            {(m.availability * 100).toFixed(4)} % ± {(m.standardError * 100).toFixed(4)} · {m.downtimeMinutesPerYear.toFixed(1)} min/yr
            {m.pMeetsTarget !== null ? ` · P(meets) ${(m.pMeetsTarget * 100).toFixed(0)} %` : ''}
          </td>
        ) : (
          <td className="ns-na">—</td>
        )
      ) : null}
    </tr>
  );
});

/**
 * Rows are drawn a chunk per task: the first screenful at once, the rest in the tasks that
 * follow. Drawing the 100 rows × scenarios of the 200-region sample (rows of varying height,
 * so not virtualized) in one task took the UI thread 30–100 ms; a chunk takes a fraction.
 */
const NO_SCENARIOS: SimulationResult['scenarios'] = [];
const FIRST_ROWS = 20;
const CHUNK_ROWS = 20;

function useRowsInChunks(total: number): number {
  const [shown, setShown] = useState(FIRST_ROWS);
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((n) => n + CHUNK_ROWS), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}

export default function ObjectivesPanel() {
  const design = useStudio((s) => s.design);
  const analysis = useStudio((s) => s.analysis);
  const sweep = useStudio((s) => s.sweep);
  const mc = useStudio((s) => s.monteCarlo);
  const sim = analysis?.simulation;
  const shown = useRowsInChunks(design.services.length);
  const worst = useMemo(() => new Map((sweep?.sweep?.worst ?? []).map((w) => [w.service, w])), [sweep]);
  const mcs = useMemo(() => (mc?.monteCarlo ? new Map(mc.monteCarlo.services.map((m) => [m.service, m])) : undefined), [mc]);
  if (design.services.length === 0) return <p className="ns-hint">No services yet: add one from the palette to set its RTO, RPO and availability target.</p>;
  if (!sim && analysis?.unavailable.simulate) return <p className="ns-hint">Objectives need the simulation engine: {analysis.unavailable.simulate}.</p>;
  const scenarios = sim?.scenarios ?? NO_SCENARIOS;
  return (
    <table className="ns-table ns-objectives" aria-label="Objectives matrix" aria-busy={shown < design.services.length}>
      <thead>
        <tr>
          <th>Service</th>
          <th>Targets</th>
          {scenarios.map((s) => (
            <th key={s.id} title={`fails: ${s.failed.join(', ')}`}>
              {s.name}
            </th>
          ))}
          {sweep?.sweep ? <th>{sweep.sweep.kind === 'n1' ? 'N-1' : 'N-2'} worst</th> : null}
          {mc?.monteCarlo ? <th>Availability (Monte Carlo, {mc.monteCarlo.years} years)</th> : null}
        </tr>
      </thead>
      <tbody>
        {design.services.slice(0, shown).map((svc) => (
          <ObjectiveRow key={svc.id} svc={svc} scenarios={scenarios} worst={worst} sweepOn={!!sweep?.sweep} mcs={mcs} />
        ))}
      </tbody>
    </table>
  );
}
