/**
 * The design-review report (HTML; the CLI prints it to PDF with headless Chromium).
 */
export { buildReportHtml, REPORT_SECTIONS, type ReportEstimate, type ReportInput } from './html.ts';
export { renderChartSvg, costByCategoryChart, latencyHeatmapChart, downtimeChart } from './charts.ts';
