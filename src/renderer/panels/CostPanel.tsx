import { useMemo, useRef, type CSSProperties } from 'react';
import { useStudio } from '../store/studio.ts';
import { formatUsd, sourceText } from '../canvas/format.ts';
import EChart from './EChart.tsx';
import { useVirtualRows } from './useVirtualRows.ts';

/** Longer tables draw only the rows in view, each on one line (the full text in its title). */
const VIRTUAL_FROM = 150;
const ONE_LINE: CSSProperties = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };
const COLUMN_WIDTHS = ['11%', '15%', '25%', '10%', '9%', '9%', '21%'];

export default function CostPanel() {
  const analysis = useStudio((s) => s.analysis);
  const cost = analysis?.estimate?.cost;
  const body = useRef<HTMLTableSectionElement>(null);
  const count = cost?.items.length ?? 0;
  const virtual = count > VIRTUAL_FROM;
  const { start, end, rowPx } = useVirtualRows(body, count, virtual, 22, { overscan: 10, first: 30 });
  const byCategory = useMemo(() => {
    const m = new Map<string, number>();
    for (const i of cost?.items ?? []) m.set(i.category, (m.get(i.category) ?? 0) + i.monthlyUsd);
    return [...m.entries()].sort((a, b) => b[1] - a[1]);
  }, [cost]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', valueFormatter: (v: number) => `${formatUsd(v)}/month` },
      series: [{ type: 'pie', radius: ['45%', '75%'], data: byCategory.map(([name, value]) => ({ name, value: Math.round(value * 100) / 100 })), label: { formatter: '{b}: {d}%' } }],
    }),
    [byCategory],
  );
  if (!cost) {
    return <p className="ns-hint">{analysis?.unavailable.estimate ? `Cost needs the estimate engine: ${analysis.unavailable.estimate}.` : 'Estimating…'}</p>;
  }
  return (
    <div className="ns-cost">
      <div className="ns-cost-summary">
        <div className="ns-total" aria-label="Monthly total">
          <span className="ns-total-label">Monthly total</span>
          <output className="ns-total-value" data-testid="cost-total">
            {formatUsd(cost.monthlyUsd)}
          </output>
          <span className="ns-total-sub">{formatUsd(cost.monthlyUsd * 12)} per year · prices as of {cost.pricesAsOf}</span>
        </div>
        {byCategory.length > 0 ? <EChart option={option} label="Monthly cost by category" height={200} /> : null}
      </div>
      <table className="ns-table" aria-label="Cost line items" aria-rowcount={count + 2} style={virtual ? { tableLayout: 'fixed' } : undefined}>
        <thead>
          <tr>
            {['Category', 'Element', 'Item', 'Quantity', 'Unit price', 'Monthly', 'Source'].map((h, k) => (
              <th key={h} className={k >= 3 && k <= 5 ? 'num' : undefined} style={virtual ? { width: COLUMN_WIDTHS[k] } : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {start > 0 ? <tr aria-hidden style={{ height: start * rowPx }} /> : null}
          {cost.items.slice(start, end).map((i, k) => {
            const n = start + k;
            const cells = [
              i.category,
              i.element,
              i.description,
              `${i.quantity.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${i.unit}`,
              formatUsd(i.unitPriceUsd, i.unitPriceUsd < 1 ? 4 : 2),
              formatUsd(i.monthlyUsd, 2),
              sourceText(i.source),
            ];
            return (
              <tr key={n} data-row aria-rowindex={n + 2}>
                {cells.map((text, c) => (
                  <td
                    key={c}
                    className={c >= 3 && c <= 5 ? 'num' : c === 6 ? 'ns-source-cell' : undefined}
                    style={virtual ? ONE_LINE : undefined}
                    title={virtual ? text : undefined}
                  >
                    {text}
                  </td>
                ))}
              </tr>
            );
          })}
          {end < count ? <tr aria-hidden style={{ height: (count - end) * rowPx }} /> : null}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={5}>Total</th>
            <th className="num">{formatUsd(cost.monthlyUsd, 2)}</th>
            <th>prices as of {cost.pricesAsOf}</th>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
