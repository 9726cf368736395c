/**
 * Charts for the review report: Apache ECharts (the app's chart library) rendered on the
 * server side to SVG strings (`ssr: true`), so the report needs no script to show them.
 */
import * as echarts from 'echarts';

const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';
/**
 * Renders one ECharts option to an SVG string, `width`×`height` px, no animation. ECharts
 * numbers its instances and style classes globally (`zr0-cls-3`); these are renumbered
 * under `prefix` so the same chart always gives the same bytes and several charts can
 * sit inline in one HTML page without their styles or ids clashing.
 */
export function renderChartSvg(option: Record<string, unknown>, width: number, height: number, prefix: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    // ECharts also numbers its style classes (`cls-N`) globally: renumber in order of appearance.
    const classes = new Map<string, number>();
    return chart
      .renderToSVGString()
      .replace(/\bzr\d+-cls-(\d+)/g, (_, n: string) => {
        if (!classes.has(n)) classes.set(n, classes.size);
        return `${prefix}-cls-${classes.get(n)}`;
      })
      .replace(/\bzr\d+-/g, `${prefix}-`)
      .replace(/\bid="(?!${prefix}-)([^"]+)"/g, `id="${prefix}-$1"`)
      .replace(/url\(#(?!${prefix}-)([^)]+)\)/g, `url(#${prefix}-$1)`)
      .replace(/href="#(?!${prefix}-)([^"]+)"/g, `href="#${prefix}-$1"`);
  } finally {
    chart.dispose();
  }
}

/** A horizontal bar chart of monthly cost by category, USD. */
export function costByCategoryChart(rows: { category: string; monthlyUsd: number }[]): string {
  const sorted = [...rows].sort((a, b) => a.monthlyUsd - b.monthlyUsd);
  return renderChartSvg(
    {
      grid: { left: 150, right: 90, top: 30, bottom: 30 },
      title: { text: 'Monthly cost by category (USD)', left: 0, textStyle: { fontSize: 13 } },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `$${v.toLocaleString('en-US')}` } },
      yAxis: { type: 'category', data: sorted.map((r) => r.category) },
      series: [
        {
          type: 'bar',
          data: sorted.map((r) => Math.round(r.monthlyUsd * 100) / 100),
          itemStyle: { color: '#2e86c1' },
          label: { show: true, position: 'right', formatter: (p: { value: number }) => `$${p.value.toLocaleString('en-US', { maximumFractionDigits: 0 })}` },
        },
      ],
    },
    720,
    Math.max(160, 70 + rows.length * 34),
    'chart-cost',
  );
}

/** A region × region heatmap of round-trip times, ms (cells without a value stay empty). */
export function latencyHeatmapChart(regions: string[], cells: { from: number; to: number; rttMs: number }[]): string {
  const max = Math.max(1, ...cells.map((c) => c.rttMs));
  const size = Math.max(320, Math.min(900, 160 + regions.length * 56));
  return renderChartSvg(
    {
      title: { text: 'Round-trip time between regions (ms), row → column', left: 0, textStyle: { fontSize: 13 } },
      grid: { left: 150, right: 30, top: 40, bottom: 110 },
      xAxis: { type: 'category', data: regions, axisLabel: { rotate: 40, interval: 0 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: regions, inverse: true, axisLabel: { interval: 0 }, splitArea: { show: true } },
      visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#eaf5ea', '#f9e79f', '#e67e22', '#a93226'] }, text: [`${Math.round(max)} ms`, '0 ms'] },
      series: [
        {
          type: 'heatmap',
          data: cells.map((c) => [c.to, c.from, Math.round(c.rttMs * 10) / 10]),
          label: { show: regions.length <= 12, fontSize: 10 },
        },
      ],
    },
    size + 40,
    size,
    'chart-latency',
  );
}

/** Bar chart of simulated mean downtime per year by service, minutes (from Monte Carlo). */
export function downtimeChart(rows: { service: string; downtimeMinutesPerYear: number }[]): string {
  return renderChartSvg(
    {
      title: { text: 'Simulated downtime per year (minutes)', left: 0, textStyle: { fontSize: 13 } },
      grid: { left: 150, right: 90, top: 30, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: rows.map((r) => r.service) },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => Math.round(r.downtimeMinutesPerYear * 10) / 10),
          itemStyle: { color: '#884ea0' },
          label: { show: true, position: 'right' },
        },
      ],
    },
    720,
    Math.max(140, 70 + rows.length * 30),
    'chart-downtime',
  );
}
