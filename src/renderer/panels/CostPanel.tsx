import { useMemo } from 'react';
import { useStudio } from '../store/studio.ts';
import { formatUsd, sourceText } from '../canvas/format.ts';
import EChart from './EChart.tsx';

export default function CostPanel() {
  const analysis = useStudio((s) => s.analysis);
  const cost = analysis?.estimate?.cost;
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
      <table className="ns-table" aria-label="Cost line items">
        <thead>
          <tr>
            <th>Category</th>
            <th>Element</th>
            <th>Item</th>
            <th className="num">Quantity</th>
            <th className="num">Unit price</th>
            <th className="num">Monthly</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {cost.items.map((i, n) => (
            <tr key={n}>
              <td>{i.category}</td>
              <td>{i.element}</td>
              <td>{i.description}</td>
              <td className="num">
                {i.quantity.toLocaleString('en-US', { maximumFractionDigits: 2 })} {i.unit}
              </td>
              <td className="num">{formatUsd(i.unitPriceUsd, i.unitPriceUsd < 1 ? 4 : 2)}</td>
              <td className="num">{formatUsd(i.monthlyUsd, 2)}</td>
              <td className="ns-source-cell">{sourceText(i.source)}</td>
            </tr>
          ))}
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
