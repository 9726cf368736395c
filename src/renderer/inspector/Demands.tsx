/** The design's explicit traffic demands between regions, edited as a table. */
import { useState } from 'react';
import { Demand, TrafficClass } from '../../core/model/index.ts';
import { dispatch, useStudio } from '../store/studio.ts';

export default function Demands() {
  const design = useStudio((s) => s.design);
  const demands = design.demands ?? [];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [mbps, setMbps] = useState('');
  const [cls, setCls] = useState('');
  const [error, setError] = useState<string>();
  if (design.regions.length < 2) return null;
  const add = () => {
    const candidate = { from, to, mbps: mbps.trim() === '' ? NaN : Number(mbps), ...(cls ? { class: cls } : {}) };
    const r = Demand.safeParse(candidate);
    if (!r.success) {
      setError(r.error.issues.map((i) => `${i.path.join('.') || 'demand'}: ${i.message}`).join('; '));
      return;
    }
    if (dispatch({ type: 'setDemands', demands: [...demands, r.data] }, 'add demand')) {
      setError(undefined);
      setMbps('');
    }
  };
  return (
    <fieldset className="ns-demands">
      <legend>Traffic demands</legend>
      {demands.length ? (
        <table className="ns-table" aria-label="Demands">
          <tbody>
            {demands.map((d, i) => (
              <tr key={i}>
                <td>
                  {d.from} → {d.to}
                </td>
                <td className="num">{d.mbps} Mbps</td>
                <td>{d.class ?? ''}</td>
                <td>
                  <button type="button" aria-label={`Remove demand ${d.from} to ${d.to}`} onClick={() => dispatch({ type: 'setDemands', demands: demands.filter((_, j) => j !== i) }, 'remove demand')}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="ns-hint">None: traffic comes from the services' load only.</p>
      )}
      <div className="ns-field">
        <label htmlFor="demand-from">From</label>
        <select id="demand-from" value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">—</option>
          {design.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="ns-field">
        <label htmlFor="demand-to">To</label>
        <select id="demand-to" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">—</option>
          {design.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="ns-field">
        <label htmlFor="demand-mbps">
          Rate <span className="ns-unit">(Mbps)</span>
        </label>
        <input id="demand-mbps" inputMode="decimal" value={mbps} onChange={(e) => setMbps(e.target.value)} />
      </div>
      <div className="ns-field">
        <label htmlFor="demand-class">Class</label>
        <select id="demand-class" value={cls} onChange={(e) => setCls(e.target.value)}>
          <option value="">— default —</option>
          {TrafficClass.options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p className="ns-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={add}>
        Add demand
      </button>
    </fieldset>
  );
}
