import { useRef, useState } from 'react';
import { useStudio } from '../store/studio.ts';
import { BASIS_LABEL, formatMs } from '../canvas/format.ts';
import type { LatencyEntry } from '../worker/engineTypes.ts';
import { findLatency } from '../worker/latencyTable.ts';
import { useVirtualRows } from './useVirtualRows.ts';

/** Largest matrix drawn at once; a filter narrows bigger designs. */
export const MATRIX_LIMIT = 40;
/** Matrices with more rows than this draw only the rows in view. */
const VIRTUAL_FROM = 20;

const BASIS_MARK: Record<string, string> = { measured: 'M', published: 'P', estimated: 'E' };

function heat(rtt: number, max: number): string {
  const t = Math.min(1, rtt / Math.max(max, 1));
  // Green (fast) → amber → red (slow), in HSL so both themes read it.
  return `hsl(${Math.round(130 - 130 * t)} 65% 45% / 0.55)`;
}

export default function LatencyPanel() {
  const analysis = useStudio((s) => s.analysis);
  const regions = useStudio((s) => s.design.regions);
  const [filter, setFilter] = useState('');
  const latency = analysis?.estimate?.latency;
  const f = filter.trim().toLowerCase();
  const matching = regions.filter((r) => !f || r.id.toLowerCase().includes(f) || r.name.toLowerCase().includes(f));
  const shown = matching.slice(0, MATRIX_LIMIT);
  const body = useRef<HTMLTableSectionElement>(null);
  const virtual = shown.length > VIRTUAL_FROM;
  const { start, end, rowPx } = useVirtualRows(body, shown.length, virtual, 19, { overscan: 2, first: 12 });
  if (!latency) {
    return <p className="ns-hint">{analysis?.unavailable.estimate ? `Latency needs the estimate engine: ${analysis.unavailable.estimate}.` : 'Estimating…'}</p>;
  }
  const names = new Map(regions.map((r) => [r.id, r.name]));
  const max = latency.maxRttMs;
  const hover = (l: LatencyEntry | undefined) => useStudio.setState({ hoverPath: l?.path });
  return (
    <div className="ns-latency">
      <div className="ns-latency-bar">
        <span>
          Round-trip times, ms. Basis: <b className="ns-basis-measured">M</b> measured · <b className="ns-basis-published">P</b> published median ·{' '}
          <b className="ns-basis-estimated">E</b> estimated. Hover a cell to see its path on the canvas.
        </span>
        {regions.length > MATRIX_LIMIT ? (
          <label>
            Filter regions{' '}
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="id or name" />
            <span className="ns-hint">
              {' '}
              showing {shown.length} of {matching.length}
            </span>
          </label>
        ) : null}
      </div>
      <table className="ns-matrix" aria-label="Latency matrix" aria-rowcount={shown.length + 1} onMouseLeave={() => hover(undefined)}>
        <thead>
          <tr>
            <th scope="col">from \ to</th>
            {shown.map((r) => (
              <th key={r.id} scope="col" title={r.name}>
                {r.id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {start > 0 ? <tr aria-hidden style={{ height: start * rowPx }} /> : null}
          {shown.slice(start, end).map((a, k) => (
            <tr key={a.id} data-row aria-rowindex={start + k + 2}>
              <th scope="row" title={a.name}>
                {a.id}
              </th>
              {shown.map((b) => {
                if (a.id === b.id) return <td key={b.id} className="ns-diag" />;
                const l = findLatency(latency, a.id, b.id);
                if (!l) return <td key={b.id} className="ns-unreachable" title={`${a.name} cannot reach ${b.name}`}>∅</td>;
                const title = `${names.get(l.from)} → ${names.get(l.to)}: ${formatMs(l.rttMs)} (${BASIS_LABEL[l.basis] ?? l.basis}); physical floor ${formatMs(l.floorMs)}; path ${l.path.join(' → ')}`;
                return (
                  <td key={b.id} style={{ background: heat(l.rttMs, max) }} title={title} onMouseEnter={() => hover(l)} className={`ns-basis-${l.basis}`}>
                    {Math.round(l.rttMs)}
                    <sup>{BASIS_MARK[l.basis] ?? '?'}</sup>
                  </td>
                );
              })}
            </tr>
          ))}
          {end < shown.length ? <tr aria-hidden style={{ height: (shown.length - end) * rowPx }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
