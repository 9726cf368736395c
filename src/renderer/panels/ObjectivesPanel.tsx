import { select, useStudio } from '../store/studio.ts';
import { formatSeconds } from '../canvas/format.ts';
import type { RtoBreakdown, ServiceOutcome } from '../worker/engineTypes.ts';

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

export default function ObjectivesPanel() {
  const design = useStudio((s) => s.design);
  const analysis = useStudio((s) => s.analysis);
  const sweep = useStudio((s) => s.sweep);
  const mc = useStudio((s) => s.monteCarlo);
  const sim = analysis?.simulation;
  if (design.services.length === 0) return <p className="ns-hint">No services yet: add one from the palette to set its RTO, RPO and availability target.</p>;
  if (!sim && analysis?.unavailable.simulate) return <p className="ns-hint">Objectives need the simulation engine: {analysis.unavailable.simulate}.</p>;
  const scenarios = sim?.scenarios ?? [];
  const worst = new Map((sweep?.sweep?.worst ?? []).map((w) => [w.service, w]));
  const mcs = new Map((mc?.monteCarlo?.services ?? []).map((m) => [m.service, m]));
  return (
    <table className="ns-table ns-objectives" aria-label="Objectives matrix">
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
        {design.services.map((svc) => {
          const w = worst.get(svc.id);
          const m = mcs.get(svc.id);
          const o = svc.objectives;
          return (
            <tr key={svc.id}>
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
              {sweep?.sweep ? (
                w ? (
                  <td className={w.meetsRto && w.meetsRpo ? 'ns-pass' : 'ns-fail'} title={`worst RTO when ${w.scenario} fails; worst RPO when ${w.rpoScenario} fails`}>
                    <span className="ns-verdict">{w.meetsRto && w.meetsRpo ? 'pass' : 'fail'}</span> RTO {formatSeconds(w.rtoSeconds)} · RPO {formatSeconds(w.rpoSeconds)}
                    <div className="ns-breakdown">worst: {w.scenario.split('+').join(' + ')}</div>
                  </td>
                ) : (
                  <td className="ns-na">—</td>
                )
              ) : null}
              {mc?.monteCarlo ? (
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
        })}
      </tbody>
    </table>
  );
}
