/**
 * SVG renderer for a laid-out diagram. Self-contained (no external fonts, images or
 * CSS), presentation attributes only so every rasteriser (resvg, browsers, Inkscape)
 * draws the same thing. Every user string goes through `escapeXml`.
 */
import type { Design, Provider, ServiceKind } from '../model/schema.ts';
import { escapeXml, fitText, oneLine, textWidth, truncate } from './escape.ts';
import { layoutDiagram, MARGIN, PADDING, PROVIDER_MARK, type CircuitCarriage, type DiagramLayout, type DiagramOptions, formatBandwidth, formatMs } from './layout.ts';

/** Provider colours and the short mark drawn on each region container. */
export const PROVIDER_STYLE: Record<Provider, { color: string; tint: string; mark: string; label: string }> = {
  aws: { color: '#d97e00', tint: '#fff6e8', mark: PROVIDER_MARK.aws, label: 'Amazon Web Services' },
  azure: { color: '#0078d4', tint: '#eaf4fc', mark: PROVIDER_MARK.azure, label: 'Microsoft Azure' },
  gcp: { color: '#1e8e3e', tint: '#ebf6ee', mark: PROVIDER_MARK.gcp, label: 'Google Cloud' },
  oci: { color: '#c74634', tint: '#fbeeec', mark: PROVIDER_MARK.oci, label: 'Oracle Cloud' },
  onprem: { color: '#4a5560', tint: '#f0f2f4', mark: PROVIDER_MARK.onprem, label: 'On-premises' },
  other: { color: '#7d3c98', tint: '#f5eef8', mark: PROVIDER_MARK.other, label: 'Other provider' },
};

/** Colour of the small kind square on each service box. */
export const SERVICE_KIND_COLOR: Record<ServiceKind, string> = {
  web: '#2b7bb9',
  api: '#3d9970',
  database: '#b03a2e',
  cache: '#d35400',
  queue: '#7d6608',
  dns: '#6c3483',
  cdn: '#1abc9c',
  'load-balancer': '#2e4053',
  firewall: '#922b21',
  storage: '#7f8c8d',
};

/** Line style per carriage: private solid, encrypted overlay dashed, internet dotted. */
export const CARRIAGE_STYLE: Record<CircuitCarriage, { dash: string; color: string; label: string }> = {
  private: { dash: '', color: '#34495e', label: 'private line / provider backbone' },
  overlay: { dash: '9 5', color: '#8e44ad', label: 'overlay over the internet (IPsec, WireGuard, SD-WAN)' },
  internet: { dash: '2 4', color: '#c0392b', label: 'public internet' },
};

const FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

/** Width of a provider badge, px (bold 10 px text plus padding). */
export function markWidth(mark: string): number {
  return Math.round(textWidth(mark, 10) * 1.12 + 12);
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${x}" y="${y}" ${attrs}>${escapeXml(oneLine(content))}</text>`;
}

interface LegendBlock {
  svg: string;
  height: number;
}

const BASIS_TEXT: Record<string, string> = {
  measured: 'RTT (measured) is the latencyMs written in the design',
  published: 'RTT (published) is the provider’s published median between the two regions (region catalog)',
  estimated: 'RTT (estimated) is NetStudio’s estimate from the region catalog and the circuit-type model',
};

/** One sentence per RTT basis that appears on the diagram's labels. */
function rttBasisText(layout: DiagramLayout): string {
  const bases = [...new Set(layout.circuits.flatMap((c) => (c.rtt ? [c.rtt.basis] : [])))].sort();
  if (!bases.length) return ' No circuit RTT is known for this diagram, so none is shown.';
  return ' ' + bases.map((b) => BASIS_TEXT[b] ?? `RTT (${b}) comes from the engine that supplied it`).join('; ') + '.';
}

function legend(layout: DiagramLayout, y0: number, width: number): LegendBlock {
  const out: string[] = [];
  let y = y0 + 18;
  out.push(text(MARGIN, y, 'Legend', `font-size="13" font-weight="bold" fill="#222"`));
  y += 20;
  let x = MARGIN;
  const providers = [...new Set(layout.regions.map((r) => r.provider))];
  for (const p of providers) {
    const st = PROVIDER_STYLE[p];
    const w = markWidth(st.mark);
    out.push(`<rect x="${x}" y="${y - 11}" width="${w}" height="15" rx="3" fill="${st.color}"/>`);
    out.push(text(x + 6, y, st.mark, `font-size="10" font-weight="bold" fill="#fff"`));
    out.push(text(x + w + 6, y, st.label, `font-size="11" fill="#333"`));
    x += w + 12 + textWidth(st.label, 11) + 18;
    if (x > width - 220) {
      x = MARGIN;
      y += 20;
    }
  }
  y += 22;
  x = MARGIN;
  const carriages = [...new Set(layout.circuits.map((c) => c.carriage))];
  for (const c of carriages) {
    const st = CARRIAGE_STYLE[c];
    out.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 40}" y2="${y - 4}" stroke="${st.color}" stroke-width="2.5"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`);
    out.push(text(x + 48, y, st.label, `font-size="11" fill="#333"`));
    x += 48 + textWidth(st.label, 11) + 24;
    if (x > width - 260) {
      x = MARGIN;
      y += 20;
    }
  }
  if (carriages.length) y += 20;
  const explain = [
    `Line width grows with bandwidth (log scale).${rttBasisText(layout)}`,
    'Service boxes: one per placement; the tag says primary / standby (active-passive), active (active-active) or single.',
    ...(layout.kind === 'map' ? ['Map: equirectangular projection of each region’s latitude/longitude (design location, else the region catalog); the dot is the location, the box its container.'] : []),
    ...layout.notes,
  ];
  for (const line of explain) {
    // Wrap long sentences by words at the drawing width.
    const words = line.split(' ');
    let current = '';
    for (const w of words) {
      const next = current ? `${current} ${w}` : w;
      if (textWidth(next, 11) > width - MARGIN * 2 && current) {
        out.push(text(MARGIN, y, current, `font-size="11" fill="#555"`));
        y += 16;
        current = w;
      } else current = next;
    }
    if (current) {
      out.push(text(MARGIN, y, current, `font-size="11" fill="#555"`));
      y += 16;
    }
  }
  return { svg: out.join('\n'), height: y - y0 + 8 };
}

/**
 * Renders a layout as a standalone SVG document (UTF-8, `width`/`height` in px, a
 * `viewBox`, a `<title>` and tooltips with full names and ids on every element).
 */
export function renderSvg(layout: DiagramLayout): string {
  const width = Math.max(layout.width, 760);
  const legendBlock = legend(layout, layout.height, width);
  const height = Math.ceil(layout.height + legendBlock.height);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(oneLine(layout.title))} network diagram">`,
  );
  out.push(`<title>${escapeXml(oneLine(layout.title))}</title>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(text(MARGIN, MARGIN + 18, truncate(oneLine(layout.title), 110), `font-size="18" font-weight="bold" fill="#1b2631"`));
  out.push(
    text(MARGIN, MARGIN + 36, `${layout.kind === 'map' ? 'Map' : 'Schematic'} · ${layout.regions.length} region(s) · ${layout.circuits.length} circuit(s) · ${new Set(layout.regions.flatMap((r) => r.services.map((s) => s.id))).size} service(s)`, `font-size="11" fill="#566573"`),
  );

  if (layout.mapFrame) {
    const f = layout.mapFrame;
    out.push(`<rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" fill="#eef4f9" stroke="#c9d6e2"/>`);
    if (layout.basemapPath) {
      out.push(`<path d="${layout.basemapPath}" transform="translate(${layout.basemapShiftX ?? 0} 0)" fill="#dfe6d8" stroke="#b8c4b0" stroke-width="0.6"/>`);
    }
  }

  for (const c of layout.circuits) {
    const st = CARRIAGE_STYLE[c.carriage];
    const tip = `${c.name ? `${c.name} (${c.id})` : c.id}: ${c.from} ↔ ${c.to}, ${c.type}, ${formatBandwidth(c.bandwidthMbps)}${c.rtt ? `, RTT ${formatMs(c.rtt.rttMs)} (${c.rtt.basis})` : ''}${c.carrier ? `, carrier ${c.carrier}` : ''}${c.encrypted ? ', encrypted' : ''}`;
    out.push(
      `<g data-circuit="${escapeXml(c.id)}"><title>${escapeXml(oneLine(tip))}</title><line x1="${c.x1}" y1="${c.y1}" x2="${c.x2}" y2="${c.y2}" stroke="${st.color}" stroke-width="${c.strokeWidth}" stroke-linecap="round"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/></g>`,
    );
  }

  for (const r of layout.regions) {
    const st = PROVIDER_STYLE[r.provider];
    const mark = st.mark;
    const markW = markWidth(mark);
    const sub = `${r.kind}${r.locationBasis ? ` · ${r.locationBasis}` : ''}`;
    out.push(`<g data-region="${escapeXml(r.id)}">`);
    out.push(`<title>${escapeXml(oneLine(`${r.name} (${r.id}) — ${st.label}, ${r.kind}`))}</title>`);
    if (layout.kind === 'map' && r.located) {
      const cx = Math.min(Math.max(r.anchor.x, r.x), r.x + r.width);
      const cy = Math.min(Math.max(r.anchor.y, r.y), r.y + r.height);
      out.push(`<line x1="${r.anchor.x}" y1="${r.anchor.y}" x2="${cx}" y2="${cy}" stroke="${st.color}" stroke-width="1" stroke-opacity="0.7"/>`);
    }
    out.push(`<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="8" fill="${st.tint}" stroke="${st.color}" stroke-width="1.6"/>`);
    out.push(text(r.x + PADDING, r.y + 19, fitText(oneLine(r.name), r.width - PADDING * 2 - markW - 8, 13, true), `font-size="13" font-weight="bold" fill="#1b2631"`));
    out.push(text(r.x + PADDING, r.y + 35, fitText(sub, r.width - PADDING * 2, 10), `font-size="10" fill="#566573"`));
    out.push(`<rect x="${r.x + r.width - PADDING - markW}" y="${r.y + 8}" width="${markW}" height="16" rx="3" fill="${st.color}"/>`);
    out.push(text(r.x + r.width - PADDING - markW + 6, r.y + 20, mark, `font-size="10" font-weight="bold" fill="#ffffff"`));
    for (const s of r.services) {
      const role = s.role ?? '';
      const roleW = role ? textWidth(role, 9) + 8 : 0;
      out.push(`<g data-service="${escapeXml(s.key)}"><title>${escapeXml(oneLine(`${s.name} (${s.id}) — ${s.kind}${role ? `, ${role}` : ''} in ${r.name}`))}</title>`);
      out.push(`<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="4" fill="#ffffff" stroke="#aab7c4"${s.role === 'standby' ? ' stroke-dasharray="4 3"' : ''}/>`);
      out.push(`<rect x="${s.x + 6}" y="${s.y + 8}" width="8" height="8" rx="1.5" fill="${SERVICE_KIND_COLOR[s.kind]}"/>`);
      out.push(text(s.x + 20, s.y + 16, fitText(oneLine(s.name), s.width - 26 - roleW, 11), `font-size="11" fill="#1b2631"`));
      if (role) out.push(text(s.x + s.width - roleW, s.y + 15.5, role, `font-size="9" fill="#7b8a97"`));
      out.push('</g>');
    }
    out.push('</g>');
    if (layout.kind === 'map' && r.located) out.push(`<circle cx="${r.anchor.x}" cy="${r.anchor.y}" r="5" fill="${st.color}" stroke="#ffffff" stroke-width="1.5"/>`);
  }

  for (const c of layout.circuits) {
    if (c.labelHidden) continue;
    const w = textWidth(c.label, 10) + 10;
    out.push(`<rect x="${Math.round(c.labelX - w / 2)}" y="${c.labelY - 8}" width="${Math.round(w)}" height="15" rx="3" fill="#ffffff" fill-opacity="0.92" stroke="#d5dbe1" stroke-width="0.6"/>`);
    out.push(text(c.labelX, c.labelY + 3.5, c.label, `font-size="10" text-anchor="middle" fill="#2c3e50"`));
  }

  out.push(`<line x1="${MARGIN}" y1="${layout.height}" x2="${width - MARGIN}" y2="${layout.height}" stroke="#e5e8eb"/>`);
  out.push(legendBlock.svg);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** Lays out and renders a design as SVG in one call (see {@link layoutDiagram} for the options). */
export function designToSvg(design: Design, options: DiagramOptions = {}): string {
  return renderSvg(layoutDiagram(design, options));
}
