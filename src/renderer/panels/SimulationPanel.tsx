import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../core/model/index.ts';
import { dispatch, useStudio } from '../store/studio.ts';
import { allIds, uniqueId } from '../model/commands.ts';
import { cancelJob, runJob } from '../actions/simulation.ts';
import { checkMonteCarloInputs, MONTE_CARLO_MAX_YEARS, MONTE_CARLO_MIN_YEARS } from '../actions/monteCarloInputs.ts';
import { formatSeconds } from '../canvas/format.ts';
import EChart from './EChart.tsx';
import type { Timeline } from '../worker/engineTypes.ts';
import { useReroutedTraffic } from '../canvas/reroutes.ts';

let drillTimers: ReturnType<typeof setTimeout>[] = [];

export function playDrill(scenarioId: string): void {
  stopDrill();
  useStudio.setState({ drill: { scenarioId, step: 0 }, timelineScenario: scenarioId });
  drillTimers.push(setTimeout(() => useStudio.setState({ drill: { scenarioId, step: 1 } }), 700));
  drillTimers.push(setTimeout(() => useStudio.setState({ drill: { scenarioId, step: 2 } }), 3500));
}

export function stopDrill(): void {
  drillTimers.forEach(clearTimeout);
  drillTimers = [];
  useStudio.setState({ drill: undefined });
}

function ScenarioEditor({ scenario }: { scenario: Scenario }) {
  const design = useStudio((s) => s.design);
  const [name, setName] = useState<string>();
  const failed = new Set(scenario.fail ?? []);
  const toggle = (id: string) => {
    const next = failed.has(id) ? (scenario.fail ?? []).filter((f) => f !== id) : [...(scenario.fail ?? []), id];
    dispatch({ type: 'setField', kind: 'scenario', id: scenario.id, path: ['fail'], value: next }, 'edit scenario');
  };
  const groups: [string, { id: string; name?: string }[]][] = [
    ['Regions', design.regions],
    ['Circuits', design.circuits],
    ['Services', design.services],
  ];
  return (
    <form className="ns-scenario-editor" aria-label="Scenario editor" onSubmit={(e) => e.preventDefault()}>
      <div className="ns-field">
        <label htmlFor="scenario-name">Scenario name</label>
        <input
          id="scenario-name"
          value={name ?? scenario.name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => {
            if (name?.trim() && name !== scenario.name) dispatch({ type: 'setField', kind: 'scenario', id: scenario.id, path: ['name'], value: name.trim() }, 'rename scenario');
            setName(undefined);
          }}
        />
      </div>
      {groups.map(([label, list]) =>
        list.length ? (
          <fieldset key={label}>
            <legend>{label} that fail</legend>
            {list.map((e) => (
              <label key={e.id} className="ns-check">
                <input type="checkbox" checked={failed.has(e.id)} onChange={() => toggle(e.id)} />
                {e.name ?? e.id}
              </label>
            ))}
          </fieldset>
        ) : null,
      )}
      {scenario.providerOutage?.length ? <p className="ns-hint">Provider outage: {scenario.providerOutage.join(', ')} (edit in Code).</p> : null}
      {scenario.partition ? <p className="ns-hint">Partition between two groups of regions (edit in Code).</p> : null}
      {scenario.degrade?.length ? <p className="ns-hint">{scenario.degrade.length} degraded circuit(s) (edit in Code).</p> : null}
      <button type="button" onClick={() => dispatch({ type: 'removeElements', ids: [scenario.id] }, 'delete scenario')}>
        Delete scenario
      </button>
    </form>
  );
}

function TimelineChart({ timeline }: { timeline: Timeline }) {
  const option = useMemo(() => {
    const services = [...new Set(timeline.traffic.map((p) => p.service))];
    const end = Math.max(60, ...timeline.traffic.map((p) => p.tSeconds), ...timeline.events.map((e) => e.tSeconds)) * 1.1;
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 30, bottom: 40 },
      xAxis: { type: 'value', name: 'seconds after the failure', nameLocation: 'middle', nameGap: 26, max: Math.round(end) },
      yAxis: { type: 'value', name: '% served', max: 100, min: 0 },
      series: services.map((svc) => {
        const pts = timeline.traffic.filter((p) => p.service === svc).sort((a, b) => a.tSeconds - b.tSeconds);
        const data = pts.map((p) => [p.tSeconds, Math.round((1 - p.unservedShare) * 1000) / 10]);
        if (data.length) data.push([Math.round(end), data.at(-1)![1]!]);
        return {
          name: svc,
          type: 'line',
          step: 'end',
          data,
          markLine: svc === services[0] ? { symbol: 'none', data: timeline.events.map((e) => ({ xAxis: e.tSeconds, name: e.description, label: { show: false } })) } : undefined,
        };
      }),
    };
  }, [timeline]);
  return (
    <>
      <EChart option={option} label={`Failure timeline of ${timeline.scenario}: share of traffic served over time`} height={220} />
      <ol className="ns-events">
        {timeline.events.map((e, i) => (
          <li key={i}>
            <b>{formatSeconds(e.tSeconds)}</b> {e.kind}: {e.description}
          </li>
        ))}
      </ol>
    </>
  );
}

/** After failover: the legend of rerouted circuits and who is served from where now. */
function DrillReroutes() {
  const traffic = useReroutedTraffic();
  return (
    <div className="ns-hint" data-testid="drill-reroutes">
      <span className="ns-legend-reroute" aria-hidden />
      Thick dashed accent circuits: rerouted traffic (hover one for whose).
      {traffic.length ? (
        <ul className="ns-reroutes" aria-label="Rerouted traffic">
          {traffic.map((t) => (
            <li key={`${t.service}/${t.reroute.users}`}>{t.detail}</li>
          ))}
        </ul>
      ) : (
        <> No traffic takes another path.</>
      )}
    </div>
  );
}

/** Simulated years and seed for Monte Carlo, checked as typed; kept in UI state, not the design. */
function MonteCarloFields() {
  const inputs = useStudio((s) => s.monteCarloInputs);
  const check = checkMonteCarloInputs(inputs);
  const yearsError = check.ok ? undefined : check.yearsError;
  const seedError = check.ok ? undefined : check.seedError;
  const set = (patch: Partial<typeof inputs>) => useStudio.setState({ monteCarloInputs: { ...useStudio.getState().monteCarloInputs, ...patch } });
  return (
    <>
      <InlineNumberField id="mc-years" label="Simulated years" value={inputs.years} error={yearsError} size={9} title={`${MONTE_CARLO_MIN_YEARS.toLocaleString()} to ${MONTE_CARLO_MAX_YEARS.toLocaleString()}`} onChange={(years) => set({ years })} />
      <InlineNumberField id="mc-seed" label="Seed" value={inputs.seed} error={seedError} size={10} onChange={(seed) => set({ seed })} />
    </>
  );
}

/** A short numeric text field beside a button; its error text is rendered elsewhere under `${id}-error`. */
function InlineNumberField({ id, label, value, error, size, title, onChange }: { id: string; label: string; value: string; error: string | undefined; size: number; title?: string; onChange: (value: string) => void }) {
  return (
    <span className={`ns-field ns-inline-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="numeric" size={size} value={value} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined} title={title} onChange={(e) => onChange(e.target.value)} />
    </span>
  );
}

function MonteCarloErrors() {
  const inputs = useStudio((s) => s.monteCarloInputs);
  const check = checkMonteCarloInputs(inputs);
  if (check.ok) return null;
  return (
    <>
      {check.yearsError ? (
        <p className="ns-error" id="mc-years-error">
          {check.yearsError}
        </p>
      ) : null}
      {check.seedError ? (
        <p className="ns-error" id="mc-seed-error">
          {check.seedError}
        </p>
      ) : null}
    </>
  );
}

export default function SimulationPanel() {
  const design = useStudio((s) => s.design);
  const analysis = useStudio((s) => s.analysis);
  const job = useStudio((s) => s.job);
  const jobError = useStudio((s) => s.jobError);
  const sweep = useStudio((s) => s.sweep);
  const mc = useStudio((s) => s.monteCarlo);
  const drill = useStudio((s) => s.drill);
  const mcInputs = useStudio((s) => s.monteCarloInputs);
  const mcCheck = checkMonteCarloInputs(mcInputs);
  const timelineScenario = useStudio((s) => s.timelineScenario);
  const scenarios = design.scenarios ?? [];
  const [picked, setPicked] = useState<string | undefined>(scenarios[0]?.id);
  const current = scenarios.find((s) => s.id === picked) ?? scenarios[0];
  useEffect(() => {
    if (current && timelineScenario !== current.id) useStudio.setState({ timelineScenario: current.id });
  }, [current, timelineScenario]);
  useEffect(() => () => stopDrill(), []);
  const timeline = analysis?.simulation?.timeline;
  const addScenario = () => {
    const id = uniqueId('scenario', allIds(design));
    const regionIds = new Set(design.regions.map((r) => r.id));
    const fail = useStudio.getState().selection.filter((x) => regionIds.has(x));
    dispatch({ type: 'addScenario', scenario: { id, name: fail.length ? `Lose ${fail.join(', ')}` : 'New scenario', fail } }, 'add scenario');
    setPicked(id);
  };
  const pct = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : undefined;
  return (
    <div className="ns-simulation">
      <section className="ns-sim-runs" aria-label="Runs">
        <div className="ns-buttons">
          <button type="button" onClick={() => runJob('n1')} disabled={!!job}>
            Run N-1 sweep
          </button>
          <button type="button" onClick={() => runJob('n2')} disabled={!!job}>
            Run N-2 sweep
          </button>
          <MonteCarloFields />
          <button
            type="button"
            onClick={() => runJob('monteCarlo')}
            disabled={!!job || !mcCheck.ok}
            title={mcCheck.ok ? `${mcCheck.years.toLocaleString()} simulated years, seed ${mcCheck.seed}` : 'Fix the simulated years or seed first'}
          >
            Run Monte Carlo{mcCheck.ok ? ` (${mcCheck.years.toLocaleString()} years)` : ''}
          </button>
          {job ? (
            <button type="button" onClick={cancelJob}>
              Cancel
            </button>
          ) : null}
        </div>
        <MonteCarloErrors />
        {job ? (
          <div className="ns-progress">
            <progress aria-label={`${job.kind === 'monteCarlo' ? 'Monte Carlo' : job.kind.toUpperCase()} progress`} max={job.total || undefined} value={job.total ? job.done : undefined} />
            <span>{pct !== undefined ? `${pct} % (${job.done.toLocaleString()} of ${job.total.toLocaleString()})` : 'starting…'}</span>
          </div>
        ) : null}
        {jobError ? (
          <p className="ns-error" role="alert">
            {jobError}
          </p>
        ) : null}
        {sweep?.sweep ? (
          <table className="ns-table" aria-label="Sweep results">
            <caption>
              {sweep.sweep.kind === 'n1' ? 'N-1' : 'N-2'} sweep: {sweep.sweep.scenarioCount.toLocaleString()} failure scenarios, worst case per service
            </caption>
            <thead>
              <tr>
                <th>Service</th>
                <th>Worst RTO</th>
                <th>Worst RPO</th>
                <th>Failing scenarios</th>
                <th>Verdict</th>
              </tr>
            </thead>
            <tbody>
              {sweep.sweep.worst.map((w) => (
                <tr key={w.service} className={w.meetsRto && w.meetsRpo ? 'ns-pass' : 'ns-fail'}>
                  <td>{design.services.find((s) => s.id === w.service)?.name ?? w.service}</td>
                  <td title={`when ${w.scenario} fails`}>{formatSeconds(w.rtoSeconds)}</td>
                  <td title={`when ${w.rpoScenario} fails`}>{formatSeconds(w.rpoSeconds)}</td>
                  <td>{w.failingScenarios}</td>
                  <td>{w.meetsRto && w.meetsRpo ? 'pass' : 'fail'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {mc?.monteCarlo ? (
          <table className="ns-table" aria-label="Monte Carlo results">
            <caption>
              Monte Carlo: {mc.monteCarlo.years.toLocaleString()} simulated years, seed {mc.monteCarlo.seed}, {mc.monteCarlo.events.toLocaleString()} events. {mc.monteCarlo.basis}
            </caption>
            <thead>
              <tr>
                <th>Service</th>
                <th>Availability</th>
                <th>Downtime</th>
                <th>P(meets target)</th>
              </tr>
            </thead>
            <tbody>
              {mc.monteCarlo.services.map((m) => (
                <tr key={m.service} className={m.meetsAvailability ? 'ns-pass' : 'ns-fail'}>
                  <td>{design.services.find((s) => s.id === m.service)?.name ?? m.service}</td>
                  <td>
                    {(m.availability * 100).toFixed(4)} % ± {(m.standardError * 100).toFixed(4)}
                  </td>
                  <td>{m.downtimeMinutesPerYear.toFixed(1)} min/year</td>
                  <td>{m.pMeetsTarget === null ? 'no target' : `${(m.pMeetsTarget * 100).toFixed(1)} % (target ${m.targetPercent} %)`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section className="ns-sim-scenarios" aria-label="Scenarios">
        <div className="ns-buttons">
          <label htmlFor="scenario-pick">Scenario</label>
          <select id="scenario-pick" value={current?.id ?? ''} onChange={(e) => setPicked(e.target.value)} disabled={scenarios.length === 0}>
            {scenarios.length === 0 ? <option value="">no scenarios</option> : null}
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button type="button" onClick={addScenario} title="A new failure drill; selected regions fail in it">
            Add scenario
          </button>
          {current ? (
            drill ? (
              <button type="button" onClick={stopDrill}>
                Stop drill
              </button>
            ) : (
              <button type="button" onClick={() => playDrill(current.id)}>
                Play drill
              </button>
            )
          ) : null}
          {drill ? <span className="ns-hint">{['Before the failure', 'Failure: failed elements dimmed, affected services red', 'After failover: recovered services green'][drill.step]}</span> : null}
        </div>
        {drill?.step === 2 ? <DrillReroutes /> : null}
        {current ? <ScenarioEditor key={current.id} scenario={current} /> : <p className="ns-hint">No scenarios: add one to drill a failure.</p>}
        {timeline && current && timeline.scenario === current.id ? <TimelineChart timeline={timeline} /> : null}
      </section>
    </div>
  );
}
