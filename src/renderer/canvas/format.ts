/** Number formatting shared by the canvas and the panels (units always shown). */

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatMbps(mbps: number): string {
  if (mbps >= 1000) return `${+(mbps / 1000).toFixed(mbps % 1000 === 0 ? 0 : 1)} Gbps`;
  return `${+mbps.toFixed(1)} Mbps`;
}

// One formatter per precision: `toLocaleString` with options builds a new Intl.NumberFormat on
// every call, which costs tens of ms for the 600 circuit labels of a 200-region design.
const usdFormats = new Map<number, Intl.NumberFormat>();

export function formatUsd(usd: number | null | undefined, digits = 0): string {
  if (usd === null || usd === undefined || !Number.isFinite(usd)) return '—';
  let f = usdFormats.get(digits);
  if (!f) usdFormats.set(digits, (f = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return f.format(usd);
}

export function formatSeconds(s: number | null | undefined): string {
  if (s === null || s === undefined) return 'unbounded';
  if (!Number.isFinite(s)) return '—';
  if (s < 120) return `${+s.toFixed(1)} s`;
  if (s < 7200) return `${+(s / 60).toFixed(1)} min`;
  return `${+(s / 3600).toFixed(1)} h`;
}

export function formatPercent(fraction: number, digits = 0): string {
  return `${(fraction * 100).toFixed(digits)} %`;
}

export const BASIS_LABEL: Record<string, string> = {
  measured: 'measured (the circuit’s latencyMs)',
  published: 'published median between catalog regions',
  estimated: 'estimated by the latency model',
};

export const BASIS_SHORT: Record<string, string> = { measured: 'meas.', published: 'pub.', estimated: 'est.' };

/** Utilisation colour: green below 50 %, amber to 80 %, red above. */
export function utilizationColor(u: number | undefined): string | undefined {
  if (u === undefined || !Number.isFinite(u)) return undefined;
  if (u >= 0.8) return 'var(--bad)';
  if (u >= 0.5) return 'var(--warn)';
  return 'var(--good)';
}

export function sourceText(source: unknown): string {
  if (typeof source === 'string') return source;
  if (source && typeof source === 'object') {
    const s = source as { label?: string; url?: string; date?: string };
    return [s.label, s.date, s.url].filter(Boolean).join(' · ');
  }
  return '';
}
