import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

type ECharts = typeof import('echarts/core');
let echartsPromise: Promise<ECharts> | undefined;

/** ECharts with only the charts the studio draws, loaded on first use. */
function loadECharts(): Promise<ECharts> {
  echartsPromise ??= Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]).then(
    ([core, charts, components, renderers]) => {
      core.use([
        charts.BarChart,
        charts.PieChart,
        charts.LineChart,
        components.GridComponent,
        components.TooltipComponent,
        components.LegendComponent,
        components.MarkLineComponent,
        renderers.SVGRenderer,
      ]);
      return core;
    },
  );
  return echartsPromise;
}

export default function EChart({ option, label, height = 220 }: { option: EChartsCoreOption; label: string; height?: number }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<ECharts['init']> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let observer: ResizeObserver | undefined;
    void loadECharts().then((ec) => {
      if (!live || !el.current) return;
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      chart.current = ec.init(el.current, dark ? 'dark' : undefined, { renderer: 'svg' });
      chart.current.setOption({ backgroundColor: 'transparent', ...option });
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(el.current);
    });
    return () => {
      live = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = undefined;
    };
    // The chart is created once; option updates go through the effect below.
  }, []);
  useEffect(() => {
    chart.current?.setOption({ backgroundColor: 'transparent', ...option }, true);
  }, [option]);
  return <div ref={el} className="ns-chart" role="img" aria-label={label} style={{ height }} />;
}
