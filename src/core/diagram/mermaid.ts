/**
 * Mermaid export: `flowchart LR` with one subgraph per region holding its services, and
 * one link per circuit labelled like the SVG. Mermaid ids are generated (`r0`, `s0_1`, …)
 * so no element id can collide with a keyword (`end`, `graph`, `subgraph`) or syntax; the
 * real ids and names live in quoted labels, where Mermaid's `#…;` entity codes stand in
 * for every character that could end the label or be read as markup.
 */
import type { Design } from '../model/schema.ts';
import { oneLine } from './escape.ts';
import { formatBandwidth, formatMs, type CircuitRtt } from './layout.ts';

const MERMAID_ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '|': '#124;',
  '\\': '#92;',
  '{': '#123;',
  '}': '#125;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  ';': '#59;',
  '%': '#37;',
};

/**
 * A quoted Mermaid label: every character that could close the quote, start markdown or
 * HTML, or be read as flowchart syntax becomes a `#code;` entity, which Mermaid renders as
 * the character itself. Newlines become spaces.
 */
export function mermaidLabel(text: string): string {
  let out = '';
  for (const ch of oneLine(text)) {
    const code = ch.codePointAt(0)!;
    if (MERMAID_ENTITIES[ch] !== undefined) out += MERMAID_ENTITIES[ch];
    else if (code < 0x20 || code === 0x7f) out += ' ';
    else out += ch;
  }
  return `"${out.trim() || ' '}"`;
}

/** Options for {@link designToMermaid}. */
export interface MermaidOptions {
  /** RTT per circuit id (from the estimate); without it only measured `latencyMs` values are shown. */
  circuitRtt?: Readonly<Record<string, CircuitRtt>>;
}

/**
 * Renders a design as a Mermaid flowchart. Regions are subgraphs (`"name [provider]"`),
 * services one node per placement; circuits link the subgraphs with `type · bandwidth ·
 * RTT` labels; solid links are private lines, dotted ones run over the internet.
 */
export function designToMermaid(design: Design, options: MermaidOptions = {}): string {
  const lines: string[] = ['flowchart LR'];
  const regionIds = new Map<string, string>();
  design.regions.forEach((r, i) => {
    if (!regionIds.has(r.id)) regionIds.set(r.id, `r${i}`);
  });
  const servicesIn = new Map<string, { name: string; id: string; index: number; kind: string; role: string }[]>();
  design.services.forEach((s, si) => {
    for (const p of new Set(s.placements)) {
      if (!regionIds.has(p)) continue;
      const role = s.topology === 'active-passive' ? (p === (s.primary ?? s.placements[0]) ? 'primary' : 'standby') : '';
      const list = servicesIn.get(p) ?? [];
      list.push({ name: s.name, id: s.id, index: si, kind: s.kind, role });
      servicesIn.set(p, list);
    }
  });
  const emitted = new Set<string>();
  design.regions.forEach((r) => {
    const rid = regionIds.get(r.id)!;
    if (emitted.has(rid)) return;
    emitted.add(rid);
    lines.push(`  subgraph ${rid}[${mermaidLabel(`${r.name} [${r.provider}]`)}]`);
    lines.push('    direction TB');
    const list = servicesIn.get(r.id) ?? [];
    if (list.length === 0) lines.push(`    ${rid}_site[${mermaidLabel(`${r.kind} (no services)`)}]`);
    for (const s of list) {
      lines.push(`    ${rid}_s${s.index}[${mermaidLabel(`${s.name}${s.role ? ` (${s.role})` : ''}`)}]`);
    }
    lines.push('  end');
  });
  for (const c of design.circuits) {
    const a = regionIds.get(c.from);
    const b = regionIds.get(c.to);
    if (!a || !b) continue;
    const rtt = options.circuitRtt?.[c.id] ?? (c.latencyMs !== undefined ? { rttMs: c.latencyMs, basis: 'measured' } : undefined);
    const text = `${c.type} · ${formatBandwidth(c.bandwidthMbps)}${rtt ? ` · RTT ${formatMs(rtt.rttMs)} (${rtt.basis})` : ''}`;
    const arrow = c.type === 'internet' || c.type === 'ipsec-vpn' || c.type === 'wireguard' || c.type === 'sd-wan' ? '-.-' : '---';
    lines.push(`  ${a} ${arrow}|${mermaidLabel(text)}| ${b}`);
  }
  const links = lines.filter((l) => / (---|-\.-)\|/.test(l)).length;
  if (links > MERMAID_DEFAULT_MAX_EDGES) {
    lines.splice(1, 0, `  %% ${links} links: Mermaid renders at most ${MERMAID_DEFAULT_MAX_EDGES} by default; raise maxEdges in the renderer's configuration (mermaid.initialize({ maxEdges }))`);
  }
  return lines.join('\n') + '\n';
}

/** Mermaid's default `maxEdges`: a diagram with more links is refused unless the renderer raises it. */
export const MERMAID_DEFAULT_MAX_EDGES = 500;
